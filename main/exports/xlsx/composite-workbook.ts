/** PLACEHOLDER — replaced by the helper that owns the composite export. */
import type { CompositeEntry } from '../../../shared/evidence/composite.ts';

export interface CompositeWorkbookInput {
  readonly reference: string;
  readonly madeOn: string;
  /** A sentence saying what the filter kept ("All agencies"), written above the table. */
  readonly filterDescription: string;
  readonly entries: readonly CompositeEntry[];
}

/** One styled sheet with auto-filters on, written with exceljs's streaming writer. */
export async function compositeWorkbook(input: CompositeWorkbookInput): Promise<Buffer> {
  throw new Error(`Not built yet: ${input.reference}`);
}
