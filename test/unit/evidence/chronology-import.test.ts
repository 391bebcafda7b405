import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptChronology, previewChronology, removeReturn } from '../../../main/evidence/chronology-returns.ts';
import { readEvidence } from '../../../main/evidence/evidence-view.ts';
import { readDocument } from '../../../main/reviews/documents.ts';
import { asyncRefusalOf, auditCount, auditDetails, chronologyWorkbook, count, events, evidenceCounts, expectNothingWritten, HEALTH, makeEvidenceStore, newCase, POLICE, refusalOf, testChange, type EvidenceStore } from './evidence-fixture.ts';

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const file = (fileName: string, bytes: Buffer) => ({ fileName, bytes });

describe('previewing a returned chronology', () => {
  it('shows the rows read, what could not be read and the file’s fingerprint, and writes nothing', async () => {
    const { reference } = newCase(store.officer);
    const bytes = await chronologyWorkbook(POLICE, [...events(3), { date: '31/02/2025', event: 'A visit on a day that does not exist' }], { withInstructions: true });
    const before = evidenceCounts(store.officer);
    const preview = await previewChronology(store.officer, reference, 'greater manchester police', file('police.xlsx', bytes));
    expect(preview).toMatchObject({ agency: POLICE, fileName: 'police.xlsx', sha256: sha(bytes), replacesReturnId: null });
    expect(preview.rows.map((row) => [row.date, row.time, row.event])).toEqual(events(3).map((event) => [event.date, '09:30', event.event]));
    expect(preview.rows[0]!.tests.partOfPattern).toBe(true);
    expect(preview.problems.filter((problem) => problem.row > 0)).toEqual([expect.objectContaining({ sheet: 'Chronology', row: 10 })]);
    expectNothingWritten(store.officer, before);
  });

  it('refuses a file that is not a spreadsheet before reading it, and writes nothing', async () => {
    const { reference } = newCase(store.officer);
    const before = evidenceCounts(store.officer);
    const refusal = await asyncRefusalOf(() => previewChronology(store.officer, reference, POLICE, file('police.xlsx', Buffer.from('%PDF-1.7 not a workbook'))));
    expect(refusal.code).toBe('FILE_REFUSED');
    expectNothingWritten(store.officer, before);
  });
});

