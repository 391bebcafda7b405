/** The page a report is printed on, in twentieths of a point (Word's unit). */
import type { PrintableDocument } from '../../../shared/reports/report-document.ts';

export const A4_WIDTH_TWIPS = 11_906;
export const A4_HEIGHT_TWIPS = 16_838;

/** 2.5 cm for a report; 1.5 cm for a briefing, which must fit seven sections on one or two pages. */
export function marginTwips(layout: PrintableDocument['layout']): number {
  return layout === 'briefing' ? 850 : 1_417;
}

export function textWidthTwips(layout: PrintableDocument['layout']): number {
  return A4_WIDTH_TWIPS - 2 * marginTwips(layout);
}
