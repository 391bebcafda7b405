/**
 * The closed-cases rule on a real store: three closed cases filled in every table a case can
 * reach, one closed just long enough ago, one a day short of it, one whose agency's secured files
 * are still held. Deleting the due one removes exactly its rows (checked table by table, row by
 * row, against the schema's own foreign keys), erases exactly the details of the audit events
 * about it, keeps the chain verifiable, is audited and logged with identifiers only, frees the
 * space, and names the backups made before it.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClosedCasePeriod } from '../../../main/retention/closed-case-period.ts';
import { deleteDue, type DeletionOutcome } from '../../../main/retention/delete-due.ts';
import { readRetention } from '../../../main/retention/retention-view.ts';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import type { Db } from '../../../main/store/open-database.ts';
import { arrange, asyncRefusalOf, backupMadeAt, caseWithChild, closeOn, fillCase, makeRetentionStore, refusalOf, type ChildRecords, type MadeCase, type RetentionStore } from './retention-fixture.ts';
import { rowsOfCase, snapshot, tablesReachingCases, without } from './case-reach.ts';

const TODAY = '2026-05-10';
const BIG_DOCUMENT = 3_000_000;

/** Events with details, as (seq → erased rule or null). */
function detailsState(db: Db): Map<number, string | null> {
  const rows = db.prepare('SELECT event_seq AS seq, erased_rule AS rule FROM audit_details ORDER BY event_seq').all() as { seq: number; rule: string | null }[];
  return new Map(rows.map((row) => [row.seq, row.rule]));
}

/** The events the deletion must erase, found from the fixture's own ids rather than retention's query. */
function eventsAbout(db: Db, made: MadeCase, children: ChildRecords): number[] {
  const keys = [
    ['case', String(made.id)],
    ...children.setIds.map((id) => ['secured-set', String(id)]),
    ...children.fileRecordIds.map((id) => ['secured-file', id]),
    ...children.assignmentIds.map((id) => ['assignment', String(id)]),
    ...children.taskIds.map((id) => ['task', String(id)]),
    ...children.bundleIds.map((id) => ['bundle', id]),
    ...children.learningEventIds.map((id) => ['learning-event', String(id)]),
  ];
  const rows = db
    .prepare(
      `SELECT e.seq FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq
       WHERE d.body IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(?) k WHERE json_extract(k.value, '$[0]') = e.record_type AND json_extract(k.value, '$[1]') = e.record_id)
       ORDER BY e.seq`,
    )
    .all(JSON.stringify(keys)) as { seq: number }[];
  return rows.map((row) => row.seq);
}

