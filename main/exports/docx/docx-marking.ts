/**
 * What every page of the .docx says about itself, by marking:
 *  - draft: a large light-grey "DRAFT" and the protective marking naming the recipient, at the top of
 *    every page, and OFFICIAL-SENSITIVE at the foot. The "DRAFT" is header text, not a diagonal
 *    watermark: the docx library's only floating text (Textbox) puts w:pict directly inside w:p,
 *    outside any run, which the schema does not allow, and a drawn watermark would mean
 *    hand-written VML;
 *  - official-sensitive: OFFICIAL-SENSITIVE at the top and foot of every page;
 *  - publication: no marking at all.
 * Every kind carries "Page n of N" at the foot.
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { PrintMarking } from '../../../shared/reports/report-document.ts';
import { textRuns } from './docx-text-runs.ts';

export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';
export const DRAFT_WATERMARK = 'DRAFT';
const WATERMARK_GREY = 'B1B4B6';

export function draftHeaderText(recipient: string): string {
  return `${PROTECTIVE_MARKING} \u2014 DRAFT \u2014 for ${recipient} only \u2014 do not forward without the lead reviewer\u2019s permission`;
}

function markingLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: textRuns(text, { bold: true, size: 20 }) });
}

function pageNumberLine(): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ size: 18, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] });
}

export interface PageFurniture {
  readonly headers?: { readonly default: Header };
  readonly footers: { readonly default: Footer };
}

export function pageFurniture(marking: PrintMarking): PageFurniture {
  switch (marking.mode) {
    case 'draft':
      return {
        headers: {
          default: new Header({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: DRAFT_WATERMARK, bold: true, size: 72, color: WATERMARK_GREY, characterSpacing: 200 })] }),
              markingLine(draftHeaderText(marking.recipient)),
            ],
          }),
        },
        footers: { default: new Footer({ children: [markingLine(PROTECTIVE_MARKING), pageNumberLine()] }) },
      };
    case 'official-sensitive':
      return {
        headers: { default: new Header({ children: [markingLine(PROTECTIVE_MARKING)] }) },
        footers: { default: new Footer({ children: [markingLine(PROTECTIVE_MARKING), pageNumberLine()] }) },
      };
    case 'publication':
      return { footers: { default: new Footer({ children: [pageNumberLine()] }) } };
  }
}
