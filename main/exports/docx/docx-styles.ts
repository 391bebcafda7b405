/**
 * The report's look, on Word's built-in style names (Title, Subtitle, heading 1–4), so that a
 * reviewer's Word shows them as its own headings, the navigation pane and a table of contents
 * find them, and the .docx reader maps them back. Arial, as a council's own product uses.
 */
import type { IStylesOptions } from 'docx';
import type { PrintableDocument } from '../../../shared/reports/report-document.ts';

export const SUBTITLE_STYLE = 'Subtitle';
const FONT = 'Arial';
const TEXT_COLOUR = '0B0C0C';
const SECONDARY_COLOUR = '505A5F';

/** Sizes in half-points: a briefing is set a point smaller so seven sections fit on one or two pages. */
function sizes(layout: PrintableDocument['layout']) {
  return layout === 'briefing'
    ? { body: 20, title: 40, subtitle: 24, heading: [28, 24, 22, 20] as const, after: 80 }
    : { body: 22, title: 48, subtitle: 28, heading: [32, 28, 24, 22] as const, after: 120 };
}

function heading(level: 0 | 1 | 2 | 3, size: number) {
  return {
    name: `heading ${level + 1}`,
    run: { font: FONT, size, bold: true, color: TEXT_COLOUR },
    paragraph: { outlineLevel: level, keepNext: true, keepLines: true, spacing: { before: level === 0 ? 360 : 240, after: 120 } },
  };
}

export function reportStyles(layout: PrintableDocument['layout']): IStylesOptions {
  const size = sizes(layout);
  return {
    default: {
      document: { run: { font: FONT, size: size.body, color: TEXT_COLOUR }, paragraph: { spacing: { after: size.after } } },
      title: { name: 'Title', run: { font: FONT, size: size.title, bold: true, color: TEXT_COLOUR }, paragraph: { spacing: { after: 120 } } },
      heading1: heading(0, size.heading[0]),
      heading2: heading(1, size.heading[1]),
      heading3: heading(2, size.heading[2]),
      heading4: heading(3, size.heading[3]),
      listParagraph: { name: 'List Paragraph', paragraph: { contextualSpacing: true } },
    },
    paragraphStyles: [
      { id: SUBTITLE_STYLE, name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: size.subtitle, color: SECONDARY_COLOUR }, paragraph: { spacing: { after: 360 } } },
    ],
  };
}
