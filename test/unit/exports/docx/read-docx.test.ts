/**
 * A Word draft written with the `docx` library, as a reviewer would write one in Word, read into
 * the report's sections: headings, paragraphs, both kinds of list and tables kept; comments,
 * pictures and the file's own properties left behind, with warnings for what was dropped.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocxDraft } from '../../../../main/exports/docx/read-docx.ts';
import { REPORT_SECTIONS, reportContent, type ReportContent } from '../../../../shared/reports/report-document.ts';
import { AUTHOR_NAME, blocksOf, packed } from './read-docx-fixtures.ts';

/** A 1×1 transparent PNG. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const COMMENT_TEXT = 'Check this with the health visitor, Zebedee';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function reviewerDraft(): Document {
  return new Document({
    creator: AUTHOR_NAME,
    lastModifiedBy: AUTHOR_NAME,
    title: `Draft by ${AUTHOR_NAME}`,
    subject: 'Quintrell family',
    keywords: 'Quintrell',
    description: `Written by ${AUTHOR_NAME}`,
    comments: { children: [{ id: 0, author: AUTHOR_NAME, initials: 'ZQ', children: [new Paragraph(COMMENT_TEXT)] }] },
    numbering: { config: [{ reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(`Draft 3 by ${AUTHOR_NAME}`)] }) },
        children: [
          new Paragraph({ text: 'Local child safeguarding practice review: Child Q', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Executive summary', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Child Q was known to four agencies.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun({ text: ' This review asks why.', bold: true }),
            ],
          }),
          new Paragraph({ text: '2. Overview', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Early years', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun('The family moved'), new TextRun({ text: 'twice in 2023.', break: 1 })] }),
          new Paragraph({ children: [new TextRun('Record:\tsee the chronology at '), new ExternalHyperlink({ link: 'https://example.com/chronology', children: [new TextRun('the shared drive')] }), new TextRun('.')] }),
          new Paragraph({ text: 'Health visiting', bullet: { level: 0 } }),
          new Paragraph({ text: 'Early help', bullet: { level: 0 } }),
          new Paragraph({ text: 'First referral', numbering: { reference: 'numbered', level: 0 } }),
          new Paragraph({ text: 'Second referral', numbering: { reference: 'numbered', level: 0 } }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } })] }),
          new Paragraph({ text: 'Multi-agency working', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Agency'), cell('Contacts')] }),
              new TableRow({ children: [cell('Health'), cell('12')] }),
              new TableRow({ children: [cell('Police'), cell('3')] }),
            ],
          }),
          new Paragraph({ text: 'Recommendations', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Share records at the first referral.', numbering: { reference: 'numbered', level: 0 } }),
        ],
      },
    ],
  });
}

describe('a Word draft read into the report’s sections', () => {
  let content: ReportContent;
  let warnings: string[];

  beforeAll(async () => {
    ({ content, warnings } = await readDocxDraft(await packed(reviewerDraft())));
  });

  it('takes the report’s title from the Word title paragraph, not from the file’s properties', () => {
    expect(content.title).toBe('Local child safeguarding practice review: Child Q');
  });

  it('returns every section in order, valid against the report’s schema', () => {
    expect(content.sections.map((section) => section.key)).toEqual([...REPORT_SECTIONS]);
    expect(() => reportContent.parse(content)).not.toThrow();
  });

  it('places text under the section its heading names, without keeping that heading', () => {
    expect(blocksOf(content, 'executive-summary')).toEqual([{ type: 'paragraph', text: 'Child Q was known to four agencies. This review asks why.' }]);
  });

  it('keeps headings, line breaks, tabs, hyperlink text and both kinds of list in a section named by a variant (“2. Overview”)', () => {
    expect(blocksOf(content, 'overview')).toEqual([
      { type: 'heading', level: 1, text: 'Early years' },
      { type: 'paragraph', text: 'The family moved\ntwice in 2023.' },
      { type: 'paragraph', text: 'Record: see the chronology at the shared drive.' },
      { type: 'list', ordered: false, items: ['Health visiting', 'Early help'] },
      { type: 'list', ordered: true, items: ['First referral', 'Second referral'] },
    ]);
  });

  it('keeps a table with its header row (“Multi-agency working” is how agencies worked together)', () => {
    expect(blocksOf(content, 'working-together')).toEqual([
      {
        type: 'table',
        headerRow: true,
        rows: [
          ['Agency', 'Contacts'],
          ['Health', '12'],
          ['Police', '3'],
        ],
      },
    ]);
  });

  it('leaves sections the draft does not name empty', () => {
    expect(blocksOf(content, 'recommendations')).toEqual([{ type: 'list', ordered: true, items: ['Share records at the first referral.'] }]);
    for (const key of ['questions', 'key-decisions', 'general-shortcomings', 'what-must-change', 'how-agencies-learn', 'learning-points'] as const) expect(blocksOf(content, key)).toEqual([]);
  });

  it('drops the comment with a warning saying why', () => {
    expect(warnings).toContain('1 comment was dropped: comments often carry names, so they are never imported.');
  });

  it('warns that the picture and the page header were not imported', () => {
    expect(warnings).toContain('1 image was not imported.');
    expect(warnings).toContain('The page headers and footers were not imported: the app prints its own.');
  });

  it('carries nothing over from the file’s properties, the comment or the header', async () => {
    const everything = JSON.stringify(await readDocxDraft(await packed(reviewerDraft())));
    for (const leaked of ['Zebedee', 'Quintrell', 'ZQ', COMMENT_TEXT, 'Draft 3']) expect(everything).not.toContain(leaked);
  });
});

describe('where the draft’s text goes', () => {
  it('puts text before the first section heading under the overview, and says so', async () => {
    const draft = new Document({
      sections: [
        {
          children: [
            new Paragraph('This draft was prepared for the partnership.'),
            new Paragraph({ text: 'Executive summary', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Summary text.'),
            new Paragraph({ text: 'Overview of what happened', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('What happened.'),
          ],
        },
      ],
    });
    const { content, warnings } = await readDocxDraft(await packed(draft));
    expect(blocksOf(content, 'overview')).toEqual([
      { type: 'paragraph', text: 'This draft was prepared for the partnership.' },
      { type: 'paragraph', text: 'What happened.' },
    ]);
    expect(warnings).toContain('The text before the first section heading (starting “This draft was prepared for the…”) was put under “Overview of what happened”: move it if it belongs elsewhere.');
  });

  it('puts everything under the overview when no heading names a section', async () => {
    const draft = new Document({ sections: [{ children: [new Paragraph({ text: 'Introduction', heading: HeadingLevel.HEADING_1 }), new Paragraph('Some text.')] }] });
    const { content, warnings } = await readDocxDraft(await packed(draft));
    expect(blocksOf(content, 'overview')).toEqual([
      { type: 'heading', level: 1, text: 'Introduction' },
      { type: 'paragraph', text: 'Some text.' },
    ]);
    expect(warnings.some((warning) => warning.startsWith('No heading in the draft names a report section'))).toBe(true);
  });

  it('appends when two headings name one section, and keeps a deeper heading that matches as a heading', async () => {
    const draft = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Learning', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('First point.'),
            new Paragraph({ text: 'Why key decisions were taken', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('Decision text.'),
            new Paragraph({ text: 'Lessons learned', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('Second point.'),
            new Paragraph({ text: 'Methodology', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Deep detail', heading: HeadingLevel.HEADING_5 }),
          ],
        },
      ],
    });
    const { content, warnings } = await readDocxDraft(await packed(draft));
    expect(blocksOf(content, 'learning-points')).toEqual([
      { type: 'paragraph', text: 'First point.' },
      { type: 'paragraph', text: 'Second point.' },
      { type: 'heading', level: 1, text: 'Methodology' },
      { type: 'heading', level: 3, text: 'Deep detail' },
    ]);
    expect(blocksOf(content, 'key-decisions')).toEqual([
      { type: 'heading', level: 1, text: 'Background' },
      { type: 'paragraph', text: 'Decision text.' },
    ]);
    expect(blocksOf(content, 'overview')).toEqual([]);
    expect(warnings).toContain('“Methodology” does not name a report section, so it was kept as a heading inside the section before it.');
  });
});

describe('tables and lists', () => {
  it('takes a bold first row as the header row, and a plain one as a row', async () => {
    const table = (bold: boolean) => new Table({ rows: [new TableRow({ children: [cell('Agency', bold), cell('Role', bold)] }), new TableRow({ children: [cell('Police'), cell('Investigation')] })] });
    const draft = new Document({ sections: [{ children: [new Paragraph({ text: 'Overview', heading: HeadingLevel.HEADING_1 }), table(true), new Paragraph('Between.'), table(false)] }] });
    const { content } = await readDocxDraft(await packed(draft));
    const tables = blocksOf(content, 'overview').filter((block) => block.type === 'table');
    expect(tables.map((block) => block.headerRow)).toEqual([true, false]);
  });

  it('starts a new list after a paragraph between items, and when bullets turn into numbers', async () => {
    const draft = new Document({
      numbering: { config: [{ reference: 'numbered', levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1)' }] }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Learning points', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'One', bullet: { level: 0 } }),
            new Paragraph({ text: 'One, nested', bullet: { level: 1 } }),
            new Paragraph(''),
            new Paragraph({ text: 'Two', bullet: { level: 0 } }),
            new Paragraph({ text: 'Three', numbering: { reference: 'numbered', level: 0 } }),
          ],
        },
      ],
    });
    const { content } = await readDocxDraft(await packed(draft));
    expect(blocksOf(content, 'learning-points')).toEqual([
      { type: 'list', ordered: false, items: ['One', 'One, nested'] },
      { type: 'list', ordered: false, items: ['Two'] },
      { type: 'list', ordered: true, items: ['Three'] },
    ]);
  });
});
