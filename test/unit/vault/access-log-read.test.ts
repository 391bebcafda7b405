/**
 * Reading the access log through the pipeline: who sees which sets' events, the filters, the
 * pages and erased details. The events are written here as the services write them (store.change
 * with the set's or file's address, names and purposes in the details) against real set rows, so
 * the log's own rules are tested apart from the vault's services (access-log-journey.test.ts
 * drives those).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseDetails } from '../../../main/security/audit-chain.ts';
import { organisationByName } from '../../../main/store/repositories/organisations.ts';
import { caseIdByReference } from '../../../main/store/repositories/cases.ts';
import { findUserByName } from '../../../main/store/repositories/users.ts';
import { ACCESS_LOG_PAGE_SIZE, SECURED_FILE_RECORD, SECURED_SET_RECORD, securedFileRecordId, type AccessLogAction } from '../../../shared/vault/access-log.ts';
import { HOUSING, makeLogStore, POLICE, workbookRows, type Desk, type LogStore } from './access-log-fixture.ts';

const PLACED_IN_HOUSING = ACCESS_LOG_PAGE_SIZE + 5;

describe('the access log, read through the pipeline', () => {
  let store: LogStore;
  let first: string;
  let second: string;
  let officer: Desk;
  let representative: Desk;
  let reviewer: Desk;
  /** The event numbers written for each set, in order. */
  const written = { firstHousing: [] as number[], firstPolice: [] as number[], secondHousing: [] as number[] };
  let erasedSeq = 0;

  beforeAll(async () => {
    store = await makeLogStore();
    first = store.openCase([HOUSING, POLICE]);
    second = store.openCase([HOUSING]);
    officer = await store.signIn('Morgan Hale', 'business-unit');
    representative = await store.signIn('Priya Natarajan', 'nominated-representative', { caseReference: first, agency: HOUSING });
    reviewer = await store.signIn('Jordan Lee', 'lead-reviewer', { caseReference: first });

    const session = store.temp.session;
    const db = session.store.db;
    const userId = (name: string) => findUserByName(db, name)!.id;
    const makeSet = (reference: string, agency: string, representativeName: string): number =>
      session.store.change((inner, audit) => {
        const setId = Number(
          inner
            .prepare('INSERT INTO secured_sets (case_id, organisation_id, representative_id, created_at, created_by) VALUES (?, ?, ?, ?, ?)')
            .run(caseIdByReference(inner, reference), organisationByName(inner, agency).id, userId(representativeName), new Date().toISOString(), userId('Morgan Hale')).lastInsertRowid,
        );
        audit({ actorId: userId('Morgan Hale'), action: 'secured.set-up', recordType: SECURED_SET_RECORD, recordId: setId, details: { caseId: caseIdByReference(inner, reference), agency, representativeId: userId(representativeName) } });
        return setId;
      });
    const log = (setId: number, actor: string, action: AccessLogAction | string, details: Record<string, unknown>, fileId?: number): number =>
      session.store.change((_inner, audit) =>
        audit({
          actorId: userId(actor),
          action,
          recordType: fileId === undefined ? SECURED_SET_RECORD : SECURED_FILE_RECORD,
          recordId: fileId === undefined ? setId : securedFileRecordId(setId, fileId),
          details,
        }),
      );

    const firstHousing = makeSet(first, HOUSING, 'Priya Natarajan');
    written.firstHousing.push(session.store.head().events);
    const firstPolice = makeSet(first, POLICE, 'Morgan Hale');
    written.firstPolice.push(session.store.head().events);
    const secondHousing = makeSet(second, HOUSING, 'Morgan Hale');
    written.secondHousing.push(session.store.head().events);

    for (let file = 1; file <= PLACED_IN_HOUSING; file += 1) {
      written.firstHousing.push(log(firstHousing, 'Priya Natarajan', 'secured.placed', { path: `Visits/Visit ${file}.pdf`, note: '', size: 2048 * file, actingForAgency: false }, file));
    }
    written.firstHousing.push(log(firstHousing, 'Priya Natarajan', 'secured.opened', { path: 'Visits/Visit 1.pdf', purpose: 'Preparing Housing’s chronology' }, 1));
    written.firstHousing.push(log(firstHousing, 'Morgan Hale', 'secured.refused', { attempted: 'open this file', reason: 'no-permission', fileId: 1 }));
    written.firstHousing.push(log(firstHousing, 'Priya Natarajan', 'secured.integrity-checked', { files: PLACED_IN_HOUSING, damaged: [{ id: 7, path: 'Visits/Visit 7.pdf' }] }));
    written.firstPolice.push(log(firstPolice, 'Morgan Hale', 'secured.placed', { path: 'Custody record.pdf', note: 'From the custody suite', actingForAgency: true }, 100));
    erasedSeq = log(secondHousing, 'Morgan Hale', 'secured.copied', { path: 'Tenancy file.docx', purpose: 'A purpose that retention later erases' }, 200);
    written.secondHousing.push(erasedSeq);
    eraseDetails(db, erasedSeq, 'access-purposes-after-6-years');

    // Not the access log's: an action it does not know, a refusal outside any set, an export.
    log(firstHousing, 'Morgan Hale', 'secured.something-else', { path: 'never shown' });
    session.store.change((_inner, audit) => audit({ actorId: userId('Morgan Hale'), action: 'access.refused', recordType: 'case', recordId: 1, details: { permission: 'vault.open' } }));
  });
  afterAll(() => store.cleanup());

  const everySecured = () => [...written.firstHousing, ...written.firstPolice, ...written.secondHousing].sort((a, b) => a - b);

  it('shows the Business Unit every set’s events in chain order, a page at a time', async () => {
    const all = everySecured();
    const page1 = await officer.call('vault.log', { filter: {}, page: 1 });
    expect(page1.total).toBe(all.length);
    expect(page1.pageSize).toBe(ACCESS_LOG_PAGE_SIZE);
    expect(page1.entries.map((entry) => entry.seq)).toEqual(all.slice(0, ACCESS_LOG_PAGE_SIZE));
    const page2 = await officer.call('vault.log', { filter: {}, page: 2 });
    expect(page2.page).toBe(2);
    expect(page2.entries.map((entry) => entry.seq)).toEqual(all.slice(ACCESS_LOG_PAGE_SIZE));
    // A page past the last shows the last.
    expect((await officer.call('vault.log', { filter: {}, page: 40 })).page).toBe(2);
    expect(page1.options).toEqual({ references: [first, second].sort(), agencies: [POLICE, HOUSING].sort(), people: ['Morgan Hale', 'Priya Natarajan'] });
  });

  it('names the case, agency, person, file and purpose, and says the rest in words', async () => {
    const view = await officer.call('vault.log', { filter: { reference: first, action: 'secured.opened' } });
    expect(view.entries).toEqual([
      {
        seq: expect.any(Number),
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        action: 'secured.opened',
        person: 'Priya Natarajan',
        reference: first,
        agency: HOUSING,
        file: 'Visits/Visit 1.pdf',
        purpose: 'Preparing Housing’s chronology',
        detail: '',
        detailsErased: false,
      },
    ]);
    const refused = (await officer.call('vault.log', { filter: { action: 'secured.refused' } })).entries;
    expect(refused.map((entry) => [entry.person, entry.file, entry.detail])).toEqual([['Morgan Hale', null, 'Attempted to open this file. Refused: their role does not include it. File number 1']]);
    const checked = (await officer.call('vault.log', { filter: { action: 'secured.integrity-checked' } })).entries;
    expect(checked[0]!.detail).toBe(`${PLACED_IN_HOUSING} files checked: 1 file damaged (Visits/Visit 7.pdf)`);
    const setUp = (await officer.call('vault.log', { filter: { action: 'secured.set-up', agency: POLICE } })).entries;
    expect(setUp.map((entry) => entry.detail)).toEqual(['Representative: Morgan Hale']);
    const byBusinessUnit = (await officer.call('vault.log', { filter: { agency: POLICE, action: 'secured.placed' } })).entries;
    expect(byBusinessUnit[0]!.detail).toBe('Placed by the Business Unit for the agency. Note: From the custody suite');
  });

  it('keeps an event whose details retention erased, saying so', async () => {
    const view = await officer.call('vault.log', { filter: { reference: second, action: 'secured.copied' } });
    expect(view.entries).toHaveLength(1);
    expect(view.entries[0]).toMatchObject({ seq: erasedSeq, person: 'Morgan Hale', file: null, purpose: null, detailsErased: true });
    expect(view.entries[0]!.detail).toContain('erased under the retention rule “access-purposes-after-6-years”');
  });

  it('filters by case, agency, person and action together', async () => {
    const housing = await officer.call('vault.log', { filter: { agency: HOUSING } });
    expect(housing.total).toBe(written.firstHousing.length + written.secondHousing.length);
    const secondCase = await officer.call('vault.log', { filter: { reference: second.toLowerCase() } });
    expect(secondCase.entries.map((entry) => entry.seq)).toEqual(written.secondHousing);
    const morganInFirst = await officer.call('vault.log', { filter: { reference: first, person: 'Morgan Hale' } });
    expect(morganInFirst.entries.map((entry) => entry.action)).toEqual(['secured.set-up', 'secured.set-up', 'secured.refused', 'secured.placed']);
    const none = await officer.call('vault.log', { filter: { reference: second, action: 'secured.opened' } });
    expect(none).toMatchObject({ entries: [], total: 0, page: 1 });
  });

  it('shows a nominated representative only the events of their own case and agency, and only those in the filter’s choices', async () => {
    const view = await representative.call('vault.log', { filter: {}, page: 2 });
    expect(view.total).toBe(written.firstHousing.length);
    const all = [...(await representative.call('vault.log', { filter: {}, page: 1 })).entries, ...view.entries];
    expect(all.map((entry) => entry.seq)).toEqual(written.firstHousing);
    expect(view.options).toEqual({ references: [first], agencies: [HOUSING], people: ['Morgan Hale', 'Priya Natarajan'] });
    // Asking for another agency's events finds none, rather than showing them.
    expect((await representative.call('vault.log', { filter: { agency: POLICE } })).total).toBe(0);
  });

  it('refuses someone whose role has no access log, and records the refusal', async () => {
    const db = store.temp.session.store.db;
    const refusals = () => (db.prepare(`SELECT count(*) AS n FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = 'access.refused' AND e.actor_id = ? AND json_extract(d.body, '$.permission') = 'vault.log'`).get(reviewer.userId) as { n: number }).n;
    const before = refusals();
    const error = await reviewer.refusal('vault.log', { filter: {} });
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.message).toContain('secured files’ access log');
    expect((await reviewer.refusal('vault.logExport', { filter: {}, format: 'pdf' })).code).toBe('NOT_ALLOWED');
    expect(refusals()).toBe(before + 2);
  });

  it('exports only what the person may see, records who exported it with the filter, and leaves the chain intact', async () => {
    const file = await representative.call('vault.logExport', { filter: { action: 'secured.placed' }, format: 'xlsx' });
    expect(file.fileName).toMatch(/^access-log-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await workbookRows(file.contentBase64);
    expect(rows).toHaveLength(PLACED_IN_HOUSING);
    expect(rows.map((row) => row[0])).toEqual(written.firstHousing.slice(1, 1 + PLACED_IN_HOUSING));
    expect(rows.every((row) => row[5] === HOUSING && row[2] === 'File placed')).toBe(true);

    const db = store.temp.session.store.db;
    const exported = db
      .prepare(`SELECT e.actor_id AS actorId, e.record_type AS recordType, d.body FROM audit_events e JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = 'access-log.exported' ORDER BY e.seq DESC LIMIT 1`)
      .get() as { actorId: string; recordType: string; body: string };
    expect(exported.actorId).toBe(representative.userId);
    expect(exported.recordType).toBe('store');
    expect(JSON.parse(exported.body)).toEqual({ format: 'xlsx', filter: { action: 'secured.placed' }, entries: PLACED_IN_HOUSING, fileName: file.fileName });
    // The export is not itself a secured-file event: the log does not grow by reading or exporting it.
    expect((await officer.call('vault.log', { filter: {} })).total).toBe(everySecured().length);
    expect(await officer.call('audit.verify', {})).toMatchObject({ intact: true });
  });
});
