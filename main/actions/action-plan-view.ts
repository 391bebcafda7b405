/**
 * A case's action plan as one view: its recommendations numbered in the order they were made,
 * each with its actions, their evidence and whether each is overdue today; the agencies' updates
 * that came back in bundles, matched to their actions; the partnership's agencies to choose an
 * owner from; and the case discussion's findings a recommendation may be taken from. Every
 * action plan call answers with this whole view.
 */
import type { ActionPlanView, EvidenceFileView, RecommendationView, UpdateReceivedView } from '../../shared/actions/action-plan.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { knownAgencies } from '../evidence/agencies.ts';
import type { CaseInHand } from '../evidence/evidence-access.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { listUpdatesForPlan } from '../store/repositories/action-updates-taken-up.ts';
import { listDocuments } from '../store/repositories/case-documents.ts';
import { listCaseEvidence } from '../store/repositories/plan-action-evidence.ts';
import { listActions, type StoredAction } from '../store/repositories/plan-actions.ts';
import { listRecommendations } from '../store/repositories/plan-recommendations.ts';
import { planToRead } from './action-access.ts';
import { actionView, evidenceFile } from './action-rows.ts';
import { planFindings } from './plan-findings.ts';

function evidenceByAction(db: Db, caseId: number): Map<number, EvidenceFileView[]> {
  const byAction = new Map<number, EvidenceFileView[]>();
  for (const file of listCaseEvidence(db, caseId)) {
    const files = byAction.get(file.actionId) ?? [];
    files.push(evidenceFile(file.documentId, file.name, file.size, file.addedAt));
    byAction.set(file.actionId, files);
  }
  return byAction;
}

function recommendationsOf(db: Db, caseId: number, actions: readonly StoredAction[], today: string): RecommendationView[] {
  const files = evidenceByAction(db, caseId);
  return listRecommendations(db, caseId).map((recommendation, index) => ({
    id: recommendation.id,
    number: index + 1,
    text: recommendation.text,
    type: recommendation.type,
    systemicFactor: recommendation.systemicFactor,
    fromFinding: recommendation.fromFinding,
    actions: actions.filter((action) => action.recommendationId === recommendation.id).map((action) => actionView(action, files.get(action.id) ?? [], today)),
  }));
}

/** Each update as it came, newest first, matched to the action it names by the action's uid. */
function updatesOf(db: Db, caseId: number, actions: readonly StoredAction[]): UpdateReceivedView[] {
  const byUid = new Map(actions.map((action) => [action.uid, action]));
  const documents = new Map(listDocuments(db, caseId).map((document) => [document.id, document]));
  return listUpdatesForPlan(db, caseId).map((update) => {
    const action = byUid.get(update.actionUid.toLowerCase());
    return {
      id: update.id,
      actionId: action?.id ?? null,
      actionWhat: action?.what ?? '',
      agency: update.agency,
      status: update.status,
      evidence: update.evidence,
      evidenceFiles: update.documentIds.flatMap((id) => {
        const document = documents.get(id);
        return document === undefined ? [] : [evidenceFile(document.id, document.name, document.size, document.addedAt)];
      }),
      receivedAt: update.receivedAt,
      takenUpAt: update.takenUpAt,
    };
  });
}

/** The view for a caller already allowed to read the case. */
export function buildActionPlanView(session: Session, { caseId, reference }: CaseInHand): ActionPlanView {
  const db = session.store.db;
  const today = todayInLondon();
  const actions = listActions(db, caseId);
  const recommendations = recommendationsOf(db, caseId, actions, today);
  const shown = recommendations.flatMap((recommendation) => recommendation.actions);
  return {
    reference,
    today,
    canChange: session.can('cases.edit', { caseId }),
    recommendations,
    updatesReceived: updatesOf(db, caseId, actions),
    agencies: knownAgencies(db).map((agency) => agency.name),
    findings: planFindings(db, caseId),
    counts: {
      actions: shown.length,
      complete: shown.filter((action) => action.status === 'complete').length,
      overdue: shown.filter((action) => action.overdue).length,
      withAcceptedEvidence: shown.filter((action) => action.evidenceAcceptedOn !== null).length,
    },
  };
}

export function readActionPlan(session: Session, reference: string): ActionPlanView {
  return buildActionPlanView(session, planToRead(session, reference));
}
