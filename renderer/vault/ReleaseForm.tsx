/**
 * Releasing an agency's secured files at the end, on the agency's instruction: every file
 * exported with its folders (a folder the person chooses in the desktop app; one zip file in
 * the preview), logged with the purpose. The set is marked released once every file is out.
 */
import { useState, type FormEvent } from 'react';
import { problemsFromIssues } from '../../shared/errors.ts';
import { purpose as purposeSchema, type SecuredSetView } from '../../shared/vault/secured-files.ts';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { formatSize } from '../case/documents/format-size.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { TextArea } from '../components/form/TextArea.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import { TransferProgress } from './TransferProgress.tsx';
import { useTicketDownload } from './use-ticket-download.ts';

export interface ReleaseFormProps {
  readonly reference: string;
  readonly set: SecuredSetView;
  readonly onReleased: (heading: string, body: string) => void;
  readonly onCancel: () => void;
}

export function ReleaseForm({ reference, set, onReleased, onCancel }: ReleaseFormProps) {
  const call = useApi();
  const download = useTicketDownload();
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [releasing, setReleasing] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (releasing) return;
    const checked = purposeSchema.safeParse(purpose);
    if (!checked.success) {
      setErrors(purpose.trim() === '' ? [{ field: 'purpose', message: 'Enter why the files are being released' }] : problemsFromIssues(checked.error.issues).map((problem) => ({ field: 'purpose', message: problem.message })));
      return;
    }
    setErrors([]);
    setReleasing(true);
    const granted = await call('vault.release', { reference, agency: set.agency, purpose: checked.data });
    if (!granted.ok) {
      setReleasing(false);
      if (granted.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(granted.error, ''));
      return;
    }
    const outcome = await download.receive(granted.value.ticket, `${reference} ${set.agency} secured files`, null);
    setReleasing(false);
    const files = granted.value.files === 1 ? '1 file' : `${granted.value.files.toLocaleString('en-GB')} files`;
    if (outcome.kind === 'saved') {
      onReleased(`${set.agency}’s secured files have been released`, `${files} (${formatSize(granted.value.bytes)}) were exported, with their folders. Give them to ${set.agency} as it instructed; the release is recorded in the access log.`);
    } else if (outcome.kind === 'cancelled') {
      setErrors([{ message: `You cancelled the release. The set is not marked released; what was written before you cancelled is recorded in the access log. Release it again when you are ready.` }]);
    } else if (outcome.error.code !== 'LOCKED') {
      setErrors([{ message: outcome.error.message }]);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="release-form">
      <FormHeading>{`Release ${set.agency}’s secured files`}</FormHeading>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        {`Do this only on ${set.agency}’s instruction, at the end of the review. Every file in the set is exported with its folders: in the app you choose a folder to write them to; in a browser they come as one zip file. Once every file is out, the set is marked released.`}
      </p>
      <TextArea id="purpose" label="Why are the files being released?" hint="For example “The agency instructed release on 3 March at the close of the review”. It is recorded in the access log with your name." value={purpose} onChange={setPurpose} error={errorFor(errors, 'purpose')} rows={3} />
      {download.progress === null ? (
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" aria-disabled={releasing}>
            {releasing ? 'Releasing…' : 'Release the files'}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : (
        <>
          <TransferProgress id="release-progress" label={`Exporting ${set.agency}’s secured files`} progress={download.progress} />
          <button type="button" className="govuk-button govuk-button--secondary" onClick={download.cancel}>
            Cancel the release
          </button>
        </>
      )}
    </form>
  );
}
