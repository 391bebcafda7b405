/**
 * The Administration page's tab for a data-protection request (a subject access request, or a
 * request to erase): a person's name and, optionally, date of birth; a search across every case,
 * open and closed, with its progress; a review of what was found; and the export to download.
 * Main checks the permission on every call; this tab is offered only to those whose role has it.
 */
import { useState, type FormEvent } from 'react';
import type { SignedInUser } from '../../shared/ipc/contract.ts';
import { dataProtectionReview, type DataProtectionQuery } from '../../shared/ipc/data-protection-calls.ts';
import { useJobOutcome } from '../backups/use-job-outcome.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { DateInput, isRealDate } from '../components/form/DateInput.tsx';
import { JobProgress } from '../components/JobProgress.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { describedBy, FieldLabelling } from '../components/FieldLabelling.tsx';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { RequestDownload } from './RequestDownload.tsx';
import { RequestReview } from './RequestReview.tsx';

export interface DataProtectionTabProps {
  readonly user: SignedInUser;
  readonly navigate: Navigate;
}

const NAME_FIELD = 'data-protection-name';
const DATE_FIELD = 'data-protection-date-of-birth';
const FIELD_IDS: Readonly<Record<string, string>> = { name: NAME_FIELD, dateOfBirth: DATE_FIELD };

const NAME_HINT = 'Their given name and family name. Capital letters and accents do not matter; leave out middle names unless you want only records that have them.';

/** The person's name: not the user's own, so the browser is not asked to fill it in. */
function NameField({ value, onChange, error }: { readonly value: string; readonly onChange: (value: string) => void; readonly error: string | undefined }) {
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <FieldLabelling id={NAME_FIELD} label="Full name" hint={NAME_HINT} error={error} />
      <input
        className={`govuk-input govuk-!-width-two-thirds${error === undefined ? '' : ' govuk-input--error'}`}
        id={NAME_FIELD}
        name={NAME_FIELD}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(NAME_FIELD, NAME_HINT, error)}
      />
    </div>
  );
}

function checkAnswers(name: string, dateOfBirth: string): FieldError[] {
  const errors: FieldError[] = [];
  if (name.trim().length < 2) errors.push({ field: NAME_FIELD, message: 'Enter the person’s name, at least 2 letters' });
  if (dateOfBirth !== '' && !isRealDate(dateOfBirth)) errors.push({ field: DATE_FIELD, message: 'Enter the date of birth as a real date, for example 14 2 1996' });
  return errors;
}

export function DataProtectionTab({ navigate }: DataProtectionTabProps) {
  const call = useApi();
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [starting, setStarting] = useState(false);
  const [notAllowed, setNotAllowed] = useState(false);
  const [search, setSearch] = useState<{ readonly jobId: string; readonly query: DataProtectionQuery } | null>(null);
  const outcome = useJobOutcome(search?.jobId ?? null, dataProtectionReview);
  const searching = starting || outcome.state === 'running';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (searching) return;
    const problems = checkAnswers(name, dateOfBirth);
    setErrors(problems);
    if (problems.length > 0) return;
    const query: DataProtectionQuery = { name: name.trim(), dateOfBirth: dateOfBirth === '' ? null : dateOfBirth };
    setStarting(true);
    setSearch(null);
    const result = await call('data-protection.search', query);
    setStarting(false);
    if (result.ok) {
      setSearch({ jobId: result.value.jobId, query });
      return;
    }
    if (result.error.code === 'LOCKED') return;
    if (result.error.code === 'NOT_ALLOWED') setNotAllowed(true);
    else setErrors(fieldErrorsFrom(result.error, '').map((error) => (error.field === undefined ? error : { ...error, field: FIELD_IDS[error.field] ?? error.field })));
  };

  if (notAllowed) {
    return (
      <div className="govuk-!-width-two-thirds" data-testid="data-protection-not-allowed">
        <h2 className="govuk-heading-l">Data-protection requests</h2>
        <p className="govuk-body">You cannot search the store for a data-protection request, because your role does not include it.</p>
        <p className="govuk-body">If you need to for your work, ask an administrator of Practice Review Manager in the Business Unit.</p>
      </div>
    );
  }

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <h2 className="govuk-heading-l">Data-protection requests</h2>
          <p className="govuk-body">
            Find everything this store holds about a person, across every case, open and closed: their people records, and every record, document, report and audit detail that names them. Use
            it to answer a subject access request or a request to erase.
          </p>
          <p className="govuk-body">Each search and each export is recorded in the audit trail, with the name searched for.</p>
          <form noValidate onSubmit={(event) => void submit(event)} role="search" aria-label="Data-protection request">
            <NameField value={name} onChange={setName} error={errorFor(errors, NAME_FIELD)} />
            <DateInput id={DATE_FIELD} label="Date of birth (optional)" hint="Leaves out people with the same name but another date of birth. For example, 14 2 1996" value={dateOfBirth} onChange={setDateOfBirth} error={errorFor(errors, DATE_FIELD)} />
            {searching ? <JobProgress id="data-protection-search-progress" label="Searching the store" job={outcome.state === 'running' ? outcome.job : null} /> : null}
            <button type="submit" className="govuk-button" aria-disabled={searching} data-module="govuk-button">
              {searching ? 'Searching…' : 'Search'}
            </button>
          </form>
        </div>
      </div>
      {outcome.state === 'failed' && outcome.code !== 'LOCKED' ? (
        <div className="govuk-!-width-two-thirds" role="alert" data-testid="data-protection-failed">
          <h3 className="govuk-heading-m">The search could not be done</h3>
          <p className="govuk-body">{outcome.message}</p>
          <p className="govuk-body">Press Search to try again.</p>
        </div>
      ) : null}
      {outcome.state === 'finished' && search !== null ? (
        <>
          <RequestReview review={outcome.result} navigate={navigate} />
          <RequestDownload key={search.jobId} query={search.query} nothingFound={outcome.result.found === 0} filesFound={outcome.result.filesFound > 0} />
        </>
      ) : null}
    </>
  );
}
