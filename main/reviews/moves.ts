/**
 * Moving a case between stages. A case moves along its kind's pathway, except where a decision
 * chooses the way: the screening decision (which also sets the kind of review) and the rapid
 * review's outcome (an LCSPR carries on as the same case, with the same reference and history).
 * Every move is guarded (guards.ts); a refused move says what is missing and writes nothing.
 */
import { CASE_KIND_LABELS, CASE_STAGE_LABELS, PATHWAYS, type CaseKind, type CaseStage } from '../../shared/case-kinds.ts';
import { AppError } from '../../shared/errors.ts';
import type { CaseMove, CaseView } from '../../shared/ipc/case-calls.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { RAPID_REVIEW_OUTCOME_LABELS, SCREENING_DECISION_LABELS, type RapidReviewOutcome, type ScreeningDecision } from '../../shared/reviews/records.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { appendStageHistory } from '../store/repositories/case-stage-history.ts';
import { requireCaseId, updateCaseStage } from '../store/repositories/cases.ts';
import { readClockPolicy } from '../store/repositories/policy-settings.ts';
import { loadCaseState, singleton, type CaseState } from './case-state.ts';
import { buildCaseView } from './case-view.ts';
import { clockContext, syncClocks } from './clock-sync.ts';
import { decidingMeeting, leavingUnmet, type GuardFacts } from './guards.ts';
import { partnerLookup } from './quorum.ts';

interface Target {
  readonly kind: CaseKind;
  readonly stage: CaseStage;
}

function screeningTarget(decision: ScreeningDecision, current: CaseKind): Target {
  switch (decision) {
    case 'rapid-review':
      return { kind: 'rapid-review', stage: 'information-gathering' };
    case 'non-statutory-review':
      return { kind: 'non-statutory-review', stage: 'method' };
    case 'serious-offence-review':
      return { kind: 'serious-offence-review', stage: 'information-gathering' };
    case 'good-outcome-review':
      return { kind: 'good-outcome-review', stage: 'review' };
    case 'no-further-action':
      return { kind: current, stage: 'closed' };
    case 'signpost-adults-board':
      return { kind: 'care-leaver-signpost', stage: 'closed' };
  }
}

const PANEL_TARGETS: Readonly<Record<RapidReviewOutcome, Target>> = {
  lcspr: { kind: 'lcspr', stage: 'lcspr-set-up' },
  'other-local-review': { kind: 'non-statutory-review', stage: 'method' },
  'no-further-action': { kind: 'rapid-review', stage: 'closed' },
};

/** Children on the case, counted straight from case_people: the guard needs no more than the number. */
export function childCount(db: Db, caseId: number): number {
  return (db.prepare(`SELECT count(*) AS n FROM case_people WHERE case_id = ? AND role = 'child'`).get(caseId) as { n: number }).n;
}

export function guardFacts(db: Db, state: CaseState): GuardFacts {
  return { state, children: childCount(db, state.summary.id), partnerOf: partnerLookup(db), panelCopyDays: readClockPolicy(db).amounts['panel-copy'] };
}

function move(target: Target, current: CaseKind, unmet: string[]): CaseMove {
  const label = target.kind === current ? `Move to ${CASE_STAGE_LABELS[target.stage]}` : `Move to ${CASE_STAGE_LABELS[target.stage]} as a ${CASE_KIND_LABELS[target.kind].toLowerCase()}`;
  return { to: target.stage, kind: target.kind, label, unmet };
}

/**
 * Every move the case might be asked to make from its stage, each with what is unmet. Where a
 * decision chooses the way, the other ways are listed too, each saying what was decided.
 */
