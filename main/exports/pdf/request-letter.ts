/**
 * The letter asking an agency for its information (policy sections 10–12, 15, 16 and 18): what it
 * must send and by when, its duty to comply and what happens if it does not, how to write the
 * chronology, whether to secure its records, the meeting the papers are for, and the people to
 * search for. Naming those people is what makes the letter OFFICIAL-SENSITIVE.
 */
import { PRINCIPLE_LABELS, PRINCIPLE_QUESTIONS, PRINCIPLES } from '../../../shared/evidence/chronology.ts';
import { dateInWords, dateWithWeekday } from './date-words.ts';
import { BODY_SIZE, drawLines, drawParagraph, drawSection, GREY, SMALL_SIZE, type Block, type ParagraphOptions } from './flow-text.ts';
import { drawLetterhead } from './letterhead-block.ts';
import { PageFlow, PROTECTIVE_MARKING } from './page-layout.ts';
import { createPdf, savePdf } from './pdf-document.ts';
import type { LetterSubject, RequestLetterInput } from './pdf-inputs.ts';
import { drawTable, type Cell, type TableLayout } from './pdf-table.ts';
import { lineHeight, wrapText } from './pdf-text.ts';

export function requestLetterTitle(reference: string): string {
  return `Request for information – ${reference}`;
}

const SUBJECTS_TABLE: TableLayout = {
  fontSize: 9,
  columns: [
    { header: 'Role', weight: 14 },
    { header: 'Name', weight: 19 },
    { header: 'Other names', weight: 17 },
    { header: 'Date of birth', weight: 18 },
    { header: 'Addresses', weight: 32 },
  ],
};

/** A date of birth as words when it is a calendar date; whatever was recorded otherwise ("about 1990"). */
const birthDate = (value: string) => dateInWords(value);

/** Several values in a cell, a blank line between them so two addresses cannot read as one. */
function listCell(values: readonly string[]): Cell {
  return values.map((value, index) => ({ text: index === 0 ? value : `\n${value}` }));
}

function subjectCells(subject: LetterSubject): Cell[] {
  return [subject.role, subject.name, listCell(subject.otherNames), listCell(subject.datesOfBirth.map(birthDate)), listCell(subject.addresses)];
}

function workingDays(count: number): string {
  return count === 1 ? '1 working day' : `${count} working days`;
}

export async function requestLetterPdf(input: RequestLetterInput): Promise<Uint8Array> {
  const partnership = input.letterhead.partnershipName;
  const pdf = await createPdf({ title: requestLetterTitle(input.reference), author: partnership });
  const flow = new PageFlow(pdf.doc, pdf.fonts, 'portrait');
  flow.newPage();
  await drawLetterhead(flow, input.letterhead);

  const recipient = [input.recipient.name, input.recipient.role, input.recipient.agency, input.recipient.email].filter((line) => line.trim() !== '');
  const body = { font: pdf.fonts.regular, size: BODY_SIZE };
  drawLines(flow, recipient.flatMap((line) => wrapText(line, pdf.fonts, body, flow.width)), body, flow.left);
  flow.moveDown(lineHeight(BODY_SIZE));
  drawParagraph(flow, `Our reference: ${input.reference}`, { spaceAfter: 0 });
  drawParagraph(flow, `Date: ${dateWithWeekday(input.letterDate)}`, { spaceAfter: lineHeight(BODY_SIZE) });

  drawParagraph(flow, `Dear ${input.recipient.name},`);
  drawParagraph(flow, `Request for information: ${input.reference}`, { bold: true, size: 12 });
  drawParagraph(
    flow,
    `${partnership} is reviewing a serious child safeguarding incident (our reference ${input.reference}). I am writing to ask for ${input.recipient.agency}’s information about its involvement with the child and their family, to support the review.`,
  );

  for (const section of letterSections(input)) drawSection(flow, section);

  // The table's header and first row stay with the section that introduces it.
  drawSection(flow, searchSection(input), input.subjects.length === 0 ? 0 : lineHeight(SUBJECTS_TABLE.fontSize) * 5);
  if (input.subjects.length > 0) {
    drawTable(
      flow,
      SUBJECTS_TABLE,
      input.subjects.map((subject) => ({ kind: 'cells' as const, cells: subjectCells(subject) })),
    );
    flow.moveDown(lineHeight(BODY_SIZE));
  }

  drawClosing(flow, input);
  return savePdf(pdf);
}

const heading = (text: string): Block => ({ kind: 'heading', text, level: 3 });
const paragraph = (text: string, options?: ParagraphOptions): Block => ({ kind: 'paragraph', text, ...(options ? { options } : {}) });
const bullets = (items: readonly string[]): Block => ({ kind: 'bullets', items });
const LEAD_IN = { spaceAfter: 2 };

