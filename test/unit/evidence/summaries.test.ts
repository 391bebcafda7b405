import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { acceptChronology } from '../../../main/evidence/chronology-returns.ts';
import { readEvidence } from '../../../main/evidence/evidence-view.ts';
import { recordReceived, saveRequest } from '../../../main/evidence/requests.ts';
import { importSummary, rateSummary, saveSummary } from '../../../main/evidence/summaries.ts';
import { readCase } from '../../../main/reviews/case-view.ts';
import { readDocument } from '../../../main/reviews/documents.ts';
import {
  asyncRefusalOf,
  auditDetails,
  chronologyWorkbook,
  count,
  events,
  evidenceCounts,
  expectNothingWritten,
  HEALTH,
  makeEvidenceStore,
  newCase,
  POLICE,
  refusalOf,
  request,
  summary,
  summaryWorkbook,
  testChange,
  type EvidenceStore,
} from './evidence-fixture.ts';

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const ANSWERS = {
  authorName: 'Łukasz Wiśniewski',
  authorRole: 'Detective Sergeant',
  completedOn: new Date(Date.UTC(2025, 10, 10)),
  involvementFrom: '03/02/2024',
  involvementTo: '1 Nov 2025',
  involvement: 'Invented involvement: two attendances at the family home.',
  livedExperience: 'Zoë said she hid in her room when the shouting started.',
  analysis: 'Officers did not ask to see the children on the first visit.',
  goodPractice: 'A prompt referral after the second attendance.',
  learning: 'See every child at every domestic abuse call.',
  immediateActions: 'Briefing given to response officers.',
  otherAgencies: 'Children’s Services, Education',
};

describe('agency summaries typed in', () => {
  it('saves a summary, rates it, and keeps the rating when the summary is corrected', () => {
    const { reference } = newCase(store.officer);
    let view = saveSummary(store.officer, reference, HEALTH, summary());
    expect(view.summaries).toEqual([expect.objectContaining({ agency: HEALTH, source: 'entered', savedBy: 'Ffion Officer', rating: null, form: expect.objectContaining({ authorName: 'Siân Ó Briain', completedOn: '2025-11-10' }) })]);
    expect(view.agencies).toContain(HEALTH);
    view = rateSummary(store.officer, reference, HEALTH, { rating: 'requires-improvement', note: 'The analysis does not say what could have been done differently.' });
    expect(view.summaries[0]!.rating).toMatchObject({ rating: 'requires-improvement', note: 'The analysis does not say what could have been done differently.', ratedBy: 'Ffion Officer' });
    view = saveSummary(store.officer, reference, HEALTH, summary({ analysis: 'Corrected analysis.' }));
    expect(view.summaries[0]).toMatchObject({ form: expect.objectContaining({ analysis: 'Corrected analysis.' }), rating: expect.objectContaining({ rating: 'requires-improvement' }) });
    expect(auditDetails(store.officer, 'evidence.summary-saved').slice(-2).map((details) => details.agency)).toEqual([HEALTH, HEALTH]);
    expect(auditDetails(store.officer, 'evidence.summary-rated').at(-1)).toMatchObject({ agency: HEALTH, rating: 'requires-improvement' });
  });

  it('refuses to rate a summary that has not arrived', () => {
    const { reference } = newCase(store.officer);
    const before = evidenceCounts(store.officer);
    const refusal = refusalOf(() => rateSummary(store.officer, reference, POLICE, { rating: 'good', note: '' }));
    expect(refusal.code).toBe('NOT_FOUND');
    expect(refusal.message).toBe(`There is no summary from ${POLICE} on case ${reference} to rate. Record or import the summary first.`);
    expectNothingWritten(store.officer, before);
  });

  it('refuses missing answers, dates in the future, involvement that ends before it begins, and an unknown agency, each by its path', () => {
    const { reference } = newCase(store.officer);
    const before = evidenceCounts(store.officer);
    expect(refusalOf(() => saveSummary(store.officer, reference, POLICE, summary({ authorName: ' ', involvement: '' }))).problems.map((problem) => problem.path)).toEqual(['summary.authorName', 'summary.involvement']);
    expect(refusalOf(() => saveSummary(store.officer, reference, POLICE, summary({ completedOn: '2099-01-01', involvementFrom: '2025-06-01', involvementTo: '2025-05-01' }))).problems).toEqual([
      { path: 'summary.completedOn', message: 'The date the summary was completed cannot be in the future' },
      { path: 'summary.involvementTo', message: 'The date the agency’s involvement ended must be on or after the date it began (2025-06-01)' },
    ]);
    expect(refusalOf(() => saveSummary(store.officer, reference, 'Ministry of Nowhere', summary())).problems).toEqual([{ path: 'agency', message: 'Choose an agency from the partnership’s list: “Ministry of Nowhere” is not on it' }]);
    expectNothingWritten(store.officer, before);
  });
});

