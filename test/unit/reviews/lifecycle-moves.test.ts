import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import type { RecordSave } from '../../../shared/reviews/records.ts';
import { saveRecord, removeRecord } from '../../../main/reviews/case-records.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { readCase } from '../../../main/reviews/case-view.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { addChild, auditCount, expectRefusedMove, HEALTH, LA, makeLifecycleStore, meeting, POLICE, QUORATE, refusalOf, type LifecycleStore } from './lifecycle-fixture.ts';
import { moveCase } from '../../../main/reviews/moves.ts';

let store: LifecycleStore;
beforeAll(async () => {
  store = await makeLifecycleStore();
});
afterAll(() => store.cleanup());

function save(view: CaseView, record: RecordSave, id: number | null = null): CaseView {
  return saveRecord(store.officer, view.summary.reference, id, record);
}

function recordId(view: CaseView, type: string): number {
  return view.records.filter((record) => record.type === type).at(-1)!.id;
}

describe('a rapid review that becomes an LCSPR', () => {
  it('is guarded at every stage, and stays one case with one reference and one history', () => {
    let view = createCase(store.officer, demoReferral({ kindRequested: 'rapid-review', incidentDate: '2026-08-30', referralDate: '2026-09-01', agencies: ['Education', POLICE] }));
    const reference = view.summary.reference;
    expect(reference).toBe('PRM-2026-001');

    expectRefusedMove(store.officer, view, 'screening', /cannot move to Screening yet: Add at least one child to the case\./);
    addChild(store.officer, view.summary.id);
    view = moveCase(store.officer, reference, 'screening');
    expect(view.summary.stage).toBe('screening');

    expectRefusedMove(store.officer, view, 'information-gathering', /Record the screening decision and its rationale\./);
    view = save(view, { type: 'screening', data: { decidedOn: '2026-09-04', decision: 'rapid-review', rationale: 'Serious harm, neglect suspected.', panel: [{ name: 'Ash Panelmember', organisation: LA }] } });
    expectRefusedMove(store.officer, view, 'closed', /The screening decision was “Serious Incident Notification: rapid review”, so the case moves to Information gathering\./);
    view = moveCase(store.officer, reference, 'information-gathering');

    expectRefusedMove(store.officer, view, 'rapid-review-meeting', /Schedule the rapid review meeting\./);
    view = save(view, { type: 'meeting', data: meeting() });
    const meetingId = recordId(view, 'meeting');
    view = moveCase(store.officer, reference, 'rapid-review-meeting');

    expectRefusedMove(store.officer, view, 'national-panel', /Record the outcome of a quorate rapid review meeting\./);
    view = save(view, { type: 'meeting', data: meeting({ attendees: QUORATE, outcome: 'lcspr', outcomeRationale: 'Learning about neglect.' }) }, meetingId);
    expectRefusedMove(store.officer, view, 'national-panel', /Record the endorsement of the outcome by the Independent Scrutineer, Local Authority, Police and ICB \(health\)\./);

    const endorse = (capacity: 'scrutineer' | 'local-authority' | 'police' | 'health', organisation: string, endorses: boolean, escalatedOn: string | null = null) =>
      save(view, { type: 'endorsement', data: { meetingId, capacity, person: { name: `Endorser ${capacity}`, organisation }, endorses, recordedOn: '2026-09-16', escalatedOn } });
    view = endorse('scrutineer', 'Business Unit', true);
    view = endorse('local-authority', LA, true);
    view = endorse('health', HEALTH, true);
    view = endorse('police', POLICE, false);
    const policeEndorsement = recordId(view, 'endorsement');
    expectRefusedMove(store.officer, view, 'national-panel', /Record when the disagreement of Police was escalated to the Safeguarding Executive\./);
    view = save(view, { type: 'endorsement', data: { meetingId, capacity: 'police', person: { name: 'Endorser police', organisation: POLICE }, endorses: false, recordedOn: '2026-09-16', escalatedOn: '2026-09-17' } }, policeEndorsement);
    view = moveCase(store.officer, reference, 'national-panel');

    expectRefusedMove(store.officer, view, 'lcspr-set-up', /Record the date the Local Authority notified the National Panel\./, /Record the date the rapid review report was sent to the National Panel\./);
    view = save(view, { type: 'notification', data: { laAwareOn: '2026-08-30', notifiedOn: '2026-09-02' } });
    view = save(view, { type: 'panel-response', data: { reportSentOn: '2026-09-20', respondedOn: '2026-10-01', response: 'agrees' } });
    expectRefusedMove(store.officer, view, 'method', /The rapid-review outcome was “Local child safeguarding practice review”, not “Other local review or learning event”\./);
    expect(view.moves).toEqual([{ to: 'lcspr-set-up', kind: 'lcspr', label: 'Move to LCSPR set-up as a local child safeguarding practice review', unmet: [] }]);
    const eventsBefore = auditCount(store.officer);
    view = moveCase(store.officer, reference, 'lcspr-set-up');
    expect(auditCount(store.officer)).toBe(eventsBefore + 1);
    const moved = store.officer.store.db.prepare(`SELECT action, record_id AS recordId FROM audit_events ORDER BY seq DESC LIMIT 1`).get();
    expect(moved).toEqual({ action: 'case.moved', recordId: String(view.summary.id) });

    expect(view.summary).toMatchObject({ reference, kind: 'lcspr', stage: 'lcspr-set-up' });
    expect(store.officer.store.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
    expect(view.timeline.map((stage) => `${stage.kind}/${stage.stage}/${stage.state}`)).toEqual([
      'rapid-review/referral/done',
      'rapid-review/screening/done',
      'rapid-review/information-gathering/done',
      'rapid-review/rapid-review-meeting/done',
      'rapid-review/national-panel/done',
      'lcspr/lcspr-set-up/current',
      'lcspr/review/to-come',
      'lcspr/report/to-come',
      'lcspr/factual-accuracy/to-come',
      'lcspr/sign-off/to-come',
      'lcspr/publication/to-come',
      'lcspr/action-plan/to-come',
      'lcspr/closed/to-come',
    ]);
    // The lead reviewer is due 10 working days after the meeting that decided on the LCSPR.
    expect(view.clocks.find((clock) => clock.clock === 'lead-reviewer')).toMatchObject({ startsOn: '2026-09-15', dueOn: '2026-09-29', state: 'open' });
    expect(view.timeline.find((stage) => stage.stage === 'lcspr-set-up')!.dueOn).toBe('2026-09-29');

    expectRefusedMove(
      store.officer,
      view,
      'review',
      /Record the LCSPR set-up/,
    );
    view = save(view, { type: 'lcspr-set-up', data: { leadReviewerName: 'Alex Reviewer', leadReviewerAppointedOn: '2026-09-25', meetsSpecification: true, hasReadPolicy: false, contractSigned: false, familyInvolved: false } });
    expectRefusedMove(
      store.officer,
      view,
      'review',
      /Confirm the lead reviewer’s checks: they have read the policy and their contract is signed\./,
      /Record the terms of reference\./,
      /Choose the method of the review\./,
      /Record how the child and family are involved, or the reasons why not\./,
    );
    view = save(view, {
      type: 'lcspr-set-up',
      data: { leadReviewerName: 'Alex Reviewer', leadReviewerAppointedOn: '2026-09-25', meetsSpecification: true, hasReadPolicy: true, contractSigned: true, termsOfReference: 'What happened and why.', method: 'appreciative-inquiry', familyInvolved: false, familyNotInvolvedReasons: 'The family declined.' },
    });
    expect(view.clocks.find((clock) => clock.clock === 'lead-reviewer')).toMatchObject({ completedOn: '2026-09-25', state: 'met' });
    view = moveCase(store.officer, reference, 'review');
    view = moveCase(store.officer, reference, 'report');
    view = moveCase(store.officer, reference, 'factual-accuracy');

    expectRefusedMove(store.officer, view, 'sign-off', /Record the draft report sent to at least one agency for factual accuracy\./);
    view = save(view, { type: 'factual-accuracy', data: { agency: 'Education', sentOn: '2026-10-20' } });
    view = save(view, { type: 'factual-accuracy', data: { agency: POLICE, sentOn: '2026-10-20', returnedOn: '2026-10-28' } });
    expectRefusedMove(store.officer, view, 'sign-off', /Record the factual-accuracy reply from Education\./);
    view = save(view, { type: 'factual-accuracy', data: { agency: 'Education', sentOn: '2026-10-20', returnedOn: '2026-11-05' } }, view.records.find((record) => record.type === 'factual-accuracy')!.id);
    view = moveCase(store.officer, reference, 'sign-off');

    expectRefusedMove(store.officer, view, 'publication', /Record the sign-off of the report by Local Authority, Police and ICB \(health\)\./);
    view = save(view, { type: 'sign-off', data: { partner: 'local-authority', person: { name: 'Lee Director', organisation: LA }, signedOn: '2026-11-10' } });
    view = save(view, { type: 'sign-off', data: { partner: 'police', person: { name: 'Kim Superintendent', organisation: POLICE }, signedOn: '2026-11-10' } });
    expectRefusedMove(store.officer, view, 'publication', /Record the sign-off of the report by ICB \(health\)\./);
    view = save(view, { type: 'sign-off', data: { partner: 'health', person: { name: 'Pat Chiefnurse', organisation: HEALTH }, signedOn: '2026-11-11' } });
    view = moveCase(store.officer, reference, 'publication');

    expectRefusedMove(store.officer, view, 'action-plan', /Record the publication decision\./);
    view = save(view, { type: 'publication', data: { decision: 'publish', publicationDate: '2026-11-20', panelCopySentOn: '2026-11-18' } });
    expectRefusedMove(store.officer, view, 'action-plan', /at least 7 days before publication \(on or before 2026-11-13\)/);
    view = save(view, { type: 'publication', data: { decision: 'publish', publicationDate: '2026-11-20', panelCopySentOn: '2026-11-12' } });
    view = moveCase(store.officer, reference, 'action-plan');
    view = moveCase(store.officer, reference, 'closed');
    expect(view.summary.closedOn).toBe(view.today);
    expect(view.moves).toEqual([]);
    expect(readCase(store.officer, reference).summary.reference).toBe(reference);
  });
});

describe('the other kinds', () => {
  it('guards a non-statutory review’s method and findings', () => {
    let view = createCase(store.officer, demoReferral({ kindRequested: 'non-statutory-review', incidentDate: '2026-06-01', referralDate: '2026-06-03' }));
    addChild(store.officer, view.summary.id);
    moveCase(store.officer, view.summary.reference, 'screening');
    view = save(view, { type: 'screening', data: { decidedOn: '2026-06-05', decision: 'non-statutory-review', rationale: 'Learning, criteria not met.', panel: [{ name: 'Ash Panelmember', organisation: LA }] } });
    view = moveCase(store.officer, view.summary.reference, 'method');
    expectRefusedMove(store.officer, view, 'review', /Record the method chosen for the review\./);
    view = save(view, { type: 'method', data: { method: 'learning-event', chosenOn: '2026-06-10' } });
    moveCase(store.officer, view.summary.reference, 'review');
    view = moveCase(store.officer, view.summary.reference, 'report');
    expectRefusedMove(store.officer, view, 'action-plan', /Record the findings of the review\./);
    save(view, { type: 'findings', data: { summary: 'Findings.', completedOn: '2026-08-01' } });
    expect(moveCase(store.officer, view.summary.reference, 'action-plan').summary.stage).toBe('action-plan');
  });

  it('guards a serious offence review’s meetings, and a screening decision changes the kind', () => {
    let view = createCase(store.officer, demoReferral({ kindRequested: 'non-statutory-review', incidentDate: '2026-05-01', referralDate: '2026-05-02' }));
    addChild(store.officer, view.summary.id);
    moveCase(store.officer, view.summary.reference, 'screening');
    view = save(view, { type: 'screening', data: { decidedOn: '2026-05-06', decision: 'serious-offence-review', rationale: 'A child charged.', panel: [{ name: 'Ash Panelmember', organisation: LA }] } });
    view = moveCase(store.officer, view.summary.reference, 'information-gathering');
    expect(view.summary.kind).toBe('serious-offence-review');
    expectRefusedMove(store.officer, view, 'review-meeting', /Schedule the multi-agency review meeting\./);
    view = save(view, { type: 'meeting', data: meeting({ meetingKind: 'review-meeting', heldOn: '2026-05-20', papersSharedOn: '2026-05-18' }) });
    view = moveCase(store.officer, view.summary.reference, 'review-meeting');
    expectRefusedMove(store.officer, view, 'report', /Record the outcome of the multi-agency review meeting\./);
  });

  it('says there is no LCSPR without a recorded rapid-review outcome', () => {
    const view = createCase(store.officer, demoReferral({ incidentDate: '2026-04-01', referralDate: '2026-04-02' }));
    // A case imported at the National Panel stage with no meeting recorded.
    store.officer.store.change((db, audit) => {
      db.prepare(`UPDATE cases SET stage = 'national-panel' WHERE id = ?`).run(view.summary.id);
      audit({ actorId: store.officer.userId, action: 'test.stage-set', recordType: 'case', recordId: view.summary.id });
    });
    const refusal = expectRefusedMove(store.officer, view, 'lcspr-set-up', /there is no LCSPR without a recorded rapid-review outcome/);
    expect(refusal.message).toMatch(/^This case cannot move to LCSPR set-up yet: /);
    expect(readCase(store.officer, view.summary.reference).moves.map((move) => move.to)).toEqual(['lcspr-set-up', 'method', 'closed']);
  });

  it('refuses a move that is not on the case’s way, naming where it can go', () => {
    const view = createCase(store.officer, demoReferral({ incidentDate: '2026-04-01', referralDate: '2026-04-03' }));
    expectRefusedMove(store.officer, view, 'publication', /cannot move to Publication: from Referral it can move to Screening/);
  });
});

describe('records that join others', () => {
  it('refuses a rapid-review outcome from an inquorate meeting, naming the partners missing', () => {
    const view = createCase(store.officer, demoReferral({ incidentDate: '2026-07-01', referralDate: '2026-07-02' }));
    const before = auditCount(store.officer);
    const refusal = refusalOf(() => save(view, { type: 'meeting', data: meeting({ heldOn: '2026-07-10', papersSharedOn: '2026-07-08', attendees: [{ name: 'Sam Teacher', organisation: 'education' }], outcome: 'lcspr' }) }));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems).toEqual([
      {
        path: 'record.data.outcome',
        message: 'The meeting was not quorate: nobody attended from Police or ICB (health). Record the attendance of each statutory partner before recording an outcome.',
      },
    ]);
    expect(auditCount(store.officer)).toBe(before);
    expect(readCase(store.officer, view.summary.reference).records.filter((record) => record.type === 'meeting')).toEqual([]);
  });

  it('judges attendance by organisation, whatever its case, and shows each meeting’s quorum', () => {
    let view = createCase(store.officer, demoReferral({ incidentDate: '2026-07-01', referralDate: '2026-07-02' }));
    view = save(view, { type: 'meeting', data: meeting({ heldOn: '2026-07-10', papersSharedOn: '2026-07-08', attendees: [{ name: 'Dana Constable', organisation: 'greater manchester police' }] }) });
    expect(view.meetings).toEqual([{ meetingId: recordId(view, 'meeting'), quorate: false, partnersPresent: ['local-authority', 'police'], missing: ['ICB (health)'] }]);
    view = save(view, { type: 'meeting', data: meeting({ heldOn: '2026-07-10', papersSharedOn: '2026-07-08', attendees: QUORATE, outcome: 'no-further-action' }) }, recordId(view, 'meeting'));
    expect(view.meetings[0]!.quorate).toBe(true);
  });

  it('records who entered a decision on behalf of the people named in it', () => {
    let view = createCase(store.officer, demoReferral({ incidentDate: '2026-07-01', referralDate: '2026-07-02' }));
    view = save(view, { type: 'meeting', data: meeting({ heldOn: '2026-07-10', papersSharedOn: '2026-07-08', attendees: QUORATE }) });
    const stored = view.records.find((record) => record.type === 'meeting')!;
    expect(stored.enteredBy).toBe('Wren Officer');
    expect(stored.onBehalfOf.map((person) => person.name)).toEqual(['Morgan Chairperson', 'Dana Constable', 'Jo Nurse']);
  });

  it('refuses an endorsement of a meeting on another case, and the removal of the referral', () => {
    const first = createCase(store.officer, demoReferral({ incidentDate: '2026-07-01', referralDate: '2026-07-02' }));
    const withMeeting = save(first, { type: 'meeting', data: meeting({ heldOn: '2026-07-10', papersSharedOn: '2026-07-08' }) });
    const second = createCase(store.officer, demoReferral({ incidentDate: '2026-07-01', referralDate: '2026-07-02' }));
    const refusal = refusalOf(() =>
      save(second, { type: 'endorsement', data: { meetingId: recordId(withMeeting, 'meeting'), capacity: 'police', person: { name: 'Dana Constable', organisation: POLICE }, endorses: true, recordedOn: '2026-07-11' } }),
    );
    expect(refusal.problems).toEqual([{ path: 'record.data.meetingId', message: 'Choose a meeting of this case' }]);
    expect(refusalOf(() => removeRecord(store.officer, first.summary.reference, recordId(first, 'referral'))).message).toMatch(/The referral cannot be removed/);
    const removed = removeRecord(store.officer, first.summary.reference, recordId(withMeeting, 'meeting'));
    expect(removed.records.map((record) => record.type)).toEqual(['referral']);
    expect(removed.clocks.some((clock) => clock.clock === 'papers')).toBe(false);
  });

  it('offers every move with what it still needs', () => {
    const view = createCase(store.officer, demoReferral({ incidentDate: '2026-07-01', referralDate: '2026-07-02' }));
    expect(view.moves).toEqual([{ to: 'screening', kind: 'rapid-review', label: 'Move to Screening', unmet: ['Add at least one child to the case.'] }]);
  });
});
