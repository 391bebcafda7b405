/** PLACEHOLDER — replaced by the helper that owns the PDFs. */
import type { CompositePdfInput } from './pdf-inputs.ts';

export async function compositePdf(input: CompositePdfInput): Promise<Uint8Array> {
  throw new Error(`Not built yet: ${input.reference}`);
}
