/** PLACEHOLDER — replaced by the helper that owns the PDFs. */
import type { MeetingPackInput } from './pdf-inputs.ts';

export async function meetingPackPdf(input: MeetingPackInput): Promise<Uint8Array> {
  throw new Error(`Not built yet: ${input.reference}`);
}
