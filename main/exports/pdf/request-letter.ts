/** PLACEHOLDER — replaced by the helper that owns the PDFs. */
import type { RequestLetterInput } from './pdf-inputs.ts';

export async function requestLetterPdf(input: RequestLetterInput): Promise<Uint8Array> {
  throw new Error(`Not built yet: ${input.reference}`);
}
