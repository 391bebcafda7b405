/** "How well did we do it?": each clock's timeliness, the quality of agency summaries, and the action plans' completeness and timeliness. */
import { CLOSED_STATUSES } from '../../shared/actions/action-plan.ts';
import { QUALITY_RATING_LABELS, QUALITY_RATINGS } from '../../shared/evidence/agency-summary.ts';
import { figureKey, type FigureTable } from '../../shared/figures/figures.ts';
import { CLOCK_DEFINITIONS, type ClockUnit } from '../../shared/reviews/clocks.ts';
import type { ActionFact, SummaryFact } from './figure-data.ts';
import { countTable, tally } from './figure-table.ts';
import type { ClockTimeliness } from './timeliness.ts';

const TIMELINESS_COLUMNS = [
  { key: 'met', label: 'Met' },
  { key: 'missed', label: 'Missed' },
  { key: 'open', label: 'Still open' },
] as const;

function timeliness(clocks: readonly ClockTimeliness[]): FigureTable {
  return {
    key: 'timeliness',
    title: 'Timeliness of each stage',
    description:
      'Each deadline due in the period, counted by its due date: met, missed (done after its due date, or still not done once it passed) or still open. A recorded delay does not turn a missed deadline into a met one.',
    section: 'how-well',
    columns: TIMELINESS_COLUMNS.map((column) => ({ ...column })),
    rows: clocks.map((entry) => {
      const key = figureKey(entry.clock);
      return { key, label: CLOCK_DEFINITIONS[entry.clock].label, cells: TIMELINESS_COLUMNS.map((column) => ({ name: `timeliness.${key}.${column.key}`, value: entry[column.key] })) };
    }),
    chart: 'stacked-bar',
  };
}

const MEDIAN_UNITS: Readonly<Record<ClockUnit, string>> = {
  'working-days': 'working days',
  'calendar-days': 'days',
  hours: 'not measured in days',
  months: 'not measured in days',
};

function medianDays(clocks: readonly ClockTimeliness[]): FigureTable {
  return countTable(
    {
      key: 'timeliness-median',
      title: 'Median time taken at each stage',
      description:
        'For the deadlines due in the period that were completed: the median days from the starting event to completion, in working days or days as the deadline is set (for the copy to the National Panel, the days before publication). Blank where nothing was completed.',
      section: 'how-well',
      chart: 'none',
    },
    clocks.map((entry) => ({
      name: `timeliness.${figureKey(entry.clock)}.median_days`,
      label: `${CLOCK_DEFINITIONS[entry.clock].label} (${MEDIAN_UNITS[CLOCK_DEFINITIONS[entry.clock].unit]})`,
      value: entry.medianDays,
    })),
    { key: 'median_days', label: 'Median days' },
  );
}

const SUMMARY_DATE = 'Summaries counted by the date the agency completed each, or the date it was saved where none is given.';
const NOT_RATED = 'not-rated';

function summaries(facts: readonly SummaryFact[]): FigureTable[] {
  const counts = tally(facts, [...QUALITY_RATINGS, NOT_RATED], (fact) => fact.rating ?? NOT_RATED);
  return [
    countTable(
      { key: 'summaries', title: 'Agency summaries returned', description: `Every agency summary returned in the period. ${SUMMARY_DATE}`, section: 'how-well', chart: 'none' },
      [{ name: 'summaries.total', label: 'Agency summaries', value: facts.length }],
    ),
    countTable(
      { key: 'summaries-quality', title: 'Quality of agency summaries', description: `The Business Unit’s rating of each summary. ${SUMMARY_DATE}`, section: 'how-well', chart: 'bar' },
      [...counts].map(([rating, value]) => ({
        name: `summaries.quality.${figureKey(rating)}`,
        label: rating === NOT_RATED ? 'Not rated' : QUALITY_RATING_LABELS[rating as (typeof QUALITY_RATINGS)[number]],
        value,
      })),
    ),
  ];
}

const ACTION_DATE = 'Actions counted by their due date.';

/** Where each action due in the period stands on `today`: every action in exactly one. */
export type ActionStanding = 'completed_on_time' | 'completed_late' | 'overdue' | 'open' | 'no_longer_needed';

export function actionStanding(action: ActionFact, today: string): ActionStanding {
  if (action.status === 'complete') return action.completedOn !== null && action.completedOn <= action.dueOn ? 'completed_on_time' : 'completed_late';
  if (action.status === 'no-longer-needed') return 'no_longer_needed';
  return action.dueOn < today ? 'overdue' : 'open';
}

const STANDING_LABELS: Readonly<Record<ActionStanding, string>> = {
  completed_on_time: 'Completed by the due date',
  completed_late: 'Completed after the due date',
  overdue: 'Overdue',
  open: 'Open, not yet due',
  no_longer_needed: 'No longer needed',
};

function actions(facts: readonly ActionFact[], today: string): FigureTable[] {
  const standings = tally(facts, Object.keys(STANDING_LABELS), (fact) => actionStanding(fact, today));
  const byCase = new Map<number, boolean>();
  for (const fact of facts) byCase.set(fact.caseId, (byCase.get(fact.caseId) ?? true) && CLOSED_STATUSES.includes(fact.status));
  return [
    countTable(
      {
        key: 'action-plans',
        title: 'Action plans',
        description: `Actions due in the period and how many are complete; the cases they belong to, and those whose every such action is complete or no longer needed. ${ACTION_DATE}`,
        section: 'how-well',
        chart: 'none',
      },
      [
        { name: 'actions.total', label: 'Actions due', value: facts.length },
        { name: 'actions.complete', label: 'Actions complete', value: facts.filter((fact) => fact.status === 'complete').length },
        { name: 'action_plans.cases', label: 'Cases with actions due', value: byCase.size },
        { name: 'action_plans.complete', label: 'Cases whose actions due are all complete or no longer needed', value: [...byCase.values()].filter(Boolean).length },
      ],
    ),
    countTable(
      {
        key: 'actions-timeliness',
        title: 'Timeliness of actions',
        description: `Each action due in the period: completed by or after its due date, overdue, still open, or no longer needed. ${ACTION_DATE}`,
        section: 'how-well',
        chart: 'bar',
      },
      [...standings].map(([standing, value]) => ({ name: `actions.${standing}`, label: STANDING_LABELS[standing as ActionStanding], value })),
    ),
  ];
}

export function howWellTables(clocks: readonly ClockTimeliness[], summaryFacts: readonly SummaryFact[], actionFacts: readonly ActionFact[], today: string): FigureTable[] {
  return [timeliness(clocks), medianDays(clocks), ...summaries(summaryFacts), ...actions(actionFacts, today)];
}
