/**
 * A report written as .docx and read back by the app's own Word reader keeps its blocks: what a
 * reviewer exports to edit in Word comes back into the same sections as the same headings,
 * paragraphs, lists and tables.
 */
import { describe, expect, it } from 'vitest';
import { readDocxDraft } from '../../../../main/exports/docx/read-docx.ts';
import { renderReportDocx } from '../../../../main/exports/docx/report-docx.ts';
import { REPORT_SECTIONS, reportContent } from '../../../../shared/reports/report-document.ts';
import { OVERVIEW_BLOCKS, RECIPIENT, RECOMMENDATION_BLOCKS, reportDocument } from './docx-fixtures.ts';

describe('a .docx round trip', () => {
  it('keeps the title, and each section’s headings, paragraphs, lists and tables', async () => {
    const { content } = await readDocxDraft(await renderReportDocx(reportDocument(), { mode: 'publication' }));
    expect(reportContent.safeParse(content).success).toBe(true);
    expect(content.title).toBe(reportDocument().title);
    const blocks = Object.fromEntries(content.sections.map((section) => [section.key, section.blocks]));
    expect(blocks.overview).toEqual(OVERVIEW_BLOCKS);
    expect(blocks.recommendations).toEqual(RECOMMENDATION_BLOCKS);
    for (const key of REPORT_SECTIONS.filter((section) => section !== 'overview' && section !== 'recommendations')) expect(blocks[key], key).toEqual([]);
  });

  it('reads a draft’s body without its marking: headers and footers are not the report', async () => {
    const { content } = await readDocxDraft(await renderReportDocx(reportDocument(), { mode: 'draft', recipient: RECIPIENT }));
    expect(JSON.stringify(content)).not.toContain(RECIPIENT);
    expect(JSON.stringify(content)).not.toContain('OFFICIAL-SENSITIVE');
    expect(content.sections.find((section) => section.key === 'overview')?.blocks).toEqual(OVERVIEW_BLOCKS);
  });
});
