/**
 * The Word draft the reports journey imports, built in the test with the `docx` library: its
 * headings name the report's sections, and its text names the child as reviewers write (in full,
 * in capitals, possessive), with an NI number and a phone number for the detectors to find, and
 * a table. Invented people and numbers only (QQ is never allocated; 07700 900xxx is Ofcom's
 * drama range).
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { REPORT_SECTION_TITLES } from '../../../shared/reports/report-document.ts';

export const CHILD = { givenNames: 'Rowan', familyName: 'Quillfeather', dateOfBirth: '2019-04-12', address: '14 Larkspur Close, Salford' } as const;
export const MOTHER = { givenNames: 'Morag', familyName: 'Quillfeather' } as const;
export const HEALTH_VISITOR = { givenNames: 'Tegan', familyName: 'Ashdown' } as const;
export const NI_NUMBER = 'QQ 12 34 56 C';
export const PHONE = '07700 900123';

/** Words of the draft that are not identifying, and so must come through to the publication copy. */
export const BODY_WORDS = 'agencies did not share what they knew';

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (text: string) => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [paragraph(text)] });

export async function draftReportDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          heading(REPORT_SECTION_TITLES['executive-summary']),
          paragraph(`This review is about ${CHILD.givenNames} ${CHILD.familyName}. It found that ${BODY_WORDS}.`),
          heading(REPORT_SECTION_TITLES.overview),
          paragraph(`${CHILD.givenNames.toUpperCase()} ${CHILD.familyName.toUpperCase()} was known to the health visiting service from birth.`),
          paragraph(`${CHILD.givenNames}’s mother could be reached on ${PHONE} when the school was worried.`),
          paragraph(`The family’s benefits were paid under National Insurance number ${NI_NUMBER}.`),
          new Table({
            rows: [
              new TableRow({ children: [cell('Agency'), cell('What it knew')] }),
              new TableRow({ children: [cell('Health visiting'), cell(`${CHILD.givenNames} had missed two appointments`)] }),
              new TableRow({ children: [cell('Education'), cell('Attendance had fallen in the spring term')] }),
            ],
          }),
          heading(REPORT_SECTION_TITLES['learning-points']),
          paragraph('Practitioners should ask about every adult in the household.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
