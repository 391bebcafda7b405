import { useState } from 'react';
import type { PersonView } from '../../../shared/reviews/people.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import type { FieldError } from '../../components/field-errors.ts';
import { useApi } from '../../session/api-context.tsx';
import { ConfirmRemove } from '../components/ConfirmRemove.tsx';
import { OutcomeBanner } from '../components/OutcomeBanner.tsx';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import { PeopleTable } from '../people/PeopleTable.tsx';
import { PersonForm } from '../people/PersonForm.tsx';
import type { SectionProps } from '../section-props.ts';
import { WarningText } from '../../components/WarningText.tsx';

type Editing = { readonly mode: 'list' } | { readonly mode: 'form'; readonly person: PersonView | null } | { readonly mode: 'remove'; readonly person: PersonView };

/** The children, family members and practitioners on the case, with their identifying details. */
export function PeopleSection({ view, replaceView }: SectionProps) {
  const call = useApi();
  const [editing, setEditing] = useState<Editing>({ mode: 'list' });
  const [banner, setBanner] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [removing, setRemoving] = useState(false);
  const hasChild = view.people.some((person) => person.role === 'child');

  const open = (next: Editing) => {
    setBanner(null);
    setErrors([]);
    setEditing(next);
  };

  const remove = async (person: PersonView) => {
    if (removing) return;
    setRemoving(true);
    const result = await call('people.remove', { reference: view.summary.reference, id: person.id });
    setRemoving(false);
    if (result.ok) {
      replaceView(result.value);
      setEditing({ mode: 'list' });
      setBanner(`${person.givenNames} ${person.familyName} has been removed from the case`);
    } else if (result.error.code !== 'LOCKED') {
      setEditing({ mode: 'list' });
      setErrors([{ message: result.error.message }]);
    }
  };

  if (editing.mode === 'form') {
    return (
      <>
        <SectionHeading>People</SectionHeading>
        <PersonForm
          view={view}
          person={editing.person}
          defaultRole={hasChild ? '' : 'child'}
          onSaved={(next, name) => {
            replaceView(next);
            setEditing({ mode: 'list' });
            const saved = next.people.find((each) => `${each.givenNames} ${each.familyName}` === name);
            const publishedAs = saved === undefined ? '' : `, published as ${saved.publishAs}`;
            setBanner(editing.person === null ? `${name} has been added${publishedAs}` : `The changes to ${name} have been saved`);
          }}
          onCancel={() => setEditing({ mode: 'list' })}
        />
      </>
    );
  }

  return (
    <>
      {banner === null ? null : <OutcomeBanner heading={banner} />}
      <SectionHeading lead="Everyone named in the case. Only the name each is published under may appear in anything published; the rest is kept for redaction and for finding links between reviews.">
        People
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <ErrorSummary errors={errors} />
      {hasChild || !view.canEdit ? null : (
        <WarningText testId="add-child-prompt">Add the child or children this case is about. Each is given the name they will be published under from the start.</WarningText>
      )}
      {editing.mode === 'remove' ? (
        <ConfirmRemove
          what={`${editing.person.publishAs} (${editing.person.givenNames} ${editing.person.familyName})`}
          consequence="Their names, dates of birth, addresses and contact details go from this case. The audit log keeps a record that they were removed."
          removing={removing}
          onConfirm={() => void remove(editing.person)}
          onCancel={() => setEditing({ mode: 'list' })}
        />
      ) : null}
      {view.people.length === 0 ? (
        <p className="govuk-body" data-testid="people-empty">
          No one has been added to this case yet.
        </p>
      ) : (
        <PeopleTable
          people={view.people}
          {...(view.canEdit ? { onChange: (person: PersonView) => open({ mode: 'form', person }), onRemove: (person: PersonView) => open({ mode: 'remove', person }) } : {})}
        />
      )}
      {view.canEdit ? (
        <button type="button" className="govuk-button" onClick={() => open({ mode: 'form', person: null })}>
          {hasChild ? 'Add a person' : 'Add a child'}
        </button>
      ) : null}
    </>
  );
}
