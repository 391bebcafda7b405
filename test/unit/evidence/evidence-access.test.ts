import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { Desktop } from '../../../main/api/desktop.ts';
import { acceptChronology, previewChronology, removeReturn } from '../../../main/evidence/chronology-returns.ts';
import { resolveDuplicates, undoDuplicateResolution } from '../../../main/evidence/composite-decisions.ts';
import { exportComposite, exportMeetingPack, requestLetter, requestTemplate } from '../../../main/evidence/evidence-exports.ts';
import { readEvidence } from '../../../main/evidence/evidence-view.ts';
import { recordChase, recordReceived, removeRequest, saveEscalation, saveRequest } from '../../../main/evidence/requests.ts';
import { importSummary, rateSummary, saveSummary } from '../../../main/evidence/summaries.ts';
import type { Session } from '../../../main/security/session.ts';
import { auditCount, chronologyWorkbook, events, evidenceCounts, HEALTH, lastAuditAction, makeEvidenceStore, newCase, POLICE, request, summary, type EvidenceStore } from './evidence-fixture.ts';

let store: EvidenceStore;
let reference: string;
let otherReference: string;
let requestId: number;
let returnId: number;
let workbook: Buffer;
beforeAll(async () => {
  store = await makeEvidenceStore();
  ({ reference } = newCase(store.officer));
  ({ reference: otherReference } = newCase(store.officer));
  requestId = saveRequest(store.officer, reference, null, request(POLICE, '2026-02-02')).requests[0]!.id;
  saveSummary(store.officer, reference, POLICE, summary());
  workbook = await chronologyWorkbook(POLICE, events(3));
  returnId = (await acceptChronology(store.officer, reference, POLICE, { fileName: 'police.xlsx', bytes: workbook }, { sha256: sha(workbook), acceptProblems: false })).returns[0]!.id;
});
afterAll(() => store.cleanup());

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

type Call = (session: Session) => unknown;

/** Every case-scoped evidence call that reads: cases.read is enough. */
const READS: Record<string, Call> = {
  'evidence.get': (session) => readEvidence(session, reference),
  'requests.letter': (session) => requestLetter(session, reference, requestId),
  'requests.template': (session) => requestTemplate(session, reference, POLICE),
  'chronology.preview': (session) => previewChronology(session, reference, POLICE, { fileName: 'police.xlsx', bytes: workbook }),
  'composite.export': (session) => exportComposite(session, reference, 'xlsx', { agencies: [], tests: [], principles: [] }),
  'meetingPack.export': (session) => exportMeetingPack(session, reference),
};

/** Every case-scoped evidence call that changes something: cases.edit is needed. */
const CHANGES: Record<string, Call> = {
  'requests.save': (session) => saveRequest(session, reference, null, request(HEALTH, '2026-02-02')),
  'requests.remove': (session) => removeRequest(session, reference, requestId),
  'requests.received': (session) => recordReceived(session, reference, requestId, '2026-02-05'),
  'requests.chase': (session) => recordChase(session, reference, requestId, { chasedOn: '2026-02-04', method: 'phone', note: '' }),
  'requests.escalate': (session) => saveEscalation(session, reference, requestId, null, { escalatedOn: '2026-02-04', level: 'practice-review-subgroup', escalatedTo: 'Chair', outcome: '' }),
  'summaries.save': (session) => saveSummary(session, reference, POLICE, summary()),
  'summaries.import': (session) => importSummary(session, reference, POLICE, { fileName: 'police.xlsx', bytes: workbook }),
  'summaries.rate': (session) => rateSummary(session, reference, POLICE, { rating: 'good', note: '' }),
  'chronology.accept': (session) => acceptChronology(session, reference, POLICE, { fileName: 'police.xlsx', bytes: workbook }, { sha256: sha(workbook), acceptProblems: false }),
  'chronology.removeReturn': (session) => removeReturn(session, reference, returnId),
  'composite.resolve': (session) => resolveDuplicates(session, reference, { rowIds: [1, 2], decision: 'keep-all', keepRowId: null }),
  'composite.undoResolution': (session) => undoDuplicateResolution(session, reference, [1, 2]),
};