/** The body of the letter, a section to a heading, each kept on one page. */
function letterSections(input: RequestLetterInput): Block[][] {
  const sections: Block[][] = [
    [
      heading('What we are asking for'),
      paragraph('Please send the Business Unit:', LEAD_IN),
      bullets(['a completed Agency Summary Form; and', 'a Significant Practice Event (SPE) chronology of your agency’s involvement, in the enclosed template.']),
      paragraph(
        'The Business Unit combines every agency’s chronology into one composite chronology, so it is critical that chronologies are provided in the correct format: please keep to the template’s columns. Before you send them, please have both quality assured by your Designated Safeguarding Lead or your agency’s representative on the Practice Review Subgroup.',
      ),
    ],
    [heading('When we need it'), paragraph(`Please send both by ${dateWithWeekday(input.dueOn)}: ${workingDays(input.workingDays)} from the date of this letter.`)],
    [
      heading('Your agency’s duty to respond'),
      paragraph(
        'When the partnership asks an agency for information to support a review, the agency has a duty to comply with that request (Working Together to Safeguard Children 2023). Please give it priority: the review cannot reach its decision without your agency’s information.',
      ),
      paragraph(
        'If we have not received your agency’s information by the date above, we will contact you. If it still does not arrive, or the request is refused, the matter will be escalated: first to your agency’s strategic safeguarding lead through the Practice Review Subgroup and, if it cannot be resolved promptly, to the Lead Safeguarding Partners for formal action.',
      ),
    ],
    [
      heading('Writing the chronology'),
      paragraph('Record each Significant Practice Event as one row, and for each event set out the five principles:', LEAD_IN),
      bullets(PRINCIPLES.map((principle) => `${PRINCIPLE_LABELS[principle]}: ${PRINCIPLE_QUESTIONS[principle]}`)),
      paragraph('Say which of the six significance tests each event meets; the template’s instructions explain each one.'),
    ],
  ];
  if (input.secureFiles) {
    sections.push([
      heading('Securing your records'),
      paragraph('Because of the severity of this case, please secure all of your agency’s records and files about it now:', LEAD_IN),
      bullets([
        'move them to a secure place where nobody in your agency can reach them except through a nominated representative;',
        'where on-going casework needs the records, make a copy and secure it in the same way; and',
        'tell the Business Unit who your nominated representative is and where the records are held.',
      ]),
      paragraph('The records remain your agency’s, and your agency remains their data controller: we are not asking for them to be sent to us.'),
    ]);
  }
  sections.push([
    heading('The review meeting'),
    paragraph(
      input.meeting
        ? `The review meeting will be held on ${dateWithWeekday(input.meeting.heldOn)} at ${input.meeting.startsAt}. Its papers, including your agency’s summary and the composite chronology, are shared with those attending at least 24 hours before the meeting, which is why we need your information by the date above.`
        : 'We will tell you the date of the review meeting once it is set. Its papers, including your agency’s summary and the composite chronology, are shared with those attending at least 24 hours before the meeting.',
    ),
  ]);
  return sections;
}

function searchSection(input: RequestLetterInput): Block[] {
  return [
    heading('Who to search for'),
    paragraph(
      `Please search your agency’s records for the people below, including under any other names they are known by. Because this letter names them, it is marked ${PROTECTIVE_MARKING}: keep it securely and share it only with those who need it to respond.`,
    ),
    ...(input.subjects.length === 0 ? [paragraph('The Business Unit will send you the names to search for separately.')] : []),
  ];
}

function drawClosing(flow: PageFlow, input: RequestLetterInput): void {
  const { letterhead } = input;
  const contact = letterhead.contactEmail === '' ? '' : ` at ${letterhead.contactEmail}`;
  drawParagraph(flow, `If you have any questions about this request, please contact the Business Unit${contact}. Thank you for your agency’s help with this review.`);
  // The sign-off stays together: "Yours sincerely", room to sign, the name, role and partnership.
  const below = [letterhead.signatoryRole, letterhead.partnershipName].filter((line) => line.trim() !== '');
  flow.ensureSpace(lineHeight(BODY_SIZE) * (below.length + 6));
  drawParagraph(flow, 'Yours sincerely,', { spaceAfter: lineHeight(BODY_SIZE) * 2.5 });
  drawParagraph(flow, letterhead.signatoryName, { bold: true, spaceAfter: 0 });
  for (const line of below) drawParagraph(flow, line, { spaceAfter: 0 });
  flow.moveDown(lineHeight(BODY_SIZE));
  drawParagraph(flow, 'Enclosed: Agency Summary Form; Significant Practice Event chronology template.', { size: SMALL_SIZE, color: GREY });
}
