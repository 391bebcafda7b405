/**
 * The action plan assurance report as A4 landscape pages, for the Business Unit's monitoring and
 * the annual scrutiny: the letterhead (or the partnership's name until one is set), what the report
 * covers and the day it was counted, the summary of totals, then each case's recommendations with
 * their actions. Marked OFFICIAL-SENSITIVE at the top and foot of every page and numbered by savePdf.
 */
import type { AssuranceCase, AssuranceReportInput } from './assurance-input.ts';
import { drawRecommendation } from './assurance-actions-table.ts';
import { drawAssuranceSummary } from './assurance-summary-table.ts';
import { ASSURANCE_TITLE, assuranceTitle, coverage, overdueRule } from './assurance-words.ts';
import { dateInWords } from './date-words.ts';
import { drawHeading, drawParagraph, drawSection, GREY, type Block } from './flow-text.ts';
import { drawLetterhead } from './letterhead-block.ts';
import { PageFlow } from './page-layout.ts';
import { createPdf, savePdf } from './pdf-document.ts';

/** `heading`: the case's heading, drawn with its first recommendation so that it never ends a page. */
function drawCase(flow: PageFlow, assuranceCase: AssuranceCase, heading: Block): void {
  const [first, ...rest] = assuranceCase.recommendations;
  if (first === undefined) {
    drawSection(flow, [heading, { kind: 'paragraph', text: 'No recommendations have been recorded for this case yet.', options: { color: GREY } }]);
    return;
  }
  drawRecommendation(flow, first, [heading]);
  for (const recommendation of rest) drawRecommendation(flow, recommendation);
}

export async function assurancePdf(input: AssuranceReportInput): Promise<Uint8Array> {
  const pdf = await createPdf({ title: assuranceTitle(input.subject), author: input.partnershipName });
  const flow = new PageFlow(pdf.doc, pdf.fonts, 'landscape');
  flow.newPage();
  if (input.letterhead === null) drawParagraph(flow, input.partnershipName, { bold: true, color: GREY, spaceAfter: 2 });
  else await drawLetterhead(flow, input.letterhead);
  drawHeading(flow, `${ASSURANCE_TITLE}: ${input.subject}`, 1);
  drawParagraph(flow, coverage(input), { bold: true, spaceAfter: 2 });
  drawParagraph(flow, overdueRule(dateInWords(input.madeOn)), { spaceAfter: 4 });

  drawHeading(flow, 'Summary', 2);
  drawAssuranceSummary(flow, input);

  if (input.scope === 'agency' && input.cases.length === 0) drawParagraph(flow, `${input.subject} owns no actions in any review.`, { color: GREY });
  for (const assuranceCase of input.cases) {
    const heading = input.scope === 'case' ? 'Recommendations and actions' : `${assuranceCase.reference} – ${assuranceCase.kindLabel}`;
    drawCase(flow, assuranceCase, { kind: 'heading', text: heading, level: 2 });
  }
  return savePdf(pdf);
}
