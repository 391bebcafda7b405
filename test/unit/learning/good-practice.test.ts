import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordSave } from '../../../shared/reviews/records.ts';
import { readGoodPractice } from '../../../main/learning/good-practice.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import type { Session } from '../../../main/security/session.ts';
import { paragraph, reportWith } from '../reports/report-fixture.ts';
import { goodOutcome, makeEvidenceStore, newCase, refusalOf, tagCase, type EvidenceStore } from './learning-fixture.ts';

const LA = "Salford City Council Children's Services";

function screened(decidedOn: string, decision: 'rapid-review' | 'good-outcome-review' | 'non-statutory-review'): RecordSave {
  return { type: 'screening', data: { decidedOn, decision, rationale: 'Invented rationale.', panel: [{ name: 'Morgan Chairperson', organisation: LA }] } };
}

describe('the good-practice view', () => {
  let store: EvidenceStore;
  let officer: Session;
  let good: { reference: string; id: number };
  let rapid: { reference: string; id: number };
  let local: { reference: string; id: number };
  beforeEach(async () => {
    store = await makeEvidenceStore();
    officer = store.officer;
    good = newCase(officer, { kindRequested: 'good-outcome-review', incidentDate: '2025-10-01', referralDate: '2025-10-02', goodOutcome: goodOutcome('Invented: one named lead professional made the difference for Child P.') });
    rapid = newCase(officer, { incidentDate: '2025-11-03', referralDate: '2025-11-04' });
    local = newCase(officer, { kindRequested: 'non-statutory-review', incidentDate: '2025-09-01', referralDate: '2025-09-02' });
    newCase(officer, { incidentDate: '2025-08-01', referralDate: '2025-08-04' });

    saveRecord(officer, good.reference, null, screened('2025-10-06', 'good-outcome-review'));
    saveRecord(officer, good.reference, null, { type: 'findings', data: { summary: 'Invented findings: the family chose who came to meetings.', completedOn: '2025-12-01' } });
    await saveReport(officer, good.reference, reportWith({ 'learning-points': [paragraph('An earlier point, since replaced.')] }), 'First draft of the report');
    await saveReport(officer, good.reference, reportWith({ 'learning-points': [{ type: 'list', ordered: true, items: ['Name one lead professional.', 'Let the family choose who comes.'] }] }), 'After the review group’s comments');
    tagCase(officer, good.reference, ['Child’s Lived Experience', 'Information Sharing']);

    saveRecord(officer, rapid.reference, null, screened('2025-11-07', 'rapid-review'));
    saveRecord(officer, rapid.reference, null, {
      type: 'meeting',
      data: { meetingKind: 'rapid-review', heldOn: '2025-11-20', startsAt: '10:00', chair: { name: 'Morgan Chairperson', organisation: LA }, potentialLearning: 'Invented: nobody asked who else lived in the house.' },
    });
    saveRecord(officer, local.reference, null, { type: 'findings', data: { summary: 'Invented findings of an audit.', completedOn: '2025-11-28' } });
  });
  afterEach(() => store.cleanup());

  it('puts the learning of good outcome reviews beside every other review’s, each with its source, decision date and themes', () => {
    const view = readGoodPractice(officer);
    expect(view.goodOutcome).toEqual([
      {
        reference: good.reference,
        kind: 'good-outcome-review',
        goodOutcome: true,
        decidedOn: '2025-10-06',
        themes: ['Child’s Lived Experience', 'Information Sharing'],
        learning: 'Invented: one named lead professional made the difference for Child P.',
        source: 'Referral: the learning for others',
      },
      expect.objectContaining({ reference: good.reference, source: 'Findings', learning: 'Invented findings: the family chose who came to meetings.' }),
      expect.objectContaining({ reference: good.reference, source: 'Report: learning points', learning: '1. Name one lead professional.\n2. Let the family choose who comes.' }),
    ]);
    // The most recently screened first; a review not yet screened last.
    expect(view.others).toEqual([
      { reference: rapid.reference, kind: 'rapid-review', goodOutcome: false, decidedOn: '2025-11-07', themes: [], learning: 'Invented: nobody asked who else lived in the house.', source: 'Rapid review meeting: potential learning' },
      { reference: local.reference, kind: 'non-statutory-review', goodOutcome: false, decidedOn: null, themes: [], learning: 'Invented findings of an audit.', source: 'Findings' },
    ]);
  });

  it('shows nothing of the cases to an administrator, who may list cases but not read them', () => {
    expect(readGoodPractice(store.admin)).toEqual({ goodOutcome: [], others: [] });
  });

  it('refuses someone whose role is on one case only', async () => {
    const reviewer = await store.signIn('Ines Reviewer', 'lead-reviewer', good.reference);
    expect(refusalOf(() => readGoodPractice(reviewer)).code).toBe('NOT_ALLOWED');
  });

  it('shows a screening panel member every case’s learning', async () => {
    const panel = await store.signIn('Sol Panelmember', 'screening-panel');
    const view = readGoodPractice(panel);
    expect([view.goodOutcome.length, view.others.length]).toEqual([3, 2]);
  });
});
