import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SECTION_TITLES } from '../../../shared/reports/report-document.ts';
import { renderReportDocx } from '../../../main/exports/docx/report-docx.ts';
import { importDocxDraft, saveReport } from '../../../main/reports/report-writing.ts';
import { readReports } from '../../../main/reports/reports-view.ts';
import { asyncRefusalOf, auditDetails, count, makeEvidenceStore, newCase, paragraph, reportWith, type EvidenceStore } from './report-fixture.ts';

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

describe('saving versions of the report', () => {
  it('keeps every version with who saved it, when and why, newest first', async () => {
    const { reference, id } = newCase(store.officer);
    const before = Date.now();
    const first = await saveReport(store.officer, reference, reportWith({ overview: [paragraph('Child Q lived with Mother.')] }), 'First draft for the review group');
    expect(first.version).toBe(1);
    const second = await saveReport(store.officer, reference, reportWith({ overview: [paragraph('Child Q lived with Mother and two siblings.')] }), 'After the review group’s comments');
    expect(second.version).toBe(2);
    expect(second.content.sections.find((section) => section.key === 'overview')!.blocks).toEqual([paragraph('Child Q lived with Mother and two siblings.')]);
    expect(second.versions.map((version) => [version.version, version.savedBy, version.reason])).toEqual([
      [2, 'Ffion Officer', 'After the review group’s comments'],
      [1, 'Ffion Officer', 'First draft for the review group'],
    ]);
    expect(Date.parse(second.versions[0]!.savedAt)).toBeGreaterThanOrEqual(before - 1000);
    // The earlier version is kept whole, not overwritten.
    const kept = store.officer.store.db.prepare('SELECT content FROM report_versions WHERE case_id = ? AND version = 1').get(id) as { content: string };
    expect(kept.content).toContain('Child Q lived with Mother.');
    expect((await readReports(store.officer, reference)).version).toBe(2);
  });

  it('refuses a version identical to the current one, naming it, and writes nothing', async () => {
    const { reference, id } = newCase(store.officer);
    await saveReport(store.officer, reference, reportWith({ questions: [paragraph('Why was Child Q not seen?')] }), 'First draft');
    const versions = count(store.officer, 'report_versions', 'case_id = ?', id);
    const refusal = await asyncRefusalOf(() => saveReport(store.officer, reference, reportWith({ questions: [paragraph('Why was Child Q not seen?')] }), 'Saved again'));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.message).toContain('Nothing has changed since version 1');
    expect(count(store.officer, 'report_versions', 'case_id = ?', id)).toBe(versions);
  });

  it('refuses to save an empty report as the first version', async () => {
    const { reference, id } = newCase(store.officer);
    const refusal = await asyncRefusalOf(() => saveReport(store.officer, reference, reportWith({}, ''), 'Nothing yet'));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(count(store.officer, 'report_versions', 'case_id = ?', id)).toBe(0);
  });

  it('refuses a version without a reason, or with the sections out of order', async () => {
    const { reference } = newCase(store.officer);
    expect((await asyncRefusalOf(() => saveReport(store.officer, reference, reportWith({ overview: [paragraph('Text.')] }), ' '))).problems[0]!.path).toMatch(/^reason/);
    const shuffled = reportWith({ overview: [paragraph('Text.')] });
    const refusal = await asyncRefusalOf(() => saveReport(store.officer, reference, { ...shuffled, sections: [...shuffled.sections].reverse() }, 'Shuffled'));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems[0]!.path).toMatch(/^content/);
  });

  it('audits the version number and none of the report’s text', async () => {
    const { reference } = newCase(store.officer);
    await saveReport(store.officer, reference, reportWith({ overview: [paragraph('Zebedee Quartermaine was seen at the clinic.')] }), 'Draft with a name in it');
    const details = auditDetails(store.officer, 'report.saved').at(-1)!;
    expect(details).toEqual({ version: 1 });
  });
});

describe('importing a Word draft', () => {
  const FILE_NAME = 'Draft report Thaddeus Blackwood-Ngata.docx';

  async function wordDraft(): Promise<Uint8Array> {
    return renderReportDocx(
      {
        title: 'Child Q: a practice review',
        subtitle: '',
        layout: 'report',
        sections: [
          { key: 'overview', heading: REPORT_SECTION_TITLES.overview, blocks: [paragraph('Child Q lived with Mother.'), { type: 'list', ordered: true, items: ['The referral.', 'The meeting.'] }] },
          { key: 'recommendations', heading: REPORT_SECTION_TITLES.recommendations, blocks: [{ type: 'table', headerRow: true, rows: [['Agency', 'Action'], ['Health', 'Share concerns']] }] },
        ],
      },
      { mode: 'publication' },
    );
  }

  it('saves the draft’s sections as a new version with the reason given, and keeps the file’s name nowhere', async () => {
    const { reference, id } = newCase(store.officer);
    const { view, warnings } = await importDocxDraft(store.officer, reference, FILE_NAME, await wordDraft(), 'Draft written in Word by the lead reviewer');
    expect(view.version).toBe(1);
    expect(view.versions[0]).toMatchObject({ version: 1, reason: 'Draft written in Word by the lead reviewer', savedBy: 'Ffion Officer' });
    const overview = view.content.sections.find((section) => section.key === 'overview')!.blocks;
    expect(overview).toContainEqual(paragraph('Child Q lived with Mother.'));
    expect(overview).toContainEqual({ type: 'list', ordered: true, items: ['The referral.', 'The meeting.'] });
    expect(view.content.sections.find((section) => section.key === 'recommendations')!.blocks).toContainEqual({ type: 'table', headerRow: true, rows: [['Agency', 'Action'], ['Health', 'Share concerns']] });
    expect(auditDetails(store.officer, 'report.imported').at(-1)).toEqual({ version: 1, warnings: warnings.length });
    const db = store.officer.store.db;
    expect(count(store.officer, 'report_versions', 'case_id = ? AND (content LIKE ? OR reason LIKE ?)', id, '%Blackwood%', '%Blackwood%')).toBe(0);
    const audited = db.prepare('SELECT body FROM audit_details').all() as { body: string }[];
    expect(audited.filter((row) => row.body.includes('Blackwood'))).toEqual([]);
  });

  it('refuses a second import of the same draft, since nothing changed', async () => {
    const { reference, id } = newCase(store.officer);
    await importDocxDraft(store.officer, reference, FILE_NAME, await wordDraft(), 'Draft written in Word');
    const again = await asyncRefusalOf(async () => importDocxDraft(store.officer, reference, FILE_NAME, await wordDraft(), 'Again'));
    expect(again.message).toContain('Nothing has changed since version 1');
    expect(count(store.officer, 'report_versions', 'case_id = ?', id)).toBe(1);
  });

  it('refuses a file that is not a Word document, writing nothing', async () => {
    const { reference, id } = newCase(store.officer);
    const refusal = await asyncRefusalOf(() => importDocxDraft(store.officer, reference, FILE_NAME, new TextEncoder().encode('not a word document'), 'Draft'));
    expect(refusal.code).toBe('FILE_REFUSED');
    expect(count(store.officer, 'report_versions', 'case_id = ?', id)).toBe(0);
  });
});
