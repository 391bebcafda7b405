/** The learning themes a case shows: ticked from the partnership's list, or read as a list by those who cannot change the case. */
import { useState } from 'react';
import { LEARNING_CALLS } from '../../shared/ipc/learning-calls.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Checkboxes } from '../components/form/Checkboxes.tsx';
import { useFormSave } from '../reports/use-form-save.ts';
import { useApi } from '../session/api-context.tsx';
import type { CaseLearningPartProps } from './case-learning-part.ts';
import { themeLabel } from './theme-recurrence.ts';

const THEMES_FIELD = 'case-themes';
// Every problem with the list ("themeIds", "themeIds-3") belongs to its one group of boxes.
const onScreen = (field: string) => (field.startsWith('themeIds') ? THEMES_FIELD : field);

export function CaseThemes({ view, applyResult, onOutcome }: CaseLearningPartProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { fieldFor: onScreen });
  const [ticked, setTicked] = useState<string[]>(() => view.tagged.map(String));
  const tagged = view.themes.filter((theme) => view.tagged.includes(theme.id));

  const save = async () => {
    const input = { reference: view.reference, themeIds: ticked.map(Number) };
    if (await saving.submit(LEARNING_CALLS['learning.tag'].input, input, (checked) => call('learning.tag', checked))) onOutcome('The case’s learning themes have been saved.');
  };

  return (
    <section aria-labelledby="case-themes-heading" data-testid="case-themes">
      <h3 className="govuk-heading-m" id="case-themes-heading">
        Learning themes
      </h3>
      {!view.canChange ? (
        tagged.length === 0 ? (
          <p className="govuk-body">No learning themes have been tagged on this case.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet" data-testid="case-themes-tagged">
            {tagged.map((theme) => (
              <li key={theme.id}>{themeLabel(theme)}</li>
            ))}
          </ul>
        )
      ) : view.themes.length === 0 ? (
        <p className="govuk-body">The partnership has no learning themes yet. The Business Unit adds them on the Learning page.</p>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!saving.saving) void save();
          }}
        >
          <ErrorSummary errors={saving.errors} />
          <Checkboxes
            id={THEMES_FIELD}
            legend="Which learning themes does this case show?"
            hint="Tick every theme that applies. A retired theme stays on the cases it was tagged on, but cannot be added to others."
            value={ticked}
            onChange={setTicked}
            error={saving.errorFor(THEMES_FIELD)}
            options={view.themes.map((theme) => ({ value: String(theme.id), label: themeLabel(theme) }))}
          />
          <button type="submit" className="govuk-button" aria-disabled={saving.saving}>
            {saving.saving ? 'Saving…' : 'Save the themes'}
          </button>
        </form>
      )}
    </section>
  );
}
