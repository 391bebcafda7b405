import { beforeAll, describe, expect, it } from 'vitest';
import { executiveSummaryPages, renderReportPdf } from '../../../main/exports/pdf/report-pdf.ts';
import { EXECUTIVE_SUMMARY_MAX_PAGES, REPORT_SECTION_TITLES, type Block, type PrintableDocument } from '../../../shared/reports/report-document.ts';
import { flat, PARAGRAPH, section } from './report-pdf-fixtures.ts';
import { pdfPageTexts } from './pdf-text.ts';

const paragraphs = (count: number): Block[] => Array.from({ length: count }, (_, index) => ({ type: 'paragraph', text: `Paragraph ${index + 1}. ${PARAGRAPH}` }));

/** A mix of every kind of block, `count` times over. */
const mixed = (count: number): Block[] =>
  Array.from({ length: count }, (_, index): Block[] => [
    { type: 'heading', level: 2, text: `Finding ${index + 1}` },
    { type: 'paragraph', text: PARAGRAPH },
    { type: 'list', ordered: index % 2 === 0, items: ['Health visiting', `Children’s social care, which ${PARAGRAPH.slice(0, 90)}`, 'Police'] },
    { type: 'table', headerRow: true, rows: [['Agency', 'What it knew'], ['School', PARAGRAPH.slice(0, 150)], ['GP practice', PARAGRAPH.slice(40, 160)]] },
  ]).flat();

/** The pages the summary takes in the rendered report: from page 2 up to the page the next section starts on. */
async function renderedSummaryPages(blocks: readonly Block[]): Promise<number> {
  const document: PrintableDocument = {
    title: 'Child Q',
    subtitle: '',
    layout: 'report',
    sections: [section('executive-summary', blocks), section('questions', [{ type: 'paragraph', text: 'After the summary.' }])],
  };
  const { bytes } = await renderReportPdf(document, { mode: 'publication' });
  const pages = pdfPageTexts(bytes).map(flat);
  const next = pages.findIndex((text, index) => index > 0 && text.startsWith(REPORT_SECTION_TITLES.questions));
  expect(next, 'the next section starts a page').toBeGreaterThan(1);
  return next - 1;
}

describe('the executive summary’s length in pages', () => {
  let threshold: number;

  beforeAll(async () => {
    // The fewest paragraphs that make the summary longer than the limit.
    threshold = 1;
    while ((await executiveSummaryPages(paragraphs(threshold))) <= EXECUTIVE_SUMMARY_MAX_PAGES) threshold += 1;
  });

  it('goes from two pages to three at one paragraph more', async () => {
    expect(threshold).toBeGreaterThan(10);
    expect(await executiveSummaryPages(paragraphs(threshold - 1))).toBe(2);
    expect(await executiveSummaryPages(paragraphs(threshold))).toBe(3);
  });

  it('agrees with the report as printed, on both sides of the limit', async () => {
    expect(await renderedSummaryPages(paragraphs(threshold - 1))).toBe(2);
    expect(await renderedSummaryPages(paragraphs(threshold))).toBe(3);
  });

  it('agrees with the report as printed for headings, lists and tables too', async () => {
    for (const count of [2, 7, 13]) {
      const blocks = mixed(count);
      expect(await executiveSummaryPages(blocks), `${count} findings`).toBe(await renderedSummaryPages(blocks));
    }
  });

  it('counts one page for a summary with nothing written yet, its heading alone', async () => {
    expect(await executiveSummaryPages([])).toBe(1);
  });
});
