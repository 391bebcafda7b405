import { useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import { LEARNING_CALLS } from '../../shared/ipc/learning-calls.ts';
import type { ThemesView, ThemeView } from '../../shared/learning/learning.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { useFormSave } from '../reports/use-form-save.ts';
import { useApi } from '../session/api-context.tsx';
import { LearningForm } from './LearningForm.tsx';

const NAME_FIELD = 'rename-theme-name';
const onScreen = (field: string) => (field === 'name' ? NAME_FIELD : field);

export interface RenameThemeFormProps {
  readonly theme: ThemeView;
  readonly applyResult: (result: Result<ThemesView>) => Result<ThemesView>;
  readonly onSaved: (name: string) => void;
  readonly onCancel: () => void;
}

/** Renames a theme everywhere it is tagged: the cases keep the theme, only its name changes. */
export function RenameThemeForm({ theme, applyResult, onSaved, onCancel }: RenameThemeFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { fieldFor: onScreen });
  const [name, setName] = useState(theme.name);
  const submit = async () => {
    if (await saving.submit(LEARNING_CALLS['themes.rename'].input, { id: theme.id, name }, (input) => call('themes.rename', input))) onSaved(name.trim());
  };
  return (
    <LearningForm
      title={`Rename “${theme.name}”`}
      level={3}
      lead="The new name shows on every case the theme is tagged on."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the new name"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="rename-theme-form"
    >
      <TextInput id={NAME_FIELD} label="New name of the theme" value={name} onChange={setName} error={saving.errorFor(NAME_FIELD)} widthClass="govuk-!-width-one-half" />
    </LearningForm>
  );
}
