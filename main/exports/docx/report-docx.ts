/**
 * A printable document as a .docx, for reviewers who edit further in Word: the title and subtitle,
 * each section under a Heading 1, its blocks as Word headings, paragraphs, lists with Word's own
 * numbering and tables with a repeating header row, on A4 with page numbers, marked as the marking
 * says. The package is then made neutral (docx-neutral-package.ts): no names, no dates.
 */
import { Document, HeadingLevel, Packer, Paragraph, type Table } from 'docx';
import type { PrintableDocument, PrintableSection, PrintMarking } from '../../../shared/reports/report-document.ts';
import { docxBlocks, type BlockContext } from './docx-blocks.ts';
import { pageFurniture } from './docx-marking.ts';
import { neutralDocxPackage } from './docx-neutral-package.ts';
import { BRIEFING_SECTIONS, ListInstances, NUMBERING } from './docx-numbering.ts';
import { A4_HEIGHT_TWIPS, A4_WIDTH_TWIPS, marginTwips, textWidthTwips } from './docx-page.ts';
import { reportStyles, SUBTITLE_STYLE } from './docx-styles.ts';
import { textRuns } from './docx-text-runs.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function titleBlock(document: PrintableDocument): Paragraph[] {
  const title = document.title.trim() === '' ? [] : [new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(document.title) })];
  const subtitle = document.subtitle.trim() === '' ? [] : [new Paragraph({ style: SUBTITLE_STYLE, children: textRuns(document.subtitle) })];
  return [...title, ...subtitle];
}

/** A briefing's seven sections are numbered by Word, so the numbers stay right if a section is moved. */
function sectionHeading(section: PrintableSection, layout: PrintableDocument['layout']): Paragraph {
  const numbering = layout === 'briefing' ? { numbering: { reference: BRIEFING_SECTIONS, level: 0 } } : {};
  return new Paragraph({ heading: HeadingLevel.HEADING_1, ...numbering, children: textRuns(section.heading) });
}

function body(document: PrintableDocument): (Paragraph | Table)[] {
  const context: BlockContext = { lists: new ListInstances(), textWidth: textWidthTwips(document.layout) };
  return [...titleBlock(document), ...document.sections.flatMap((section) => [sectionHeading(section, document.layout), ...docxBlocks(section.blocks, context)])];
}

export async function renderReportDocx(document: PrintableDocument, marking: PrintMarking): Promise<Uint8Array> {
  const margin = marginTwips(document.layout);
  const file = new Document({
    styles: reportStyles(document.layout),
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH_TWIPS, height: A4_HEIGHT_TWIPS },
            margin: { top: margin, bottom: margin, left: margin, right: margin, header: Math.round(margin / 2), footer: Math.round(margin / 2) },
          },
        },
        ...pageFurniture(marking),
        children: body(document),
      },
    ],
  });
  return neutralDocxPackage(await Packer.toBuffer(file));
}
