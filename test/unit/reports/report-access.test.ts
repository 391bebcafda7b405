import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { reportToRead, reportToWrite } from '../../../main/reports/report-access.ts';
import { decideRedaction, pullFinding, removePlace, saveAssurance, saveBriefing, saveDiscussion, savePlace, updateDistribution } from '../../../main/reports/report-records.ts';
import { importDocxDraft, saveReport } from '../../../main/reports/report-writing.ts';
import { readReports } from '../../../main/reports/reports-view.ts';
import type { Session } from '../../../main/security/session.ts';
import { assurance, count, discussion, lastAuditAction, makeEvidenceStore, newCase, paragraph, reportWith, type EvidenceStore } from './report-fixture.ts';

const REPORT_TABLES = ['report_versions', 'report_assurance', 'case_discussions', 'redaction_places', 'redaction_decisions', 'report_briefings', 'report_distributions', 'audit_events'] as const;

let store: EvidenceStore;
let caseX: string;
let caseY: string;
let placeId: number;
beforeAll(async () => {
  store = await makeEvidenceStore();
  caseX = newCase(store.officer).reference;
  caseY = newCase(store.officer).reference;
  await saveDiscussion(store.officer, caseX, discussion());
  placeId = (await savePlace(store.officer, caseX, { id: null, name: 'Larkspur Primary School', pseudonym: 'the school' })).places[0]!.id;
});
afterAll(() => store.cleanup());

type Call = (session: Session) => Promise<unknown>;

/** Every call that changes a case's report or what surrounds it. */
function writes(reference: string): Record<string, Call> {
  return {
    'reports.save': (session) => saveReport(session, reference, reportWith({ overview: [paragraph(`Written by someone at ${Date.now()}.`)] }), 'An attempt'),
    'reports.importDocx': (session) => importDocxDraft(session, reference, 'draft.docx', new Uint8Array([80, 75, 3, 4]), 'An attempt'),
    'reports.saveAssurance': (session) => saveAssurance(session, reference, assurance('chair')),
    'reports.saveDiscussion': (session) => saveDiscussion(session, reference, discussion()),
    'reports.pullFinding': (session) => pullFinding(session, reference, 'kolb.doDifferently.0', 'what-must-change'),
    'reports.savePlace': (session) => savePlace(session, reference, { id: null, name: 'Harbour Street', pseudonym: 'a street' }),
    'reports.removePlace': (session) => removePlace(session, reference, placeId),
    'reports.decide': (session) => decideRedaction(session, reference, { decision: 'accept', document: 'report', kind: 'phone', value: '07700 900123', place: 'report/overview/0' }),
    'reports.saveBriefing': (session) => saveBriefing(session, reference, { title: 'Learning', sections: Array.from({ length: 7 }, (_, index) => ({ heading: `Part ${index + 1}`, text: 'Short.' })) }, []),
    'reports.updateDistribution': (session) => updateDistribution(session, reference, 1, { mayForward: false, replyReceivedOn: null, reply: '', deletionConfirmedOn: null }),
  };
}

function counts(): Record<string, number> {
  return Object.fromEntries(REPORT_TABLES.map((table) => [table, count(store.officer, table)]));
}

async function expectRefused(session: Session, name: string, call: Call): Promise<void> {
  const before = counts();
  let refusal: unknown = null;
  try {
    await call(session);
  } catch (error) {
    refusal = error;
  }
  expect(refusal, name).toBeInstanceOf(AppError);
  expect((refusal as AppError).code, name).toBe('NOT_ALLOWED');
  expect(lastAuditAction(store.officer), name).toBe('access.refused');
  expect(counts(), name).toEqual({ ...before, audit_events: before.audit_events! + 1 });
}

describe('who may read and write a case’s report', () => {
  it('lets the lead reviewer assigned to a case write its report', async () => {
    const lead = await store.signIn('Ines Leadreviewer', 'lead-reviewer', caseX);
    const view = await saveReport(lead, caseX, reportWith({ overview: [paragraph('Child Q lived with Mother.')] }), 'First draft');
    expect(view.canWrite).toBe(true);
    expect(view.versions[0]).toMatchObject({ version: 1, savedBy: 'Ines Leadreviewer' });
    expect(reportToWrite(lead, caseX, 'write this case’s report').reference).toBe(caseX);
  });

  it('refuses that lead reviewer every call on another case’s report, auditing each refusal and writing nothing else', async () => {
    const lead = await store.signIn('Rhys Leadreviewer', 'lead-reviewer', caseX);
    for (const [name, call] of Object.entries(writes(caseY))) await expectRefused(lead, name, call);
    await expectRefused(lead, 'reports.get', (session) => readReports(session, caseY));
  });

  it('lets a screening panel member read the report but not change anything, each refusal audited', async () => {
    const panel = await store.signIn('Aled Panelmember', 'screening-panel');
    const view = await readReports(panel, caseX);
    expect(view.canWrite).toBe(false);
    expect(view.reference).toBe(caseX);
    expect(reportToRead(panel, caseX, 'see this case’s report').reference).toBe(caseX);
    for (const [name, call] of Object.entries(writes(caseX))) await expectRefused(panel, name, call);
  });

  it('answers an unknown reference as not found', async () => {
    let refusal: unknown = null;
    try {
      await readReports(store.officer, 'PRM-1999-999');
    } catch (error) {
      refusal = error;
    }
    expect((refusal as AppError).code).toBe('NOT_FOUND');
  });
});