describe('accepting a returned chronology', () => {
  it('writes every row, the return and the file in one audited change, and lists the return', async () => {
    const { reference, id } = newCase(store.officer);
    const bytes = await chronologyWorkbook(HEALTH, events(12), { withInstructions: true });
    const preview = await previewChronology(store.officer, reference, HEALTH, file('health return.xlsx', bytes));
    // The template's own Instructions sheet is skipped and listed, but there is nothing to accept.
    expect(preview.problems).toEqual([expect.objectContaining({ sheet: 'Instructions', row: 0 })]);
    const view = await acceptChronology(store.officer, reference, HEALTH, file('health return.xlsx', bytes), { sha256: preview.sha256, acceptProblems: false });
    expect(view.returns).toEqual([expect.objectContaining({ agency: HEALTH, fileName: 'health return.xlsx', sha256: sha(bytes), rowCount: 12, importedBy: 'Ffion Officer', problems: preview.problems })]);
    expect(view.composite.entries).toHaveLength(12);
    expect(view.composite.entries.every((entry) => entry.agency === HEALTH)).toBe(true);
    expect(view.agencies).toContain(HEALTH);
    const document = readDocument(store.officer, reference, view.returns[0]!.documentId);
    expect(document).toMatchObject({ name: 'health return.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(document.content.equals(bytes)).toBe(true);
    expect(count(store.officer, 'chronology_rows', 'case_id = ?', id)).toBe(12);
    expect(auditDetails(store.officer, 'evidence.chronology-imported').at(-1)).toMatchObject({ agency: HEALTH, fileName: 'health return.xlsx', sha256: sha(bytes), rowCount: 12, problemCount: 1, replacedReturnId: null });
  });

  it('refuses a file that is not the one previewed', async () => {
    const { reference } = newCase(store.officer);
    const previewed = await chronologyWorkbook(POLICE, events(2));
    const other = await chronologyWorkbook(POLICE, events(3));
    const before = evidenceCounts(store.officer);
    const refusal = await asyncRefusalOf(() => acceptChronology(store.officer, reference, POLICE, file('police.xlsx', other), { sha256: sha(previewed), acceptProblems: true }));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toBe('The file is not the one previewed. Preview it again.');
    expectNothingWritten(store.officer, before);
  });

  it('imports rows that could not be read only when they are accepted knowingly, and keeps them listed with the return', async () => {
    const { reference } = newCase(store.officer);
    const bytes = await chronologyWorkbook(POLICE, [...events(4), { date: 'last Tuesday', event: 'Undated strategy discussion' }, { date: '2025-13-01', event: 'A thirteenth month' }], { withNotesSheet: true });
    const before = evidenceCounts(store.officer);
    const refusal = await asyncRefusalOf(() => acceptChronology(store.officer, reference, POLICE, file('police.xlsx', bytes), { sha256: sha(bytes), acceptProblems: false }));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.message).toBe(
      'In “police.xlsx”, 2 rows could not be read and 1 sheet was not read. Look at them in the preview: import the rest only if you accept that they are left out of the composite chronology (they stay listed with the return).',
    );
    expect(refusal.problems).toEqual([{ path: 'acceptProblems', message: 'Accept the rows that could not be read, or ask the agency for a corrected file' }]);
    expectNothingWritten(store.officer, before);

    const view = await acceptChronology(store.officer, reference, POLICE, file('police.xlsx', bytes), { sha256: sha(bytes), acceptProblems: true });
    expect(view.returns[0]!.rowCount).toBe(4);
    expect(view.returns[0]!.problems.map((problem) => [problem.sheet, problem.row])).toEqual(expect.arrayContaining([['Chronology', 11], ['Chronology', 12], ['Our notes', 0]]));
    expect(view.composite.entries).toHaveLength(4);
  });

  it('refuses a file with no events in it, even accepted', async () => {
    const { reference } = newCase(store.officer);
    const bytes = await chronologyWorkbook(POLICE, []);
    const before = evidenceCounts(store.officer);
    const refusal = await asyncRefusalOf(() => acceptChronology(store.officer, reference, POLICE, file('empty.xlsx', bytes), { sha256: sha(bytes), acceptProblems: true }));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.message).toBe(`No events could be read from “empty.xlsx”, so nothing was imported. Ask ${POLICE} for a corrected file.`);
    expectNothingWritten(store.officer, before);
  });

  it('replaces an agency’s earlier return: the preview says which, the old one is superseded and its rows leave the composite', async () => {
    const { reference, id } = newCase(store.officer);
    const first = await chronologyWorkbook(POLICE, events(5, '2025-01-06', 'First account'));
    const firstView = await acceptChronology(store.officer, reference, POLICE, file('police v1.xlsx', first), { sha256: sha(first), acceptProblems: false });
    const firstId = firstView.returns[0]!.id;
    const second = await chronologyWorkbook(POLICE, events(3, '2025-03-03', 'Corrected account'));
    const preview = await previewChronology(store.officer, reference, POLICE, file('police v2.xlsx', second));
    expect(preview.replacesReturnId).toBe(firstId);
    const view = await acceptChronology(store.officer, reference, POLICE, file('police v2.xlsx', second), { sha256: preview.sha256, acceptProblems: false });
    expect(view.returns).toEqual([expect.objectContaining({ fileName: 'police v2.xlsx', rowCount: 3 })]);
    expect(view.composite.entries.map((entry) => entry.event.split(' number')[0])).toEqual(['Corrected account', 'Corrected account', 'Corrected account']);
    expect(store.officer.store.db.prepare('SELECT id, superseded_at IS NOT NULL AS superseded FROM chronology_returns WHERE case_id = ? ORDER BY id').all(id)).toEqual([
      { id: firstId, superseded: 1 },
      { id: view.returns[0]!.id, superseded: 0 },
    ]);
    expect(count(store.officer, 'chronology_rows', 'case_id = ?', id)).toBe(3);
    // Both files stay in the case's documents.
    expect(count(store.officer, 'case_documents', 'case_id = ?', id)).toBe(2);
    expect(auditDetails(store.officer, 'evidence.chronology-imported').at(-1)).toMatchObject({ replacedReturnId: firstId, rowCount: 3 });
  });

  it('keeps a file sent twice once in the case’s documents', async () => {
    const { reference, id } = newCase(store.officer);
    const bytes = await chronologyWorkbook(HEALTH, events(2));
    await acceptChronology(store.officer, reference, HEALTH, file('health.xlsx', bytes), { sha256: sha(bytes), acceptProblems: false });
    const view = await acceptChronology(store.officer, reference, HEALTH, file('health again.xlsx', bytes), { sha256: sha(bytes), acceptProblems: false });
    expect(count(store.officer, 'case_documents', 'case_id = ?', id)).toBe(1);
    expect(view.returns[0]).toMatchObject({ fileName: 'health again.xlsx', rowCount: 2 });
  });

  it('writes nothing at all when the store refuses a row part-way through, and leaves the earlier return current', async () => {
    const { reference, id } = newCase(store.officer);
    const earlier = await chronologyWorkbook(POLICE, events(3));
    await acceptChronology(store.officer, reference, POLICE, file('police.xlsx', earlier), { sha256: sha(earlier), acceptProblems: false });
    // The fifth row of the replacement is refused by the database, after the file, the return and four rows went in.
    testChange(store.officer, `CREATE TEMP TRIGGER refuse_a_row BEFORE INSERT ON chronology_rows WHEN NEW.event = 'The row the store refuses' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;`);
    try {
      const replacement = await chronologyWorkbook(POLICE, [...events(4, '2025-06-02', 'Replacement'), { date: '2025-07-01', event: 'The row the store refuses' }, ...events(2, '2025-08-04', 'Never written')]);
      const before = { ...evidenceCounts(store.officer), audit_events: auditCount(store.officer) };
      await expect(acceptChronology(store.officer, reference, POLICE, file('police v2.xlsx', replacement), { sha256: sha(replacement), acceptProblems: false })).rejects.toThrow(/refused for the test/);
      expectNothingWritten(store.officer, before);
      const view = readEvidence(store.officer, reference);
      expect(view.returns).toEqual([expect.objectContaining({ fileName: 'police.xlsx', rowCount: 3 })]);
      expect(view.composite.entries).toHaveLength(3);
      expect(count(store.officer, 'case_documents', 'case_id = ? AND name = ?', id, 'police v2.xlsx')).toBe(0);
    } finally {
      testChange(store.officer, 'DROP TRIGGER temp.refuse_a_row;');
    }
  });
});

