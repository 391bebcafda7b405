/**
 * The composite chronology on its own, as A4 landscape pages: what it is, which case, when it was
 * made and what the filter kept, then the table (chronology-table.ts, shared with the meeting pack).
 */
import { dateInWords } from './date-words.ts';
import { BODY_SIZE, drawHeading, drawParagraph, GREY } from './flow-text.ts';
import { PageFlow } from './page-layout.ts';
import { createPdf, savePdf } from './pdf-document.ts';
import type { CompositePdfInput } from './pdf-inputs.ts';
import { drawChronologyLegend, drawChronologyTable } from './chronology-table.ts';

export function compositePdfTitle(reference: string): string {
  return `Composite chronology – ${reference}`;
}

export async function compositePdf(input: CompositePdfInput): Promise<Uint8Array> {
  const pdf = await createPdf({ title: compositePdfTitle(input.reference), author: input.letterhead.partnershipName });
  const flow = new PageFlow(pdf.doc, pdf.fonts, 'landscape');
  flow.newPage();
  drawParagraph(flow, input.letterhead.partnershipName, { bold: true, color: GREY, spaceAfter: 2 });
  drawHeading(flow, compositePdfTitle(input.reference), 1);
  const count = input.entries.length === 1 ? '1 entry' : `${input.entries.length} entries`;
  drawParagraph(flow, `Made on ${dateInWords(input.madeOn)}, with ${count}.`, { size: BODY_SIZE, spaceAfter: 2 });
  drawParagraph(flow, `Showing: ${input.filterDescription}`, { size: BODY_SIZE, spaceAfter: 4 });
  drawChronologyLegend(flow);
  drawChronologyTable(flow, input.entries, input.gaps);
  return savePdf(pdf);
}
