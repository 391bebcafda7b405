/**
 * The watermark on a PDF working copy (PLACEHOLDER: the transfers part builds this).
 */
import { AppError } from '../../shared/errors.ts';

export interface Watermark {
  readonly name: string;
  readonly date: string;
  readonly purpose: string;
}

export async function watermarkPdf(_pdf: Buffer, _mark: Watermark): Promise<Buffer> {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}
