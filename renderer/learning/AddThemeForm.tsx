import { useState } from 'react';
import { z } from 'zod';
import type { Result } from '../../shared/errors.ts';
import { themeName, type ThemesView } from '../../shared/learning/learning.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { useFormSave } from '../reports/use-form-save.ts';
import { useApi } from '../session/api-context.tsx';
import { LearningForm } from './LearningForm.tsx';

const NAME_FIELD = 'new-theme-name';
const onScreen = (field: string) => (field === 'name' ? NAME_FIELD : field);
const newTheme = z.object({ name: themeName }).strict();

/** Adds a theme to the partnership's list; it is offered for tagging on every case at once. */
export function AddThemeForm({ applyResult, onAdded }: { readonly applyResult: (result: Result<ThemesView>) => Result<ThemesView>; readonly onAdded: (name: string) => void }) {
  const call = useApi();
  const saving = useFormSave(applyResult, { fieldFor: onScreen });
  const [name, setName] = useState('');
  const submit = async () => {
    const added = name.trim();
    if (await saving.submit(newTheme, { name }, (input) => call('themes.add', input))) {
      setName('');
      onAdded(added);
    }
  };
  return (
    <LearningForm title="Add a theme" level={3} errors={saving.errors} saving={saving.saving} submitLabel="Add the theme" onSubmit={() => void submit()} focusOnOpen={false} testId="add-theme-form">
      <TextInput id={NAME_FIELD} label="Name of the theme" hint="For example, Neglect in adolescence" value={name} onChange={setName} error={saving.errorFor(NAME_FIELD)} widthClass="govuk-!-width-one-half" />
    </LearningForm>
  );
}
