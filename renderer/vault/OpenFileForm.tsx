/**
 * Opening one secured file: the purpose first (required, and recorded in the access log with the
 * person's name), then how — in the computer's default app, from a private folder the app
 * empties on lock and close, or as a working copy the person saves (a PDF marked on every page).
 */
import { useState, type FormEvent } from 'react';
import { problemsFromIssues } from '../../shared/errors.ts';
import { purpose as purposeSchema, type SecuredFileView, type SecuredSetView } from '../../shared/vault/secured-files.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { Radios, type ChoiceOption } from '../components/form/Radios.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import { fileName } from './file-path.ts';
import { PURPOSE_HINT } from './purpose-hint.ts';
import { TransferProgress } from './TransferProgress.tsx';
import { useTicketDownload } from './use-ticket-download.ts';

type Mode = 'open' | 'copy';

const MODES: readonly (ChoiceOption & { value: Mode })[] = [
  {
    value: 'open',
    label: 'Open it in your default app',
    hint: 'A decrypted copy is put in a private folder on this computer and opened with the program your computer uses for this kind of file. Practice Review Manager empties the folder when it locks or closes.',
  },
  {
    value: 'copy',
    label: 'Save a working copy',
    hint: 'You choose where to keep it, and it is recorded as a copy. A PDF is marked on every page with your name, today’s date and the purpose.',
  },
];

const SUBMIT_LABELS: Readonly<Record<Mode | '', string>> = { '': 'Continue', open: 'Open the file', copy: 'Save the working copy' };

export interface OpenFileFormProps {
  readonly reference: string;
  readonly set: SecuredSetView;
  readonly file: SecuredFileView;
  readonly openInDefaultAppAllowed: boolean;
  readonly onDone: (heading: string, body: string) => void;
  readonly onCancel: () => void;
}

export function OpenFileForm({ reference, set, file, openInDefaultAppAllowed, onDone, onCancel }: OpenFileFormProps) {
  const call = useApi();
  const download = useTicketDownload();
  const [purpose, setPurpose] = useState('');
  const [mode, setMode] = useState<Mode | ''>(openInDefaultAppAllowed ? '' : 'copy');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [opening, setOpening] = useState(false);
  const name = fileName(file.path);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (opening) return;
    const checked = purposeSchema.safeParse(purpose);
    const found: FieldError[] = checked.success
      ? []
      : purpose.trim() === ''
        ? [{ field: 'purpose', message: 'Enter why you need to open this file' }]
        : problemsFromIssues(checked.error.issues).map((problem) => ({ field: 'purpose', message: problem.message }));
    if (mode === '') found.push({ field: 'mode', message: 'Choose whether to open the file in your default app or save a working copy' });
    if (!checked.success || mode === '') {
      setErrors(found);
      return;
    }
    setErrors([]);
    setOpening(true);
    const result = await call('vault.open', { reference, agency: set.agency, fileId: file.id, purpose: checked.data, mode });
    if (!result.ok) {
      setOpening(false);
      if (result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, ''));
      return;
    }
    const opened = result.value;
    if (opened.mode === 'open') {
      onDone(`${opened.name} has been opened in your default app`, 'Close it there when you have finished. Practice Review Manager removes its decrypted copy when it locks or closes.');
      return;
    }
    const outcome = await download.receive(opened.ticket, opened.name, opened.size);
    setOpening(false);
    if (outcome.kind === 'saved') {
      const marked = opened.watermarked ? ' Each page is marked with your name, today’s date and the purpose.' : '';
      onDone(`Your working copy of ${name} has been saved`, `Keep it only where ${set.agency}’s policy allows, and delete it when the work is done.${marked}`);
    } else if (outcome.kind === 'cancelled') {
      setErrors([{ message: `You cancelled saving the working copy of ${name}. Nothing was saved; the access log still records that you asked for it.` }]);
    } else if (outcome.error.code !== 'LOCKED') {
      setErrors([{ message: outcome.error.message }]);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="open-file-form">
      <FormHeading>{`Open ${name}`}</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">{`From ${set.agency}’s secured files${file.path === name ? '' : `, in ${file.path.slice(0, -name.length - 1)}`}.`}</p>
      <TextArea id="purpose" label="Why do you need to open this file?" hint={PURPOSE_HINT} value={purpose} onChange={setPurpose} error={errorFor(errors, 'purpose')} rows={3} />
      {openInDefaultAppAllowed ? (
        <Radios id="mode" legend="How do you want to open it?" value={mode} onChange={(value) => setMode(value as Mode)} options={MODES} error={errorFor(errors, 'mode')} />
      ) : (
        <div className="govuk-inset-text" data-testid="default-app-off">
          Opening secured files in other apps has been switched off by an administrator, so you can save a working copy. You choose where to keep it, and it is recorded as
          a copy. A PDF is marked on every page with your name, today’s date and the purpose.
        </div>
      )}
      {download.progress === null ? null : (
        <>
          <TransferProgress id="copy-progress" label={`Saving the working copy of ${name}`} progress={download.progress} />
          <button type="button" className="govuk-button govuk-button--secondary" onClick={download.cancel}>
            Cancel saving
          </button>
        </>
      )}
      {download.progress !== null ? null : (
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" aria-disabled={opening}>
            {opening ? 'Opening…' : SUBMIT_LABELS[mode]}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}
