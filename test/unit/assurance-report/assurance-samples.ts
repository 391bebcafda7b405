/**
 * Hand-made assurance report inputs for the layout tests: a case's plan with every state an
 * action can be in (overdue, not yet due, complete with and without accepted evidence, no longer
 * needed), long texts that wrap, evidence files, and a recommendation with no actions yet; and an
 * agency's actions across two reviews. Invented people only, some with letters outside Latin-1.
 */
import type { ActionView, PlanStatus } from '../../../shared/actions/action-plan.ts';
import type { AssuranceRecommendation, AssuranceReportInput } from '../../../main/exports/pdf/assurance-input.ts';
import { assuranceTotals, totalsByGroup } from '../../../main/actions/assurance-totals.ts';

export const MADE_ON = '2026-03-10';
export const POLICE = 'Greater Manchester Police';
export const HEALTH = 'NHS GM ICB Salford locality';
export const EDUCATION = 'Education';

let nextId = 1;

export function sampleAction(overrides: Partial<ActionView> & { status?: PlanStatus } = {}): ActionView {
  const id = nextId++;
  return {
    id,
    uid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    recommendationId: 1,
    what: `Sample action ${id}`,
    agency: POLICE,
    responsiblePerson: 'Detective Inspector Zoë Łukasiewicz',
    dueOn: '2026-06-30',
    intendedOutcome: 'Officers ask about every adult in the household.',
    status: 'not-started',
    completedOn: null,
    evidence: '',
    evidenceFiles: [],
    evidenceAcceptedOn: null,
    overdue: false,
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...overrides,
  };
}

const LONG = 'Every strategy discussion records who attended, what each agency knew about the household beforehand, and which questions about the unseen adults were asked and answered. ';

export function caseRecommendations(): AssuranceRecommendation[] {
  return [
    {
      number: 1,
      type: 'multi-agency',
      systemicFactor: 'Information about men in the household was held by single agencies and not shared.',
      text: 'Agencies share what they know about every adult in a child’s household at the first strategy discussion.',
      actions: [
        sampleAction({ what: 'Add a question about unseen adults to the strategy discussion template.', status: 'in-progress', dueOn: '2026-01-31', overdue: true, evidence: 'Draft template circulated to team managers.' }),
        sampleAction({
          what: 'Audit twenty strategy discussions for the new question.',
          agency: HEALTH,
          responsiblePerson: 'Named nurse Siân Ó Briain',
          status: 'complete',
          completedOn: '2026-02-20',
          evidence: LONG.repeat(3).trim(),
          evidenceFiles: [{ documentId: 4, name: 'Audit of strategy discussions.xlsx', size: 20_480, addedOn: '2026-02-21' }, { documentId: 5, name: 'Briefing note – Łódź visit.pdf', size: 1_024, addedOn: '2026-02-22' }],
          evidenceAcceptedOn: '2026-03-01',
          intendedOutcome: LONG.trim(),
        }),
        sampleAction({ what: 'Brief designated safeguarding leads on the change.', agency: EDUCATION, responsiblePerson: 'Head of inclusion Ngozi Adébáyọ̀', status: 'complete', completedOn: '2026-02-10', evidence: 'Briefing delivered to 34 schools.' }),
      ],
    },
    {
      number: 2,
      type: 'single-agency',
      systemicFactor: 'Missed health appointments were not escalated.',
      text: 'Health visitors escalate a second missed appointment to their safeguarding supervisor.',
      actions: [
        sampleAction({ what: 'Update the missed appointments policy.', agency: HEALTH, responsiblePerson: 'Safeguarding lead Ffion Hughes', status: 'no-longer-needed' }),
        sampleAction({ what: 'Train health visitors in the escalation route.', agency: HEALTH, responsiblePerson: 'Safeguarding lead Ffion Hughes', status: 'not-started', dueOn: '2026-09-30' }),
      ],
    },
    { number: 3, type: 'national', systemicFactor: 'National guidance is silent on unseen adults.', text: 'The partnership writes to the National Panel about guidance on unseen adults.', actions: [] },
  ];
}

export function caseInput(overrides: Partial<AssuranceReportInput> = {}): AssuranceReportInput {
  const recommendations = caseRecommendations();
  const actions = recommendations.flatMap((recommendation) => recommendation.actions);
  return {
    scope: 'case',
    subject: 'PRM-2025-014',
    partnershipName: 'Northam Safeguarding Children Partnership',
    letterhead: null,
    madeOn: MADE_ON,
    totals: assuranceTotals(actions),
    // By agency in alphabetical order, as main/actions/assurance-case-data.ts gives them.
    breakdown: totalsByGroup(actions, (action) => action.agency, [...new Set(actions.map((action) => action.agency))].sort((a, b) => a.localeCompare(b, 'en-GB'))),
    cases: [{ reference: 'PRM-2025-014', kindLabel: 'Rapid review', recommendations }],
    ...overrides,
  };
}

/** Police's actions across two reviews: the case above and another with many actions. */
export function agencyInput(extraActions = 12): AssuranceReportInput {
  const first = caseRecommendations()
    .map((recommendation) => ({ ...recommendation, actions: recommendation.actions.filter((action) => action.agency === POLICE) }))
    .filter((recommendation) => recommendation.actions.length > 0);
  const second: AssuranceRecommendation[] = [
    {
      number: 1,
      type: 'partnership-wide',
      systemicFactor: 'Professional challenge was not escalated.',
      text: 'Practitioners use the escalation policy when they disagree with a decision.',
      actions: Array.from({ length: extraActions }, (_, index) =>
        sampleAction({ what: `Police action ${index + 1} on escalation. ${index % 3 === 0 ? LONG : ''}`.trim(), dueOn: `2026-0${1 + (index % 9)}-15`, overdue: index % 4 === 0, status: index % 4 === 0 ? 'in-progress' : 'not-started' }),
      ),
    },
  ];
  const cases = [
    { reference: 'PRM-2025-014', kindLabel: 'Rapid review', recommendations: first },
    { reference: 'PRM-2025-031', kindLabel: 'Local child safeguarding practice review', recommendations: second },
  ];
  const rows = cases.map((each) => ({ reference: each.reference, actions: each.recommendations.flatMap((recommendation) => recommendation.actions) }));
  return {
    scope: 'agency',
    subject: POLICE,
    partnershipName: 'Northam Safeguarding Children Partnership',
    letterhead: null,
    madeOn: MADE_ON,
    totals: assuranceTotals(rows.flatMap((row) => row.actions)),
    breakdown: rows.map((row) => ({ label: row.reference, totals: assuranceTotals(row.actions) })),
    cases,
  };
}