describe('deleting a closed case past the retention period', () => {
  let fixture: RetentionStore;
  let due: MadeCase;
  let notYet: MadeCase;
  let held: MadeCase;
  let children: ChildRecords;
  const log: string[] = [];

  beforeAll(async () => {
    fixture = await makeRetentionStore();
    due = caseWithChild(fixture);
    notYet = caseWithChild(fixture);
    held = caseWithChild(fixture);
    children = await fillCase(fixture, due, { bigDocumentBytes: BIG_DOCUMENT, otherCase: notYet });
    await fillCase(fixture, notYet, { otherCase: due });
    await fillCase(fixture, held);
    // Its agency's set still held here: the case waits for the representative.
    arrange(fixture.admin, (db, note) => {
      const setId = (db.prepare('SELECT id FROM secured_sets WHERE case_id = ?').get(held.id) as { id: number }).id;
      db.prepare(`UPDATE secured_sets SET state = 'active', closed_at = NULL, closed_by = NULL WHERE id = ?`).run(setId);
      note('secured-set', setId, { reopened: true });
    });
    closeOn(fixture.admin, due, '2019-05-10');
    closeOn(fixture.admin, notYet, '2019-05-11');
    closeOn(fixture.admin, held, '2018-01-15');
    setClosedCasePeriod(fixture.admin, 7);
    backupMadeAt(fixture.admin, '/backups/prm-2026-01-05', '2026-01-05T09:00:00.000Z');
    backupMadeAt(fixture.admin, '/backups/prm-2026-06-01', '2026-06-01T09:00:00.000Z');
    backupMadeAt(fixture.admin, '/backups/prm-later', '2999-01-01T09:00:00.000Z');
  }, 60_000);
  afterAll(() => fixture.cleanup());

  it('lists the case closed seven years ago today and the one whose secured files are held, not the one closed a day later', () => {
    const view = readRetention(fixture.admin, TODAY);
    expect(view.closedCaseYears).toBe(7);
    expect(view.closedCases.map((item) => item.reference)).toEqual([held.reference, due.reference]);
    const dueItem = view.closedCases.find((item) => item.reference === due.reference)!;
    expect(dueItem).toMatchObject({ closedOn: '2019-05-10', dueOn: '2026-05-10', documents: 2, blockers: [] });
    expect(dueItem.documentBytes).toBeGreaterThan(BIG_DOCUMENT);
    expect(view.closedCases.find((item) => item.reference === held.reference)!.blockers).toEqual([
      'Education’s secured files are still held here: only its nominated representative can release or destroy them, on the agency’s instruction.',
    ]);
    expect(readRetention(fixture.admin, '2026-05-11').closedCases.map((item) => item.reference)).toContain(notYet.reference);
  });

  it('refuses anyone without the retention permission, a wrong confirmation, a case not yet due and a case whose files are held, changing nothing', async () => {
    const db = fixture.admin.store.db;
    const before = snapshot(db);
    const ask = (reference: string, confirmReference = reference) => () => deleteDue(fixture.admin, { rule: 'closed-cases', reference, confirmReference }, { today: TODAY, log: (line) => log.push(line) });
    expect(refusalOf(() => deleteDue(fixture.officer, { rule: 'closed-cases', reference: due.reference, confirmReference: due.reference }, { today: TODAY })).code).toBe('NOT_ALLOWED');
    const wrong = refusalOf(ask(due.reference, notYet.reference));
    expect(wrong.code).toBe('INVALID_INPUT');
    expect(wrong.problems).toEqual([{ path: 'confirmReference', message: `Type the case reference exactly as shown: ${due.reference}` }]);
    const early = refusalOf(ask(notYet.reference));
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toBe(`Case ${notYet.reference} closed on 11 May 2019 and is kept until 11 May 2026, 7 years after it closed. Nothing was deleted.`);
    const blocked = await asyncRefusalOf(async () => ask(held.reference)());
    expect(blocked.code).toBe('CONFLICT');
    expect(blocked.message).toContain('Education’s secured files are still held here');
    expect(snapshot(db)).toEqual(before);
    expect(log).toEqual([]);
  });

  describe('once deleted', () => {
    let before: ReturnType<typeof snapshot>;
    let removed: Map<string, Set<number>>;
    let toErase: number[];
    let detailsBefore: Map<number, string | null>;
    let outcome: DeletionOutcome;

    beforeAll(() => {
      const db = fixture.admin.store.db;
      before = snapshot(db);
      removed = rowsOfCase(db, due.id);
      toErase = eventsAbout(db, due, children);
      detailsBefore = detailsState(db);
      outcome = deleteDue(fixture.admin, { rule: 'closed-cases', reference: due.reference, confirmReference: ` ${due.reference.toLowerCase()} ` }, { today: TODAY, log: (line) => log.push(line) });
    });

    it('had a row of the case in every table a case can reach, so every table was put to the test', () => {
      const reaching = [...tablesReachingCases(fixture.admin.store.db)].sort();
      expect([...removed.keys()].sort()).toEqual(reaching);
    });

    it('leaves nothing of the case in any table, and every row of everything else exactly as it was', () => {
      const db = fixture.admin.store.db;
      expect(snapshot(db)).toEqual(without(before, removed));
      const left = [...rowsOfCase(db, due.id)].filter(([table]) => table !== 'cases');
      expect(left).toEqual([]);
      expect(db.prepare('SELECT count(*) AS n FROM cases WHERE id = ?').get(due.id)).toEqual({ n: 0 });
      expect(outcome.deletion.tables).toEqual(Object.fromEntries([...removed].map(([table, rows]) => [table, rows.size])));
    });

    it('erases the details of exactly the events about the case and its records, under the rule’s name', () => {
      const db = fixture.admin.store.db;
      const kinds = db.prepare('SELECT DISTINCT record_type AS kind FROM audit_events WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY 1').all(JSON.stringify(toErase));
      expect(kinds.map((row) => (row as { kind: string }).kind)).toEqual(['assignment', 'bundle', 'case', 'learning-event', 'secured-file', 'secured-set', 'task']);
      const after = detailsState(db);
      const erased = [...after].filter(([, rule]) => rule !== null);
      expect(erased.map(([seq]) => seq)).toEqual(toErase);
      expect(new Set(erased.map(([, rule]) => rule))).toEqual(new Set(['closed-cases']));
      for (const [seq] of detailsBefore) if (!toErase.includes(seq)) expect(after.get(seq), `event ${seq}`).toBeNull();
      const bodies = db.prepare('SELECT count(*) AS n FROM audit_details WHERE event_seq IN (SELECT value FROM json_each(?)) AND body IS NULL AND erased_at IS NOT NULL').get(JSON.stringify(toErase));
      expect(bodies).toEqual({ n: toErase.length });
      expect(outcome.deletion.detailsErased).toBe(toErase.length);
    });

    it('keeps the audit chain verifiable, counting the erased details', () => {
      const store = fixture.admin.store;
      const verified = verifyChain(store.db, store.auditKeyForVerification);
      expect(verified).toMatchObject({ intact: true, erasedDetails: toErase.length });
    });

    it('audits the deletion and records it by identifier and count only', () => {
      const db = fixture.admin.store.db;
      const event = db.prepare('SELECT e.seq, e.action, e.record_type AS recordType, e.record_id AS recordId, d.body FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq ORDER BY e.seq DESC LIMIT 1').get() as {
        seq: number;
        action: string;
        recordType: string;
        recordId: string;
        body: string;
      };
      expect(event).toMatchObject({ action: 'retention.deleted', recordType: 'case', recordId: String(due.id) });
      expect(JSON.parse(event.body)).toEqual({ rule: 'closed-cases', reference: due.reference, rows: outcome.deletion.tables, detailsErased: toErase.length });
      const record = db.prepare('SELECT rule, record_type AS recordType, record_id AS recordId, case_id AS caseId, case_reference AS reference, deleted_by AS deletedBy, event_seq AS eventSeq, rows_deleted AS rows, details_erased AS erased FROM retention_deletions').all();
      expect(record).toEqual([
        { rule: 'closed-cases', recordType: 'case', recordId: String(due.id), caseId: due.id, reference: due.reference, deletedBy: fixture.admin.userId, eventSeq: event.seq, rows: JSON.stringify(outcome.deletion.tables), erased: toErase.length },
      ]);
      for (const text of fixture.written) expect(event.body).not.toContain(text);
    });

    it('writes one line to the app’s log, with identifiers and counts only', () => {
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(/^retention\.deleted rule=closed-cases case=\d+ deletion=\d+ rows=\d+ details-erased=\d+ bytes-before=\d+ bytes-after=\d+$/);
      expect(log[0]).toContain(`case=${due.id} `);
      expect(log[0]).not.toContain(due.reference);
      for (const text of fixture.written) expect(log[0]).not.toContain(text);
    });

    it('gives the freed space back, so the store file shrinks by at least the deleted document', () => {
      const store = fixture.admin.store;
      expect(outcome.bytesBefore - outcome.bytesAfter).toBeGreaterThanOrEqual(BIG_DOCUMENT);
      expect(fs.statSync(store.paths.database).size).toBe(outcome.bytesAfter);
      expect(store.db.pragma('freelist_count', { simple: true })).toBe(0);
    });

    it('names every backup made before the deletion, newest first, as one that may still hold the case', () => {
      expect(outcome.deletion.backups.map((backup) => backup.folder)).toEqual(['/backups/prm-2026-06-01', '/backups/prm-2026-01-05']);
      const history = readRetention(fixture.admin, TODAY).history;
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ rule: 'closed-cases', reference: due.reference, rows: outcome.deletion.rows, backups: outcome.deletion.backups });
    });

    it('no longer lists the case as due, and refuses to delete it twice', () => {
      expect(readRetention(fixture.admin, TODAY).closedCases.map((item) => item.reference)).toEqual([held.reference]);
      expect(refusalOf(() => deleteDue(fixture.admin, { rule: 'closed-cases', reference: due.reference, confirmReference: due.reference }, { today: TODAY })).code).toBe('NOT_FOUND');
    });
  });
});
