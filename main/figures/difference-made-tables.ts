/** "What difference did it make?": evidence of impact, learning shared and what participants said, repeat incidents, and families' feedback. */
import { FAMILY_SENSITIVITY, FAMILY_SENSITIVITY_LABELS, LEARNING_EVENT_KIND_LABELS, LEARNING_EVENT_KINDS, type FamilySensitivity, type LearningEventKind } from '../../shared/learning/learning.ts';
import { figureKey, type FigureTable } from '../../shared/figures/figures.ts';
import type { ActionFact, LearningEventFact } from './figure-data.ts';
import { countTable, tally } from './figure-table.ts';

/** A reflective session reports greater understanding when more than half of those who gave feedback said they understand the issues better. */
export function reportsGreaterUnderstanding(event: LearningEventFact): boolean {
  return event.kind === 'reflective-session' && event.feedbackResponses > 0 && event.understandBetter * 2 > event.feedbackResponses;
}

function evidenceOfImpact(actions: readonly ActionFact[]): FigureTable {
  return countTable(
    {
      key: 'actions-evidence',
      title: 'Actions completed with evidence of impact',
      description: 'Actions due in the period that are complete and whose evidence of impact the Business Unit has accepted. Actions counted by their due date.',
      section: 'difference-made',
      chart: 'none',
    },
    [{ name: 'actions.completed_with_evidence', label: 'Complete, with evidence of impact accepted', value: actions.filter((action) => action.status === 'complete' && action.evidenceAcceptedOn !== null).length }],
  );
}

const EVENT_DATE = 'Events counted by the date each was held.';

function learningEvents(events: readonly LearningEventFact[]): FigureTable[] {
  const counts = tally(events, LEARNING_EVENT_KINDS, (event) => event.kind);
  const sum = (pick: (event: LearningEventFact) => number) => events.reduce((total, event) => total + pick(event), 0);
  return [
    countTable(
      { key: 'learning-events', title: 'Learning events and reflective sessions held', description: `Each learning event and reflective session held. ${EVENT_DATE}`, section: 'difference-made', chart: 'bar' },
      [...counts].map(([kind, value]) => ({ name: `learning.events.${figureKey(kind)}`, label: LEARNING_EVENT_KIND_LABELS[kind as LearningEventKind], value })),
    ),
    countTable(
      {
        key: 'learning-feedback',
        title: 'What participants said',
        description: `Who attended the events and sessions, how many gave feedback and how many said they now understand the issues better, and the reflective sessions where more than half of those giving feedback said so. ${EVENT_DATE}`,
        section: 'difference-made',
        chart: 'none',
      },
      [
        { name: 'learning.attendance', label: 'People attending', value: sum((event) => event.attendance) },
        { name: 'learning.feedback.responses', label: 'People giving feedback', value: sum((event) => event.feedbackResponses) },
        { name: 'learning.feedback.understand_better', label: 'People who said they now understand the issues better', value: sum((event) => event.understandBetter) },
        { name: 'learning.reflective_sessions.greater_understanding', label: 'Reflective sessions reporting greater understanding', value: events.filter(reportsGreaterUnderstanding).length },
      ],
    ),
  ];
}

function repeatIncidents(count: number): FigureTable {
  return countTable(
    {
      key: 'repeat-incidents',
      title: 'Repeat incidents',
      description: 'Referrals flagged as a repeat incident of an earlier case’s child or family. Referrals counted by the date each was received.',
      section: 'difference-made',
      chart: 'none',
    },
    [{ name: 'repeat_incidents.total', label: 'Referrals flagged as a repeat incident', value: count }],
  );
}

const FEEDBACK_DATE = 'Feedback counted by the date the family gave it.';

function familyFeedback(feedback: ReadonlyArray<{ sensitive: FamilySensitivity }>): FigureTable[] {
  const counts = tally(feedback, FAMILY_SENSITIVITY, (entry) => entry.sensitive);
  return [
    countTable(
      { key: 'family-feedback', title: 'Family feedback recorded', description: `Each time a family’s feedback on a review was recorded. ${FEEDBACK_DATE}`, section: 'difference-made', chart: 'none' },
      [{ name: 'family_feedback.total', label: 'Family feedback recorded', value: feedback.length }],
    ),
    countTable(
      {
        key: 'family-feedback-sensitive',
        title: 'Whether the review was sensitive to the family',
        description: `What each family said when asked whether the review was sensitive to them. ${FEEDBACK_DATE}`,
        section: 'difference-made',
        chart: 'bar',
      },
      [...counts].map(([sensitive, value]) => ({ name: `family_feedback.sensitive.${figureKey(sensitive)}`, label: FAMILY_SENSITIVITY_LABELS[sensitive as FamilySensitivity], value })),
    ),
  ];
}

export function differenceMadeTables(actions: readonly ActionFact[], events: readonly LearningEventFact[], repeatCount: number, feedback: ReadonlyArray<{ sensitive: FamilySensitivity }>): FigureTable[] {
  return [evidenceOfImpact(actions), ...learningEvents(events), repeatIncidents(repeatCount), ...familyFeedback(feedback)];
}
