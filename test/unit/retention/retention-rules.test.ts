/**
 * The retention rules worked out on the day, each just inside and just outside its dates: drafts
 * at the end of a review (closed, or published, whichever came first), a report's minimum time
 * on the website (a reminder and a record, never a deletion), secured files awaiting the agency's
 * instruction (listed only), and the closed-case period (none until set). Then the drafts of one
 * review deleted: every version but the last and the draft copies kept in the store, with the
 * details of the events about them erased and nothing else touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import { setClosedCasePeriod } from '../../../main/retention/closed-case-period.ts';
import { deleteDue } from '../../../main/retention/delete-due.ts';
import { readRetention } from '../../../main/retention/retention-view.ts';
import { recordTakenOffWebsite } from '../../../main/retention/taken-off-website.ts';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import type { Session } from '../../../main/security/session.ts';
import { closedCaseDueOn } from '../../../shared/retention/retention-rules.ts';
import { paragraph, reportWith } from '../reports/report-fixture.ts';
import { arrange, backupMadeAt, caseWithChild, closeOn, count, draftSentAsBundle, draftSentAsFile, makeRetentionStore, refusalOf, type MadeCase, type RetentionStore } from './retention-fixture.ts';
import { snapshot } from './case-reach.ts';

const TODAY = '2033-03-15';

async function versions(officer: Session, made: MadeCase, howMany: number): Promise<void> {
  for (let version = 1; version <= howMany; version += 1) {
    await saveReport(officer, made.reference, reportWith({ overview: [paragraph(`The overview as it stood in draft ${version}.`)] }), `Draft ${version}`);
  }
}

function publish(officer: Session, made: MadeCase, publicationDate: string): void {
  saveRecord(officer, made.reference, null, { type: 'publication', data: { decision: 'publish', reasonsNotToPublish: '', panelAdvice: '', communityImpactAssessment: '', publicationDate } });
}

function addSet(session: Session, made: MadeCase, state: 'active' | 'destroyed'): void {
  arrange(session, (db, note) => {
    const police = (db.prepare(`SELECT id FROM organisations WHERE name = 'Greater Manchester Police'`).get() as { id: number }).id;
    const now = new Date().toISOString();
    const setId = db
      .prepare(`INSERT INTO secured_sets (case_id, organisation_id, representative_id, created_at, created_by, state, closed_at, closed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(made.id, police, session.userId, now, session.userId, state, state === 'active' ? null : now, state === 'active' ? null : session.userId).lastInsertRowid;
    db.prepare(`INSERT INTO secured_files (set_id, uid, path, size, chunk_bytes, placed_by, placed_at, acting_for_agency, state) VALUES (?, ?, 'a.pdf', 1, 65536, ?, ?, 0, 'stored')`).run(setId, `uid-${String(setId)}`, session.userId, now);
    note('secured-set', Number(setId), { agency: 'Greater Manchester Police' });
  });
}

function securingRecord(session: Session, made: MadeCase, instructionConfirmedOn: string | null): void {
  arrange(session, (db, note) => {
    const education = (db.prepare(`SELECT id FROM organisations WHERE name = 'Education'`).get() as { id: number }).id;
    db.prepare(
      `INSERT INTO securing_records (case_id, organisation_id, confirmed_on, representative_name, held_where, instruction, instruction_given_on, instruction_confirmed_on)
       VALUES (?, ?, '2025-11-06', 'Invented Representative', 'agency-system', ?, ?, ?)`,
    ).run(made.id, education, instructionConfirmedOn === null ? null : 'destroy', instructionConfirmedOn === null ? null : '2026-01-02', instructionConfirmedOn);
    note('case', made.id, { securing: 'Education' });
  });
}

describe('the retention rules on the day', () => {
  let fixture: RetentionStore;
  const cases: Record<string, MadeCase> = {};
  let draftDocument: number;
  let fileRecipient: string;

  beforeAll(async () => {
    fixture = await makeRetentionStore();
    const { officer, admin } = fixture;
    for (const name of ['closedToday', 'publishedYesterday', 'publishedTomorrow', 'closesTomorrow', 'nothingLeft', 'onlyCopies', 'webToday', 'webTomorrow', 'heldSet', 'openSet', 'destroyedSet', 'awaitingRecord', 'doneRecord']) {
      cases[name] = caseWithChild(fixture);
    }
    await versions(officer, cases.closedToday!, 3);
    draftDocument = draftSentAsBundle(fixture, cases.closedToday!, 1, 'Greater Manchester Police', '2033-02-01');
    fileRecipient = draftSentAsFile(fixture, cases.closedToday!, 2, 'Education', null);
    closeOn(admin, cases.closedToday!, TODAY);
    await versions(officer, cases.publishedYesterday!, 2);
    publish(officer, cases.publishedYesterday!, '2033-03-14');
    await versions(officer, cases.publishedTomorrow!, 2);
    publish(officer, cases.publishedTomorrow!, '2033-03-16');
    await versions(officer, cases.closesTomorrow!, 2);
    closeOn(admin, cases.closesTomorrow!, '2033-03-16');
    await versions(officer, cases.nothingLeft!, 1);
    draftSentAsFile(fixture, cases.nothingLeft!, 1, 'Housing', '2033-01-05');
    closeOn(admin, cases.nothingLeft!, '2033-01-01');
    await versions(officer, cases.onlyCopies!, 1);
    draftSentAsFile(fixture, cases.onlyCopies!, 1, 'Housing', null);
    closeOn(admin, cases.onlyCopies!, '2033-01-01');
    publish(officer, cases.webToday!, '2032-03-15');
    arrange(admin, (db, note) => {
      db.prepare(`INSERT INTO report_briefings (case_id, content, updated_by, updated_at) VALUES (?, '{}', ?, ?)`).run(cases.webToday!.id, officer.userId, new Date().toISOString());
      note('case', cases.webToday!.id, { briefing: true });
    });
    publish(officer, cases.webTomorrow!, '2032-03-16');
    addSet(admin, cases.heldSet!, 'active');
    closeOn(admin, cases.heldSet!, '2033-01-10');
    addSet(admin, cases.openSet!, 'active');
    addSet(admin, cases.destroyedSet!, 'destroyed');
    closeOn(admin, cases.destroyedSet!, '2033-01-10');
    securingRecord(admin, cases.awaitingRecord!, null);
    closeOn(admin, cases.awaitingRecord!, '2033-01-11');
    securingRecord(admin, cases.doneRecord!, '2026-01-03');
    closeOn(admin, cases.doneRecord!, '2033-01-11');
  }, 90_000);
  afterAll(() => fixture.cleanup());

  it('makes drafts due when the review ends, by closing or by publication, and not a day before', () => {
    const drafts = readRetention(fixture.admin, TODAY).drafts;
    expect(drafts.map((item) => item.reference).sort()).toEqual([cases.closedToday!.reference, cases.onlyCopies!.reference, cases.publishedYesterday!.reference].sort());
    expect(drafts.find((item) => item.reference === cases.publishedYesterday!.reference)).toMatchObject({ reviewEndedOn: '2033-03-14', endedBy: 'published', draftVersions: [1], keptVersion: 2, draftDocuments: 0, copies: [] });
    const closed = drafts.find((item) => item.reference === cases.closedToday!.reference)!;
    expect(closed).toMatchObject({ reviewEndedOn: TODAY, endedBy: 'closed', draftVersions: [1, 2], keptVersion: 3, draftDocuments: 1 });
    expect(closed.draftDocumentBytes).toBeGreaterThan(300_000);
    expect(closed.copies.map((copy) => [copy.version, copy.agency, copy.via, copy.deletionConfirmedOn])).toEqual([
      [1, 'Greater Manchester Police', 'bundle', '2033-02-01'],
      [2, 'Education', 'file', null],
    ]);
    expect(closed.copies[1]!.recipient).toBe(fileRecipient);
    // Nothing left in the store, but a copy out there not yet confirmed deleted: still listed.
    expect(drafts.find((item) => item.reference === cases.onlyCopies!.reference)).toMatchObject({ draftVersions: [], draftDocuments: 0, copies: [{ deletionConfirmedOn: null }] });
  });

  it('reminds when a published report has been on the website for the minimum time, and says the briefing stays', () => {
    const view = readRetention(fixture.admin, TODAY);
    expect(view.publications).toEqual([{ reference: cases.webToday!.reference, publishedOn: '2032-03-15', mayComeDownOn: TODAY, hasBriefing: true }]);
    expect(readRetention(fixture.admin, '2033-03-16').publications.map((item) => item.reference)).toEqual([cases.webToday!.reference, cases.webTomorrow!.reference]);
  });

  it('lists the secured files of closed cases still waiting for the agency, held here or recorded, and nothing of open cases or finished ones', () => {
    const awaiting = readRetention(fixture.admin, TODAY).securedSets;
    expect(awaiting).toEqual([
      { reference: cases.heldSet!.reference, agency: 'Greater Manchester Police', closedOn: '2033-01-10', heldIn: 'this-app', representative: 'Test Administrator', files: 1, instruction: null, instructionGivenOn: null },
      { reference: cases.awaitingRecord!.reference, agency: 'Education', closedOn: '2033-01-11', heldIn: 'agency', representative: null, files: null, instruction: null, instructionGivenOn: null },
    ]);
  });

  it('has no closed-case period until one is set, and sets and clears it with an audit event', () => {
    expect(readRetention(fixture.admin, TODAY)).toMatchObject({ closedCaseYears: null, closedCases: [] });
    expect(refusalOf(() => setClosedCasePeriod(fixture.officer, 6)).code).toBe('NOT_ALLOWED');
    setClosedCasePeriod(fixture.admin, 1);
    const view = readRetention(fixture.admin, TODAY);
    expect(view.closedCaseYears).toBe(1);
    // Closed on 1 January 2033: due on 1 January 2034, not yet.
    expect(view.closedCases).toEqual([]);
    expect(readRetention(fixture.admin, '2034-01-01').closedCases.map((item) => item.reference)).toContain(cases.nothingLeft!.reference);
    setClosedCasePeriod(fixture.admin, null);
    expect(readRetention(fixture.admin, '2099-01-01').closedCases).toEqual([]);
    expect(count(fixture.admin, 'audit_events', `action = 'settings.changed' AND record_id = 'retention_closed_case_years'`)).toBe(2);
    expect(closedCaseDueOn('2024-02-29', 1)).toBe('2025-02-28');
    expect(closedCaseDueOn('2019-05-10', 7)).toBe('2026-05-10');
  });

  it('records a report taken off the website, on or after its minimum time, keeping it', () => {
    const reference = cases.webToday!.reference;
    expect(refusalOf(() => recordTakenOffWebsite(fixture.officer, reference, TODAY, TODAY)).code).toBe('NOT_ALLOWED');
    const early = refusalOf(() => recordTakenOffWebsite(fixture.admin, reference, '2033-03-14', TODAY));
    expect(early.problems).toEqual([{ path: 'takenOffOn', message: 'A published report stays on the website for the policy’s minimum time: enter 15 March 2033 or later' }]);
    expect(refusalOf(() => recordTakenOffWebsite(fixture.admin, reference, '2033-03-16', TODAY)).problems).toEqual([{ path: 'takenOffOn', message: 'The date it was taken off the website cannot be in the future' }]);
    expect(refusalOf(() => recordTakenOffWebsite(fixture.admin, cases.openSet!.reference, TODAY, TODAY)).code).toBe('CONFLICT');
    const reports = count(fixture.admin, 'report_briefings');
    recordTakenOffWebsite(fixture.admin, reference, TODAY, TODAY);
    const view = readRetention(fixture.admin, TODAY);
    expect(view.publications).toEqual([]);
    expect(view.takenOff).toEqual([{ reference, publishedOn: '2032-03-15', takenOffOn: TODAY }]);
    const record = fixture.admin.store.db.prepare(`SELECT data FROM case_records WHERE case_id = ? AND type = 'publication'`).get(cases.webToday!.id) as { data: string };
    expect(JSON.parse(record.data)).toMatchObject({ decision: 'publish', publicationDate: '2032-03-15', removalDate: TODAY });
    expect(count(fixture.admin, 'report_briefings')).toBe(reports);
    expect(refusalOf(() => recordTakenOffWebsite(fixture.admin, reference, TODAY, TODAY)).message).toBe(`Case ${reference}’s report is already recorded as taken off the website on 15 March 2033.`);
  });

  describe('deleting the drafts of a review that ended', () => {
    let before: ReturnType<typeof snapshot>;
    let eventsBefore: { seq: number; action: string; body: string | null }[];
    const log: string[] = [];

    beforeAll(() => {
      backupMadeAt(fixture.admin, '/backups/before-drafts', '2026-01-01T08:00:00.000Z');
      const db = fixture.admin.store.db;
      before = snapshot(db);
      eventsBefore = db.prepare('SELECT e.seq, e.action, d.body FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq WHERE e.record_type = ? AND e.record_id = ? ORDER BY e.seq').all('case', String(cases.closedToday!.id)) as typeof eventsBefore;
    });

    it('refuses the drafts of a review not yet ended', () => {
      const refused = refusalOf(() => deleteDue(fixture.admin, { rule: 'review-drafts', reference: cases.publishedTomorrow!.reference, confirmReference: cases.publishedTomorrow!.reference }, { today: TODAY }));
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain('review has not ended');
    });

    it('deletes every version but the last and the draft copy kept in the store, and nothing else', () => {
      const made = cases.closedToday!;
      const outcome = deleteDue(fixture.admin, { rule: 'review-drafts', reference: made.reference, confirmReference: made.reference }, { today: TODAY, log: (line) => log.push(line) });
      expect(outcome.deletion).toMatchObject({ rule: 'review-drafts', reference: made.reference, tables: { report_versions: 2, case_documents: 1, case_document_chunks: 2 }, rows: 5 });
      expect(outcome.deletion.backups.map((backup) => backup.folder)).toEqual(['/backups/before-drafts']);
      const db = fixture.admin.store.db;
      expect((db.prepare('SELECT version FROM report_versions WHERE case_id = ?').all(made.id) as { version: number }[]).map((row) => row.version)).toEqual([3]);
      const after = snapshot(db);
      for (const [table, rows] of before) {
        const kept = after.get(table)!;
        const gone = [...rows.keys()].filter((rowid) => !kept.has(rowid));
        if (table === 'report_versions') expect(gone).toHaveLength(2);
        else if (table === 'case_documents') expect(gone).toEqual([draftDocument]);
        else if (table === 'case_document_chunks') expect(gone).toHaveLength(2);
        else expect(kept, table).toEqual(rows);
      }
      expect(count(fixture.admin, 'report_distributions', 'case_id = ?', made.id)).toBe(2);
      expect(log).toEqual([expect.stringMatching(new RegExp(`^retention\\.deleted rule=review-drafts case=${made.id} deletion=\\d+ rows=5 details-erased=3 `))]);
    });

    it('erases the details of the events that saved those versions and added that copy, and of no other', () => {
      const db = fixture.admin.store.db;
      const erased = db.prepare('SELECT event_seq AS seq, erased_rule AS rule FROM audit_details WHERE body IS NULL').all() as { seq: number; rule: string }[];
      const expected = eventsBefore
        .filter(({ action, body }) => {
          const details = JSON.parse(body!) as { version?: number; documentId?: number };
          return (action === 'report.saved' && (details.version === 1 || details.version === 2)) || details.documentId === draftDocument;
        })
        .map(({ seq }) => seq);
      expect(expected).toHaveLength(3);
      expect(erased).toEqual(expected.map((seq) => ({ seq, rule: 'review-drafts' })));
      const store = fixture.admin.store;
      expect(verifyChain(store.db, store.auditKeyForVerification)).toMatchObject({ intact: true, erasedDetails: 3 });
    });

    it('still lists the review while a copy sent out is not confirmed deleted, with nothing left to delete here', () => {
      const item = readRetention(fixture.admin, TODAY).drafts.find((due) => due.reference === cases.closedToday!.reference);
      expect(item).toMatchObject({ draftVersions: [], keptVersion: 3, draftDocuments: 0 });
      expect(item!.copies.filter((copy) => copy.deletionConfirmedOn === null).map((copy) => copy.recipient)).toEqual([fileRecipient]);
      const again = refusalOf(() => deleteDue(fixture.admin, { rule: 'review-drafts', reference: cases.closedToday!.reference, confirmReference: cases.closedToday!.reference }, { today: TODAY }));
      expect(again.message).toContain('holds no drafts');
    });
  });
});