describe('agency summaries imported from the returned workbook', () => {
  it('reads the "Agency summary" sheet, saves it as imported and keeps the workbook in the case’s documents', async () => {
    const { reference } = newCase(store.officer);
    const bytes = await summaryWorkbook(ANSWERS);
    const view = await importSummary(store.officer, reference, POLICE, { fileName: 'police summary.xlsx', bytes });
    expect(view.summaries).toEqual([
      expect.objectContaining({
        agency: POLICE,
        source: 'imported',
        form: expect.objectContaining({ authorName: 'Łukasz Wiśniewski', completedOn: '2025-11-10', involvementFrom: '2024-02-03', involvementTo: '2025-11-01', livedExperience: 'Zoë said she hid in her room when the shouting started.' }),
      }),
    ]);
    const kept = auditDetails(store.officer, 'evidence.summary-imported').at(-1)!;
    expect(kept).toMatchObject({ agency: POLICE, fileName: 'police summary.xlsx', sha256: sha(bytes), documentAdded: true });
    expect(readDocument(store.officer, reference, kept.documentId as number).content.equals(bytes)).toBe(true);
  });

  it('refuses a workbook with problems, listing every one, and saves nothing', async () => {
    const { reference } = newCase(store.officer);
    const bytes = await summaryWorkbook({ ...ANSWERS, authorName: '', completedOn: '31/02/2025', involvement: '' });
    const before = evidenceCounts(store.officer);
    const refusal = await asyncRefusalOf(() => importSummary(store.officer, reference, POLICE, { fileName: 'police summary.xlsx', bytes }));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.message).toBe(`The summary in “police summary.xlsx” has 3 problems, so nothing was imported. Ask ${POLICE} to correct the workbook, or type the summary in.`);
    expect(refusal.problems.map((problem) => problem.path)).toEqual(['contentBase64', 'contentBase64', 'contentBase64']);
    expect(refusal.problems.map((problem) => problem.message)).toEqual([
      'The answer to "Date completed" ("31/02/2025") is not a real date.',
      'Completed by (name): Enter the name of the person who completed the summary',
      'Summary of your agency’s involvement with the child and family: Enter a summary of your agency’s involvement',
    ]);
    expectNothingWritten(store.officer, before);
  });

  it('writes nothing at all when the store refuses the summary after the workbook went in', async () => {
    const { reference, id } = newCase(store.officer);
    testChange(store.officer, `CREATE TEMP TRIGGER refuse_a_summary BEFORE INSERT ON agency_summaries BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;`);
    try {
      const bytes = await summaryWorkbook(ANSWERS);
      const before = evidenceCounts(store.officer);
      await expect(importSummary(store.officer, reference, POLICE, { fileName: 'police summary.xlsx', bytes })).rejects.toThrow(/refused for the test/);
      expectNothingWritten(store.officer, before);
      expect(count(store.officer, 'case_documents', 'case_id = ?', id)).toBe(0);
    } finally {
      testChange(store.officer, 'DROP TRIGGER temp.refuse_a_summary;');
    }
  });
});

describe('the date an agency’s return was received', () => {
  it('is set to today once both its summary and its chronology are in, completing the clock; it can be cleared and set by hand', async () => {
    const { reference } = newCase(store.officer);
    const requestId = saveRequest(store.officer, reference, null, request(POLICE, '2026-03-02')).requests[0]!.id;
    let view = saveSummary(store.officer, reference, POLICE, summary());
    expect(view.requests[0]!.receivedOn).toBeNull();
    const bytes = await chronologyWorkbook(POLICE, events(3));
    view = await acceptChronology(store.officer, reference, POLICE, { fileName: 'police.xlsx', bytes }, { sha256: sha(bytes), acceptProblems: false });
    const today = todayInLondon();
    expect(view.requests[0]).toMatchObject({ receivedOn: today, state: 'received' });
    expect(auditDetails(store.officer, 'evidence.return-received').at(-1)).toMatchObject({ requestId, receivedOn: today, automatically: true });
    expect(readCase(store.officer, reference).clocks.find((clock) => clock.subject === POLICE)).toMatchObject({ completedOn: today, state: 'missed' });

    view = recordReceived(store.officer, reference, requestId, null);
    expect(view.requests[0]!.receivedOn).toBeNull();
    view = recordReceived(store.officer, reference, requestId, '2026-03-06');
    // A date set by hand is never overwritten by a later piece of evidence.
    view = saveSummary(store.officer, reference, POLICE, summary({ analysis: 'Corrected.' }));
    expect(view.requests[0]!.receivedOn).toBe('2026-03-06');
    expect(readCase(store.officer, reference).clocks.find((clock) => clock.subject === POLICE)).toMatchObject({ completedOn: '2026-03-06', state: 'met' });
  });

  it('keeps a workbook holding both the summary and the chronology once in the documents', async () => {
    const { reference, id } = newCase(store.officer);
    saveRequest(store.officer, reference, null, request(HEALTH, '2026-03-02'));
    const bytes = await summaryWorkbook(ANSWERS, { agency: HEALTH, events: events(2) });
    await importSummary(store.officer, reference, HEALTH, { fileName: 'health return.xlsx', bytes });
    const view = await acceptChronology(store.officer, reference, HEALTH, { fileName: 'health return.xlsx', bytes }, { sha256: sha(bytes), acceptProblems: false });
    expect(view.summaries[0]!.source).toBe('imported');
    expect(view.returns[0]!.rowCount).toBe(2);
    expect(view.requests[0]!.receivedOn).toBe(todayInLondon());
    expect(count(store.officer, 'case_documents', 'case_id = ?', id)).toBe(1);
    expect(readEvidence(store.officer, reference).returns[0]!.documentId).toBe(auditDetails(store.officer, 'evidence.summary-imported').at(-1)!.documentId);
  });
});
