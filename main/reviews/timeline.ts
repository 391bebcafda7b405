/**
 * A case's timeline: the stages it has been through (from its history, so a rapid review that
 * became an LCSPR shows both), then the stages its kind still has to come, each with the due
 * date of the clock that governs it.
 */
import { PATHWAYS, type CaseStage } from '../../shared/case-kinds.ts';
import type { TimelineStage } from '../../shared/ipc/case-calls.ts';
import type { ClockName } from '../../shared/reviews/clocks.ts';
import type { StoredClock } from '../../shared/reviews/clock-status.ts';
import type { CaseSummary } from '../store/repositories/cases.ts';
import type { StageHistoryEntry } from '../store/repositories/case-stage-history.ts';

const GOVERNING_CLOCK: Partial<Record<CaseStage, ClockName>> = {
  referral: 'referral',
  screening: 'screening',
  'rapid-review-meeting': 'rapid-review-report',
  'national-panel': 'rapid-review-report',
  'lcspr-set-up': 'lead-reviewer',
  'factual-accuracy': 'factual-accuracy',
  publication: 'panel-copy',
};

function dueOn(stage: CaseStage, clocks: readonly StoredClock[]): string | null {
  const clock = GOVERNING_CLOCK[stage];
  if (clock === undefined) return null;
  // Several rounds (factual accuracy per agency): the stage is due when the last of them is.
  const dues = clocks.filter((stored) => stored.clock === clock).map((stored) => stored.dueOn);
  return dues.length === 0 ? null : dues.sort().at(-1)!;
}

export function buildTimeline(summary: CaseSummary, history: readonly StageHistoryEntry[], clocks: readonly StoredClock[]): TimelineStage[] {
  // A case with no history (never expected after migration 004) still shows where it is.
  const visits = history.length > 0 ? history : [{ kind: summary.kind, stage: summary.stage, enteredOn: summary.referralDate }];
  const timeline: TimelineStage[] = visits.map((visit, index) => {
    const last = index === visits.length - 1;
    return {
      stage: visit.stage,
      kind: visit.kind,
      state: last ? 'current' : 'done',
      enteredOn: visit.enteredOn,
      leftOn: last ? null : visits[index + 1]!.enteredOn,
      dueOn: dueOn(visit.stage, clocks),
    };
  });
  const path = PATHWAYS[summary.kind];
  const at = path.indexOf(summary.stage);
  const seen = new Set(visits.map((visit) => visit.stage));
  const toCome = (at === -1 ? path : path.slice(at + 1)).filter((stage) => !seen.has(stage));
  for (const stage of toCome) timeline.push({ stage, kind: summary.kind, state: 'to-come', enteredOn: null, leftOn: null, dueOn: dueOn(stage, clocks) });
  return timeline;
}
