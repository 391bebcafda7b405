import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../../main/exports/pdf/report-pdf.ts';
import { REPORT_SECTION_TITLES, REPORT_SECTIONS, type PrintableDocument } from '../../../shared/reports/report-document.ts';
import { BRIEFING_HEADINGS, briefing, flat, fullReport, PARAGRAPH, section } from './report-pdf-fixtures.ts';
import { pdfLayoutText, pdfPageTexts, pdfText } from './pdf-text.ts';

/** Each of `needles` found in `text`, each after the one before it. */
function expectInOrder(text: string, needles: readonly string[]): void {
  let from = 0;
  needles.forEach((needle, index) => {
    const at = text.indexOf(needle, from);
    expect(at, index === 0 ? `"${needle}" is in the text` : `"${needle}" is in the text after "${needles[index - 1]}"`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  });
}

describe('the review report', () => {
  const document = fullReport();
  let pages: string[];

  beforeAll(async () => {
    const { bytes } = await renderReportPdf(document, { mode: 'publication' });
    pages = pdfPageTexts(bytes).map(flat);
  });

  it('prints every section’s heading and blocks in order: paragraphs, headings, lists and tables', () => {
    const text = pages.slice(1).join(' ');
    const expected = REPORT_SECTIONS.flatMap((key, index) => [
      REPORT_SECTION_TITLES[key],
      `Opening paragraph ${index + 1}.`,
      `Subheading ${index + 1}`,
      `First point ${index + 1}`,
      `Second point ${index + 1}, which is long enough to wrap onto another line`,
      `Third point ${index + 1}`,
      'When Agency What happened',
      `${index + 1} March 2025`,
      `Table row ${index + 1}.`,
      `Closing paragraph ${index + 1}.`,
    ]);
    expectInOrder(text, expected);
  });

  it('numbers an ordered list and bullets an unordered one', () => {
    const text = pages.slice(1).join(' ');
    // Section 1's list is numbered, section 2's bulleted.
    expectInOrder(text, ['1. First point 1', '2. Second point 1', '3. Third point 1', '• First point 2', '• Second point 2', '• Third point 2']);
  });

  it('opens with the title and subtitle, and contents giving the page each section starts on', () => {
    expect(pages[0]).toContain(document.title);
    expect(pages[0]).toContain(document.subtitle);
    for (const key of REPORT_SECTIONS) {
      const match = new RegExp(`${REPORT_SECTION_TITLES[key]} (\\d+)`).exec(pages[0]!);
      expect(match, `${key} is in the contents`).not.toBeNull();
      const page = Number(match![1]);
      expect(pages[page - 1], `${key} on page ${page}`).toContain(REPORT_SECTION_TITLES[key]);
    }
  });

  it('starts the executive summary on page 2 and the next section on a page of its own', () => {
    expect(pages[1]!.startsWith('Executive summary')).toBe(true);
    expect(pages[1]).not.toContain(REPORT_SECTION_TITLES.questions);
    expect(pages[2]!.startsWith(REPORT_SECTION_TITLES.questions)).toBe(true);
  });
});

describe('a long table', () => {
  const rows = Array.from({ length: 90 }, (_, index) => [`Row ${index + 1} date`, 'Children’s social care', `Row ${index + 1} event. ${PARAGRAPH.slice(0, 60 + (index % 5) * 40)}`]);
  const document: PrintableDocument = {
    title: 'Tables',
    subtitle: '',
    layout: 'report',
    sections: [section('overview', [{ type: 'table', headerRow: true, rows: [['Date recorded', 'Agency involved', 'Event described'], ...rows] }])],
  };
  let pages: string[];

  beforeAll(async () => {
    const { bytes } = await renderReportPdf(document, { mode: 'official-sensitive' });
    pages = pdfPageTexts(bytes).map(flat);
  });

  it('runs over several pages with its header row repeated at the top of each', () => {
    const tablePages = pages.filter((text) => text.includes('Row '));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const text of tablePages) {
      const header = text.indexOf('Date recorded Agency involved Event described');
      expect(header, 'the header is on the page').toBeGreaterThanOrEqual(0);
      expect(header, 'the header is above the rows').toBeLessThan(text.indexOf('Row '));
    }
  });

  it('keeps every row whole and in order: none lost, repeated or cut', () => {
    const text = pages.join(' ');
    expectInOrder(
      text,
      rows.map((row) => row[2]!),
    );
    for (const row of rows) expect(text.split(`${row[0]} `).length - 1, row[0]).toBe(1);
    // A row is never cut between pages: its date and the end of its event are on the same page.
    for (const row of rows) {
      const page = pages.find((candidate) => candidate.includes(`${row[0]} `));
      expect(page, row[0]).toContain(row[2]!);
    }
  });
});

describe('a table row taller than a page', () => {
  it('is split across pages without losing a line', async () => {
    const lines = Array.from({ length: 150 }, (_, index) => `Line ${index + 1} of a long note`);
    const document: PrintableDocument = {
      title: 'Tall row',
      subtitle: '',
      layout: 'report',
      sections: [
        section('overview', [
          {
            type: 'table',
            headerRow: true,
            rows: [
              ['Heading A', 'Heading B'],
              ['Short', lines.join('\n')],
            ],
          },
        ]),
      ],
    };
    const { bytes, pages } = await renderReportPdf(document, { mode: 'publication' });
    expect(pages).toBeGreaterThanOrEqual(4);
    const text = flat(pdfText(bytes));
    expectInOrder(text, lines);
    for (let page = 3; page <= pages; page++) expect(flat(pdfText(bytes, page)), `page ${page}`).toContain('Heading A Heading B');
  });
});

describe('columns of a table', () => {
  it('give a short column its natural width, so a date stays on one line', async () => {
    const document: PrintableDocument = {
      title: 'Widths',
      subtitle: '',
      layout: 'report',
      sections: [section('overview', [{ type: 'table', headerRow: true, rows: [['Date', 'What happened'], ['14 February 2025', `${PARAGRAPH} ${PARAGRAPH}`]] }])],
    };
    const { bytes } = await renderReportPdf(document, { mode: 'publication' });
    expect(pdfLayoutText(bytes, 2)).toMatch(/14 February 2025/);
  });
});

describe('the 7-minute briefing', () => {
  it('sets seven 600-character sections, numbered, on at most two pages', async () => {
    const document = briefing(600);
    const { bytes, pages } = await renderReportPdf(document, { mode: 'publication' });
    expect(pages).toBeLessThanOrEqual(2);
    const text = flat(pdfText(bytes));
    expect(text).toContain(document.title);
    BRIEFING_HEADINGS.forEach((heading, index) => {
      expect(text).toContain(`${index + 1} ${heading}`);
      expect(text).toContain(`End of section ${index + 1}.`);
    });
  });

  it('fits seven sections of the longest allowed (1,500 characters) on two pages, every one whole', async () => {
    const document = briefing(1500);
    const { bytes, pages } = await renderReportPdf(document, { mode: 'draft', recipient: 'Jordan Example' });
    expect(pages).toBe(2);
    const text = flat(pdfText(bytes));
    expectInOrder(
      text,
      BRIEFING_HEADINGS.map((heading, index) => `${index + 1} ${heading}`),
    );
    for (let number = 1; number <= 7; number++) expect(text).toContain(`End of section ${number}.`);
    for (const page of pdfPageTexts(bytes)) expect(flat(page)).toContain('for Jordan Example only');
  });
});
