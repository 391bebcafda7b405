import { useState } from 'react';
import type { CompositeEntry, DuplicateGroupView } from '../../../shared/evidence/composite.ts';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import type { Result } from '../../../shared/errors.ts';
import { formatDate } from '../../components/format-date.ts';
import { useApi } from '../../session/api-context.tsx';
import { ActionLink } from './ActionLink.tsx';

function decisionWords(group: DuplicateGroupView, byId: ReadonlyMap<number, CompositeEntry>): string {
  if (group.decision === 'keep-all') return 'Kept as separate events';
  const kept = group.keepRowId === null ? undefined : byId.get(group.keepRowId);
  return kept === undefined ? 'Merged into one entry' : `Merged into one entry, in the wording of ${kept.agency}`;
}

export interface DecidedGroupsProps {
  readonly reference: string;
  readonly groups: readonly DuplicateGroupView[];
  readonly byId: ReadonlyMap<number, CompositeEntry>;
  readonly canEdit: boolean;
  readonly onUndone: (result: Result<EvidenceView>, message: string) => void;
}

/** The flagged groups already decided, each with what was decided and a way to take it back. */
export function DecidedGroups({ reference, groups, byId, canEdit, onUndone }: DecidedGroupsProps) {
  const call = useApi();
  const [undoing, setUndoing] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (groups.length === 0) return null;

  const undo = async (group: DuplicateGroupView, title: string) => {
    if (undoing !== null) return;
    setProblem(null);
    setUndoing(group.id);
    const result = await call('composite.undoResolution', { reference, rowIds: group.rowIds });
    setUndoing(null);
    if (result.ok) onUndone(result, `The decision on ${title} has been undone: its entries are flagged again.`);
    else if (result.error.code !== 'LOCKED') setProblem(result.error.message);
  };

  return (
    <>
      <h4 className="govuk-heading-s">{`Decided (${groups.length})`}</h4>
      {problem === null ? null : (
        <p className="govuk-error-message" role="alert">
          {problem}
        </p>
      )}
      <dl className="govuk-summary-list" data-testid="decided-groups">
        {groups.map((group) => {
          const title = `${formatDate(group.date)}: ${group.agencies.join(' and ')}`;
          return (
            <div className="govuk-summary-list__row" key={group.id} data-testid={`decided-group-${group.id}`}>
              <dt className="govuk-summary-list__key">{title}</dt>
              <dd className="govuk-summary-list__value">{decisionWords(group, byId)}</dd>
              {canEdit ? (
                <dd className="govuk-summary-list__actions">
                  <ActionLink href={`undo-group-${group.id}`} onClick={() => void undo(group, title)}>
                    {undoing === group.id ? 'Undoing…' : 'Undo'}
                    <span className="govuk-visually-hidden">{` the decision on ${title}`}</span>
                  </ActionLink>
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
    </>
  );
}
