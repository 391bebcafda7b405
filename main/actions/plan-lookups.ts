/** A case's recommendation or action by id, refused by name when it is not that case's (a stale screen, or another case's id). */
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/open-database.ts';
import { findAction, type StoredAction } from '../store/repositories/plan-actions.ts';

export function noRecommendation(reference: string, id: number): AppError {
  return new AppError('NOT_FOUND', `Case ${reference} has no recommendation ${id}. Reload the action plan and choose one of its recommendations.`, [{ path: 'id', message: 'Choose one of this case’s recommendations' }]);
}

export function requirePlanAction(db: Db, caseId: number, reference: string, id: number): StoredAction {
  const action = findAction(db, caseId, id);
  if (action === undefined) throw new AppError('NOT_FOUND', `Case ${reference} has no action ${id}. Reload the action plan and choose one of its actions.`, [{ path: 'id', message: 'Choose one of this case’s actions' }]);
  return action;
}
