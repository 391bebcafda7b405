/**
 * A record printed as its fields in order, each label in bold above its answer: the referral and
 * each agency's summary in the meeting pack. An empty answer says so rather than leaving a label
 * hanging over nothing, and a label always moves to the next page with the first lines of its answer.
 */
import { BODY_SIZE, drawLines, GREY } from './flow-text.ts';
import type { PageFlow } from './page-layout.ts';
import type { LabelledValue } from './pdf-inputs.ts';
import { lineHeight, wrapText } from './pdf-text.ts';

const NOT_GIVEN = 'Not given';
/** Lines of an answer kept on the page with its label. */
const LINES_KEPT_WITH_LABEL = 2;
const PARAGRAPH_GAP = 4;

export function drawLabelledFields(flow: PageFlow, fields: readonly LabelledValue[]): void {
  const label = { font: flow.fonts.bold, size: BODY_SIZE };
  const answer = { font: flow.fonts.regular, size: BODY_SIZE };
  const empty = { ...answer, color: GREY };
  const height = lineHeight(BODY_SIZE);
  for (const field of fields) {
    const labelLines = wrapText(field.label, flow.fonts, label, flow.width);
    const given = field.value.trim() !== '';
    // A line break in an answer starts a new paragraph, shown with a little space above it.
    const paragraphs = given ? field.value.split(/(?:\r?\n\s*)+/).filter((paragraph) => paragraph.trim() !== '') : [NOT_GIVEN];
    const wrapped = paragraphs.map((paragraph) => wrapText(paragraph, flow.fonts, answer, flow.width));
    flow.ensureSpace(height * (labelLines.length + Math.min(wrapped[0]!.length, LINES_KEPT_WITH_LABEL)));
    drawLines(flow, labelLines, label, flow.left);
    flow.moveDown(1.5);
    wrapped.forEach((lines, index) => {
      if (index > 0) flow.moveDown(PARAGRAPH_GAP);
      drawLines(flow, lines, given ? answer : empty, flow.left);
    });
    flow.moveDown(height * 0.8);
  }
}
