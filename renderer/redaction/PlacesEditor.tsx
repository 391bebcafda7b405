/**
 * The places on the register that no person record holds: a school, a street, a ward. Each has
 * the name the report uses instead ("the school"). Added and removed here; main answers with the
 * whole view, register and candidates included, since a new place changes what is detected.
 */
import { useState } from 'react';
import { REPORT_CALLS } from '../../shared/ipc/report-calls.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { ConfirmRemove } from '../case/components/ConfirmRemove.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { useWholeViewSave, type UseWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import './redaction.css';

export interface PlacesEditorProps {
  readonly view: ReportsView;
  readonly applyResult: UseWholeView<ReportsView>['applyResult'];
  readonly onSaved: (message: string) => void;
}

export function PlacesEditor({ view, applyResult, onSaved }: PlacesEditorProps) {
  const call = useApi();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const place = view.places.find((each) => each.id === removing) ?? null;

  const remove = async (id: number, name: string) => {
    if (busy) return;
    setBusy(true);
    const result = applyResult(await call('reports.removePlace', { reference: view.reference, id }));
    setBusy(false);
    setRemoving(null);
    if (result.ok) onSaved(`${name} has been removed from the register.`);
  };

  return (
    <div data-testid="places">
      <h4 className="govuk-heading-s">Places</h4>
      {view.places.length === 0 ? (
        <p className="govuk-body">No places are on the register. Add the school, street or ward that could identify the family.</p>
      ) : (
        <ul className="govuk-list" data-testid="places-list">
          {view.places.map((each) => (
            <li key={each.id}>
              {`${each.name}, published as “${each.pseudonym}”`}
              {view.canWrite ? (
                <>
                  {' '}
                  <button type="button" className="prm-link-button prm-action-link govuk-!-margin-left-2" onClick={() => setRemoving(each.id)}>
                    Remove<span className="govuk-visually-hidden">{` ${each.name}`}</span>
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {place === null ? null : (
        <ConfirmRemove what={`${place.name} from the register`} consequence="The report will no longer replace it: check it is not named anywhere before you export." removing={busy} onConfirm={() => void remove(place.id, place.name)} onCancel={() => setRemoving(null)} />
      )}
      {!view.canWrite ? null : adding ? (
        <AddPlaceForm
          view={view}
          applyResult={applyResult}
          onCancel={() => setAdding(false)}
          onSaved={(name) => {
            setAdding(false);
            onSaved(`${name} has been added to the register.`);
          }}
        />
      ) : (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setAdding(true)}>
          Add a place
        </button>
      )}
    </div>
  );
}

interface AddPlaceFormProps {
  readonly view: ReportsView;
  readonly applyResult: UseWholeView<ReportsView>['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (name: string) => void;
}

function AddPlaceForm({ view, applyResult, onCancel, onSaved }: AddPlaceFormProps) {
  const call = useApi();
  const saving = useWholeViewSave(applyResult);
  const [name, setName] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const submit = async () => {
    const answers = { reference: view.reference, place: { id: null, name, pseudonym } };
    if (await saving.submit(REPORT_CALLS['reports.savePlace'].input, answers, '', (input) => call('reports.savePlace', input))) onSaved(name.trim());
  };
  return (
    <RecordForm title="Add a place to the register" errors={saving.errors} saving={saving.saving} submitLabel="Add the place" onSubmit={() => void submit()} onCancel={onCancel} testId="add-place-form">
      <TextInput id="place-name" label="The place’s name" hint="As it could appear in the report, for example Orchard Lane Primary School" value={name} onChange={setName} error={saving.errorFor('place-name')} />
      <TextInput id="place-pseudonym" label="How the report names it" hint="For example, the school" value={pseudonym} onChange={setPseudonym} error={saving.errorFor('place-pseudonym')} widthClass="govuk-input--width-20" />
    </RecordForm>
  );
}