/** Makes the call and expects it refused as not allowed, with only the refusal written. */
async function expectRefused(session: Session, name: string, call: Call): Promise<void> {
  const before = evidenceCounts(store.officer);
  let refusal: unknown = null;
  try {
    await call(session);
  } catch (error) {
    refusal = error;
  }
  expect(refusal, name).toBeInstanceOf(AppError);
  expect((refusal as AppError).code, name).toBe('NOT_ALLOWED');
  expect(lastAuditAction(store.officer), name).toBe('access.refused');
  expect(evidenceCounts(store.officer), name).toEqual({ ...before, audit_events: before.audit_events + 1 });
}

describe('who may see and change a case’s agency evidence', () => {
  it('refuses every call to a lead reviewer of another case, auditing each refusal and writing nothing else', async () => {
    const outsider = await store.signIn('Rhiannon Leadreviewer', 'lead-reviewer', otherReference);
    for (const [name, call] of Object.entries({ ...READS, ...CHANGES })) await expectRefused(outsider, name, call);
    expect(Object.keys({ ...READS, ...CHANGES })).toHaveLength(18);
  });

  it('lets a scrutineer read the evidence and preview a file, but refuses every change', async () => {
    const scrutineer = await store.signIn('Zofia Scrutineer', 'scrutineer');
    const view = readEvidence(scrutineer, reference);
    expect(view).toMatchObject({ reference, canEdit: false });
    expect(view.requests).toHaveLength(1);
    expect((await previewChronology(scrutineer, reference, POLICE, { fileName: 'police.xlsx', bytes: workbook })).rows).toHaveLength(3);
    expect((await exportComposite(scrutineer, reference, 'xlsx', { agencies: [], tests: [], principles: [] })).fileName).toBe(`${reference} composite chronology.xlsx`);
    for (const [name, call] of Object.entries(CHANGES)) await expectRefused(scrutineer, name, call);
  });

  it('lets a lead reviewer of this case read it, and shows them they cannot change it', async () => {
    const lead = await store.signIn('Łukasz Leadreviewer', 'lead-reviewer', reference);
    expect(readEvidence(lead, reference)).toMatchObject({ reference, canEdit: false });
    expect(readEvidence(store.officer, reference).canEdit).toBe(true);
  });

  it('refuses an administrator, who manages the store but does not read cases', async () => {
    await expectRefused(store.admin, 'evidence.get', READS['evidence.get']!);
  });

  it('answers through the contract’s pipeline: a change comes back as the whole view, a refusal as a value', async () => {
    const desktop = new Desktop({ storeFolder: store.temp.folder });
    try {
      expect(await desktop.invoke('session.unlock', { name: 'Zofia Scrutineer', passphrase: 'lantern pebble orchard' })).toMatchObject({ ok: true });
      expect(await desktop.invoke('evidence.get', { reference })).toMatchObject({ ok: true, value: { reference, canEdit: false } });
      const before = auditCount(store.officer);
      expect(await desktop.invoke('requests.chase', { reference, id: requestId, chase: { chasedOn: '2026-02-04', method: 'phone' } })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
      expect(auditCount(store.officer)).toBe(before + 1);
      desktop.lock();
      expect(await desktop.invoke('session.unlock', { name: 'Ffion Officer', passphrase: 'lantern pebble orchard' })).toMatchObject({ ok: true });
      const chased = await desktop.invoke('requests.chase', { reference, id: requestId, chase: { chasedOn: '2026-02-04', method: 'phone' } });
      expect(chased).toMatchObject({ ok: true, value: { reference, requests: [{ chases: [{ chasedOn: '2026-02-04', method: 'phone', note: '' }] }] } });
      const preview = await desktop.invoke('chronology.preview', { reference, agency: POLICE, fileName: 'police.xlsx', contentBase64: workbook.toString('base64') });
      expect(preview).toMatchObject({ ok: true, value: { agency: POLICE, sha256: sha(workbook) } });
    } finally {
      desktop.lock();
    }
  });
});