function candidateMoves(facts: GuardFacts): { moves: CaseMove[]; decided: boolean } {
  const { kind, stage } = facts.state.summary;
  const leaving = leavingUnmet(facts);
  if (stage === 'screening') {
    const decision = singleton(facts.state.records, 'screening')?.data.decision;
    if (decision === undefined) {
      const stages = [...new Set((Object.keys(SCREENING_DECISION_LABELS) as ScreeningDecision[]).map((option) => screeningTarget(option, kind).stage))];
      const next = PATHWAYS[kind][PATHWAYS[kind].indexOf(stage) + 1];
      // The pathway's own next stage first: it is the one the screen offers before a decision.
      stages.sort((a, b) => Number(b === next) - Number(a === next));
      return { moves: stages.map((to) => move({ kind, stage: to }, kind, leaving)), decided: false };
    }
    const chosen = screeningTarget(decision, kind);
    const others = (Object.keys(SCREENING_DECISION_LABELS) as ScreeningDecision[]).map((option) => screeningTarget(option, kind)).filter((target) => target.stage !== chosen.stage);
    const why = `The screening decision was “${SCREENING_DECISION_LABELS[decision]}”, so the case moves to ${CASE_STAGE_LABELS[chosen.stage]}.`;
    return { moves: [move(chosen, kind, leaving), ...others.map((target) => move(target, kind, [why, ...leaving]))], decided: true };
  }
  if (stage === 'national-panel' && kind === 'rapid-review') {
    const outcome = decidingMeeting(facts)?.data.outcome ?? null;
    const moves = (Object.keys(PANEL_TARGETS) as RapidReviewOutcome[]).map((option) => {
      const unmet =
        outcome === null
          ? [`Record the outcome “${RAPID_REVIEW_OUTCOME_LABELS[option]}” at a quorate rapid review meeting: there is no ${option === 'lcspr' ? 'LCSPR' : 'such move'} without a recorded rapid-review outcome.`]
          : outcome === option
            ? []
            : [`The rapid-review outcome was “${RAPID_REVIEW_OUTCOME_LABELS[outcome]}”, not “${RAPID_REVIEW_OUTCOME_LABELS[option]}”.`];
      return { option, move: move(PANEL_TARGETS[option], kind, [...unmet, ...leaving]) };
    });
    if (outcome === null) return { moves: moves.map((entry) => entry.move), decided: false };
    return { moves: [...moves.filter((entry) => entry.option === outcome), ...moves.filter((entry) => entry.option !== outcome)].map((entry) => entry.move), decided: true };
  }
  const path = PATHWAYS[kind];
  const next = path[path.indexOf(stage) + 1];
  return { moves: next === undefined ? [] : [move({ kind, stage: next }, kind, leaving)], decided: false };
}

/** The moves a case's screen offers: the decided one once a decision is recorded, every way open before. */
export function availableMoves(facts: GuardFacts): CaseMove[] {
  const { moves, decided } = candidateMoves(facts);
  if (decided) return moves.slice(0, 1);
  // Before the screening decision the screen offers only the pathway's next stage.
  return facts.state.summary.stage === 'screening' ? moves.slice(0, 1) : moves;
}

export function moveCase(session: Session, reference: string, to: CaseStage): CaseView {
  const store = session.store;
  const caseId = requireCaseId(store.db, reference);
  session.authorise('cases.edit', 'move this case to another stage', { caseId });
  store.change((db, audit) => {
    const state = loadCaseState(db, caseId);
    const { kind: fromKind, stage: from } = state.summary;
    const candidates = candidateMoves(guardFacts(db, state)).moves;
    const chosen = candidates.find((candidate) => candidate.to === to);
    if (chosen === undefined) {
      const ways = candidates.length === 0 ? 'it has reached the end of its pathway' : `from ${CASE_STAGE_LABELS[from]} it can move to ${candidates.map((candidate) => CASE_STAGE_LABELS[candidate.to]).join(' or ')}`;
      throw new AppError('GUARD_UNMET', `This case cannot move to ${CASE_STAGE_LABELS[to]}: ${ways}.`);
    }
    if (chosen.unmet.length > 0) throw new AppError('GUARD_UNMET', `This case cannot move to ${CASE_STAGE_LABELS[to]} yet: ${chosen.unmet.join(' ')}`);
    const today = todayInLondon();
    updateCaseStage(db, caseId, { kind: chosen.kind, stage: to, enteredOn: today, closedOn: to === 'closed' ? today : null });
    appendStageHistory(db, caseId, { kind: chosen.kind, stage: to, enteredOn: today, enteredAt: new Date().toISOString(), enteredBy: session.userId });
    syncClocks(db, caseId, clockContext(db));
    audit({ actorId: session.userId, action: 'case.moved', recordType: 'case', recordId: caseId, details: { from, to, kind: chosen.kind, ...(chosen.kind === fromKind ? {} : { fromKind }) } });
  });
  return buildCaseView(session, caseId);
}
