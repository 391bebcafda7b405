/**
 * The Business Unit's decisions on rows flagged as one event recorded by several agencies:
 * merge them (one row's words stand, attributed to every agency) or keep them all. A decision
 * is accepted only for a group flagged now, exactly as the composite shows it, so a decision
 * taken on a screen that has since gone stale (a return replaced meanwhile) is refused.
 */
import { AppError } from '../../shared/errors.ts';
import type { DuplicateResolution } from '../../shared/evidence/composite.ts';
import { duplicateResolution } from '../../shared/evidence/composite.ts';
import type { EvidenceView } from '../../shared/evidence/evidence-view.ts';
import type { Session } from '../security/session.ts';
import { deleteResolution, rowIdsKey, upsertResolution } from '../store/repositories/chronology-resolutions.ts';
import { caseComposite } from './case-composite.ts';
import { caseToChange } from './evidence-access.ts';
import { buildEvidenceView } from './evidence-view.ts';
import { parsedOrRefused } from './parsed-input.ts';

const STALE = 'These rows are no longer flagged together; reload the chronology.';

export function resolveDuplicates(session: Session, reference: string, input: DuplicateResolution): EvidenceView {
  const { caseId } = caseToChange(session, reference, 'merge or keep duplicate chronology rows');
  const resolution = parsedOrRefused(duplicateResolution, input, 'resolution.', 'the decision');
  session.store.change((db, audit) => {
    const key = rowIdsKey(resolution.rowIds);
    const group = caseComposite(db, caseId).groups.find((candidate) => rowIdsKey(candidate.rowIds) === key);
    if (group === undefined || new Set(resolution.rowIds).size !== resolution.rowIds.length) throw new AppError('CONFLICT', STALE);
    if (resolution.decision === 'merge' && (resolution.keepRowId === null || !group.rowIds.includes(resolution.keepRowId))) {
      const message = 'Choose which of the flagged rows to keep';
      throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'resolution.keepRowId', message }]);
    }
    const keepRowId = resolution.decision === 'merge' ? resolution.keepRowId : null;
    upsertResolution(db, caseId, { rowIds: group.rowIds, decision: resolution.decision, keepRowId }, session.userId, new Date().toISOString());
    audit({ actorId: session.userId, action: 'evidence.duplicates-resolved', recordType: 'case', recordId: caseId, details: { rowIds: key, decision: resolution.decision, keepRowId, agencies: group.agencies } });
  });
  return buildEvidenceView(session, caseId);
}

/** Takes a decision back: the rows are flagged again. */
export function undoDuplicateResolution(session: Session, reference: string, rowIds: readonly number[]): EvidenceView {
  const { caseId } = caseToChange(session, reference, 'merge or keep duplicate chronology rows');
  session.store.change((db, audit) => {
    if (!deleteResolution(db, caseId, rowIds)) throw new AppError('NOT_FOUND', 'There is no decision on these rows to undo; reload the chronology.');
    audit({ actorId: session.userId, action: 'evidence.duplicates-unresolved', recordType: 'case', recordId: caseId, details: { rowIds: rowIdsKey(rowIds) } });
  });
  return buildEvidenceView(session, caseId);
}