describe('removing a return', () => {
  it('takes its rows out of the composite and keeps it on record as superseded; a second removal is refused', async () => {
    const { reference, id } = newCase(store.officer);
    const bytes = await chronologyWorkbook(POLICE, events(4));
    const returnId = (await acceptChronology(store.officer, reference, POLICE, file('police.xlsx', bytes), { sha256: sha(bytes), acceptProblems: false })).returns[0]!.id;
    const view = removeReturn(store.officer, reference, returnId);
    expect(view.returns).toEqual([]);
    expect(view.composite.entries).toEqual([]);
    expect(count(store.officer, 'chronology_rows', 'case_id = ?', id)).toBe(0);
    expect(count(store.officer, 'chronology_returns', 'id = ? AND superseded_at IS NOT NULL', returnId)).toBe(1);
    expect(count(store.officer, 'case_documents', 'case_id = ?', id)).toBe(1);
    expect(auditDetails(store.officer, 'evidence.chronology-removed').at(-1)).toMatchObject({ returnId, agency: POLICE, rowCount: 4 });
    expect(refusalOf(() => removeReturn(store.officer, reference, returnId)).code).toBe('CONFLICT');
    expect(refusalOf(() => removeReturn(store.officer, reference, 999_999)).code).toBe('NOT_FOUND');
  });
});
