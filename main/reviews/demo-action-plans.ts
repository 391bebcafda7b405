/**
 * Action plans for the demonstration cases (main/reviews/demo-cases.ts), so the action plan,
 * the actions agencies owe, the dashboard's overdue list and the action figures have something
 * to show: on every review past its report, a recommendation or two with SMART actions owned by
 * the case's agencies — some complete with evidence accepted, some in progress, some overdue.
 * Invented data only; written in one change with one audit event, as the demo cases are.
 */
import { randomUUID } from 'node:crypto';
import { fakerEN_GB as faker } from '@faker-js/faker';
import { RECOMMENDATION_TYPES, type PlanStatus } from '../../shared/actions/action-plan.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { knownAgencies } from '../evidence/agencies.ts';
import type { Session } from '../security/session.ts';
import type { CaseSummary } from '../store/repositories/cases.ts';
import { insertAction, updateActionProgress } from '../store/repositories/plan-actions.ts';
import { insertRecommendation } from '../store/repositories/plan-recommendations.ts';

const RECOMMENDATIONS = [
  { text: 'Agencies meet together whenever two of them raise concerns about the same child.', systemicFactor: 'Concerns were held by each agency alone.' },
  { text: 'Practitioners ask about every adult in the household at each visit.', systemicFactor: 'Assessments relied on what one parent said about who lived there.' },
  { text: 'Managers support practitioners to challenge decisions across agencies.', systemicFactor: 'Disagreements were not escalated.' },
] as const;

const ACTIONS = [
  { what: 'Audit twenty strategy discussions for who attended and what was shared.', outcome: 'Every strategy discussion includes health and education.' },
  { what: 'Add household-membership questions to the health visiting template.', outcome: 'Records show who lives with the child at every contact.' },
  { what: 'Run two escalation workshops for team managers.', outcome: 'Managers use the escalation policy when they disagree.' },
  { what: 'Brief designated safeguarding leads on the learning from this review.', outcome: 'School staff recognise the signs described in the review.' },
] as const;

const PAST_REPORT = new Set(['factual-accuracy', 'sign-off', 'publication', 'action-plan', 'closed']);

/** Which demo cases get a plan: reviews that have reached, or passed, their report. */
function plannedCases(cases: readonly CaseSummary[]): CaseSummary[] {
  return cases.filter((summary) => summary.kind !== 'rapid-review' && summary.kind !== 'care-leaver-signpost' && (PAST_REPORT.has(summary.stage) || summary.stage === 'report'));
}

export function addDemoActionPlans(session: Session, cases: readonly CaseSummary[], now: Date = new Date()): void {
  session.authorise('cases.create', 'add demonstration action plans');
  const today = todayInLondon(now);
  const at = now.toISOString();
  const store = session.store;
  store.change((db, audit) => {
    const agencies = knownAgencies(db);
    if (agencies.length === 0) return;
    let actions = 0;
    const planned = plannedCases(cases);
    for (const [caseIndex, summary] of planned.entries()) {
      const owners = agencies.filter((agency) => summary.agencies.includes(agency.name));
      const pool = owners.length > 0 ? owners : agencies;
      for (const [index, recommendation] of RECOMMENDATIONS.slice(0, 1 + (caseIndex % 2)).entries()) {
        const recommendationId = insertRecommendation(db, summary.id, { ...recommendation, type: RECOMMENDATION_TYPES[(caseIndex + index) % 3]!, fromFinding: '' }, session.userId, at);
        for (const [actionIndex, action] of ACTIONS.slice(index, index + 2).entries()) {
          const turn = (caseIndex + index + actionIndex) % 4;
          // Due dates either side of today, so some are overdue, some done, some not yet due.
          const dueOn = addCalendarDays(today, [-90, -20, 30, 120][turn]!);
          const id = insertAction(
            db,
            summary.id,
            randomUUID(),
            { recommendationId, what: action.what, organisationId: pool[(caseIndex + actionIndex) % pool.length]!.id, responsiblePerson: faker.person.jobTitle(), dueOn, intendedOutcome: action.outcome },
            session.userId,
            at,
          );
          const status: PlanStatus = (['complete', 'in-progress', 'in-progress', 'not-started'] as const)[turn]!;
          if (status !== 'not-started') {
            const done = status === 'complete';
            updateActionProgress(
              db,
              summary.id,
              id,
              {
                status,
                completedOn: done ? addCalendarDays(dueOn, -5) : null,
                evidence: done ? 'The audit found every strategy discussion since the change included health and education.' : '',
                evidenceAcceptedOn: done ? addCalendarDays(dueOn, 3) : null,
              },
              session.userId,
              at,
            );
          }
          actions += 1;
        }
      }
    }
    audit({ actorId: session.userId, action: 'demo.action-plans-added', recordType: 'store', recordId: store.storeId, details: { cases: planned.length, actions } });
  });
}
