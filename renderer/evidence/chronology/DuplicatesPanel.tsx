import type { CompositeEntry, DuplicateGroupView } from '../../../shared/evidence/composite.ts';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import type { Result } from '../../../shared/errors.ts';
import { DecidedGroups } from './DecidedGroups.tsx';
import { DuplicateGroupDecision } from './DuplicateGroupDecision.tsx';

export interface DuplicatesPanelProps {
  readonly reference: string;
  readonly groups: readonly DuplicateGroupView[];
  readonly byId: ReadonlyMap<number, CompositeEntry>;
  readonly canEdit: boolean;
  readonly onChanged: (result: Result<EvidenceView>, message: string) => void;
}

/**
 * Entries two agencies may have recorded for one event (the same date, overlapping text): the
 * Business Unit decides each group, merging it into one attributed entry or keeping them all.
 */
export function DuplicatesPanel({ reference, groups, byId, canEdit, onChanged }: DuplicatesPanelProps) {
  if (groups.length === 0) return null;
  const undecided = groups.filter((group) => group.decision === null);
  const decided = groups.filter((group) => group.decision !== null);
  return (
    <section aria-labelledby="duplicates-heading" data-testid="duplicates-panel">
      <h3 className="govuk-heading-m" id="duplicates-heading">
        {undecided.length === 0 ? 'Possible duplicates (all decided)' : `Possible duplicates (${undecided.length} to decide)`}
      </h3>
      {undecided.length === 0 ? null : (
        <p className="govuk-body">Each group below was recorded by more than one agency on the same date, in similar words. Until it is decided, each entry stays in the composite, tagged.</p>
      )}
      {undecided.map((group) => (
        <DuplicateGroupDecision
          key={group.id}
          reference={reference}
          group={group}
          rows={group.rowIds.map((id) => byId.get(id)).filter((row) => row !== undefined)}
          canEdit={canEdit}
          onDecided={onChanged}
        />
      ))}
      <DecidedGroups reference={reference} groups={decided} byId={byId} canEdit={canEdit} onUndone={onChanged} />
    </section>
  );
}
