/**
 * A case's action plan as one view: recommendations numbered in the order they were made, each
 * with its actions; whether each action is overdue, worked out for today in London; the counts;
 * the partnership's agencies; and the case discussion's findings offered as recommendations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionPlanView } from '../../../shared/actions/action-plan.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { readActionPlan } from '../../../main/actions/action-plan-view.ts';
import { removeRecommendation, updateProgress } from '../../../main/actions/action-plan-writing.ts';
import { knownAgencies } from '../../../main/evidence/agencies.ts';
import { saveDiscussion } from '../../../main/reports/case-discussion.ts';
import { discussion } from '../reports/report-fixture.ts';
import { actionIn, addAction, addRecommendation, completeAction, daysFromToday, FAR_AHEAD, HEALTH, LONG_AGO, makeEvidenceStore, newCase, POLICE, type EvidenceStore } from './action-plan-fixture.ts';

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

describe('a case’s action plan', () => {
  it('is empty on a new case, with nothing to count and no findings before the case discussion', () => {
    const { reference } = newCase(store.officer);
    const view = actionPlanView.parse(readActionPlan(store.officer, reference));
    expect(view).toMatchObject({ reference, today: todayInLondon(), canChange: true, recommendations: [], updatesReceived: [], findings: [], counts: { actions: 0, complete: 0, overdue: 0, withAcceptedEvidence: 0 } });
    expect(view.agencies).toEqual(knownAgencies(store.officer.store.db).map((agency) => agency.name));
    expect(view.agencies).toContain(POLICE);
  });

  it('numbers recommendations in the order they were made, and again after one is removed', () => {
    const { reference } = newCase(store.officer);
    const first = addRecommendation(store.officer, reference, { text: 'First recommendation' });
    const second = addRecommendation(store.officer, reference, { text: 'Second recommendation', type: 'single-agency' });
    const third = addRecommendation(store.officer, reference, { text: 'Third recommendation', type: 'national' });
    let view = readActionPlan(store.officer, reference);
    expect(view.recommendations.map(({ id, number, text, type }) => ({ id, number, text, type }))).toEqual([
      { id: first, number: 1, text: 'First recommendation', type: 'multi-agency' },
      { id: second, number: 2, text: 'Second recommendation', type: 'single-agency' },
      { id: third, number: 3, text: 'Third recommendation', type: 'national' },
    ]);
    view = removeRecommendation(store.officer, reference, second);
    expect(view.recommendations.map(({ id, number }) => ({ id, number }))).toEqual([
      { id: first, number: 1 },
      { id: third, number: 2 },
    ]);
  });

  it('works out which actions are overdue today: open and due before today, never closed ones, not one due today', () => {
    const { reference } = newCase(store.officer);
    const one = addRecommendation(store.officer, reference);
    const two = addRecommendation(store.officer, reference, { type: 'partnership-wide' });
    const longAgo = addAction(store.officer, reference, one, { dueOn: LONG_AGO });
    const yesterdayInProgress = addAction(store.officer, reference, one, { dueOn: daysFromToday(-1), agency: HEALTH });
    const dueToday = addAction(store.officer, reference, one, { dueOn: daysFromToday(0) });
    const completeLate = addAction(store.officer, reference, two, { dueOn: LONG_AGO });
    const notNeeded = addAction(store.officer, reference, two, { dueOn: LONG_AGO });
    const ahead = addAction(store.officer, reference, two, { dueOn: FAR_AHEAD });
    updateProgress(store.officer, reference, yesterdayInProgress, { status: 'in-progress', completedOn: null, evidence: '', evidenceAcceptedOn: null });
    completeAction(store.officer, reference, completeLate, daysFromToday(-3), { accepted: true });
    updateProgress(store.officer, reference, notNeeded, { status: 'no-longer-needed', completedOn: null, evidence: '', evidenceAcceptedOn: null });

    const view = actionPlanView.parse(readActionPlan(store.officer, reference));
    const overdue = (id: number) => actionIn(view, id).overdue;
    expect([longAgo, yesterdayInProgress, dueToday, completeLate, notNeeded, ahead].map(overdue)).toEqual([true, true, false, false, false, false]);
    expect(view.recommendations.map((recommendation) => recommendation.actions.map((action) => action.id))).toEqual([
      [longAgo, yesterdayInProgress, dueToday],
      [completeLate, notNeeded, ahead],
    ]);
    expect(view.counts).toEqual({ actions: 6, complete: 1, overdue: 2, withAcceptedEvidence: 1 });
    expect(actionIn(view, yesterdayInProgress)).toMatchObject({ agency: HEALTH, status: 'in-progress', recommendationId: one });
    expect(actionIn(view, completeLate)).toMatchObject({ status: 'complete', completedOn: daysFromToday(-3), evidenceAcceptedOn: daysFromToday(-3) });
    expect(actionIn(view, longAgo).uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('offers the case discussion’s findings, what we will do differently and what needs to happen first', async () => {
    const { reference } = newCase(store.officer);
    await saveDiscussion(store.officer, reference, discussion());
    const { findings } = readActionPlan(store.officer, reference);
    expect(findings.slice(0, 5)).toEqual([
      { path: 'kolb.doDifferently.0', frame: 'Kolb’s learning cycle: what we will do differently', text: 'Hold a multi-agency meeting when two agencies raise concerns.' },
      { path: 'kolb.doDifferently.1', frame: 'Kolb’s learning cycle: what we will do differently', text: 'Ask about every adult in the household at each visit.' },
      { path: 'signsOfSafety.needsToHappen.0', frame: 'Signs of Safety: what needs to happen', text: 'A shared plan.' },
      { path: 'problemTree.rootCauses.0', frame: 'Problem Tree: root causes', text: 'No shared record of concerns.' },
      { path: 'problemTree.coreProblem', frame: 'Problem Tree: core problem', text: 'Concerns were held by each agency alone.' },
    ]);
    // Every finding written down is offered, once each.
    expect(findings).toHaveLength(11);
    expect(new Set(findings.map((finding) => finding.path)).size).toBe(11);
    const taken = addRecommendation(store.officer, reference, { text: findings[0]!.text, fromFinding: findings[0]!.path });
    expect(readActionPlan(store.officer, reference).recommendations.find((recommendation) => recommendation.id === taken)?.fromFinding).toBe('kolb.doDifferently.0');
  });
});
