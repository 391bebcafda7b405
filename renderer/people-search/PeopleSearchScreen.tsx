import { useState, type FormEvent } from 'react';
import type { PersonMatch } from '../../shared/reviews/people.ts';
import { formatDate } from '../components/format-date.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { DateInput, isRealDate } from '../components/form/DateInput.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { PeopleSearchResults } from './PeopleSearchResults.tsx';

type Search =
  | { readonly state: 'idle' }
  | { readonly state: 'searching' }
  | { readonly state: 'not-allowed' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'found'; readonly matches: readonly PersonMatch[]; readonly asked: string };

const NAME_FIELD = 'name';
const DATE_FIELD = 'dateOfBirth';

/**
 * A person across every case, open and closed (policy 9, links between reviews): a repeat
 * incident in the same family must be seen, so the search covers other names too.
 */
export function PeopleSearchScreen({ navigate }: { navigate: Navigate }) {
  const call = useApi();
  const [name, setName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  useDocumentTitle('Find a person', errors.length > 0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (search.state === 'searching') return;
    const problems = checkSearch(name, dateOfBirth);
    setErrors(problems);
    if (problems.length > 0) return;
    setSearch({ state: 'searching' });
    const result = await call('people.search', { name: name.trim(), dateOfBirth: dateOfBirth === '' ? null : dateOfBirth });
    if (result.ok) {
      setSearch({ state: 'found', matches: result.value.matches, asked: describeSearch(name, dateOfBirth) });
      return;
    }
    if (result.error.code === 'LOCKED') return;
    if (result.error.code === 'NOT_ALLOWED') {
      setSearch({ state: 'not-allowed' });
      return;
    }
    if (result.error.code === 'INVALID_INPUT') {
      setSearch({ state: 'idle' });
      setErrors(fieldErrorsFrom(result.error, ''));
      return;
    }
    setSearch({ state: 'failed', message: result.error.message });
  };

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <PageHeading>Find a person</PageHeading>
          <p className="govuk-body">Search every case, open and closed, for a child, family member or practitioner. Other names they are known by are searched too.</p>
          <form noValidate onSubmit={submit} role="search" aria-label="Find a person">
            <div className={`govuk-form-group${errorFor(errors, NAME_FIELD) === undefined ? '' : ' govuk-form-group--error'}`}>
              <label className="govuk-label govuk-label--s" htmlFor={NAME_FIELD}>
                Name
              </label>
              <div id={`${NAME_FIELD}-hint`} className="govuk-hint">
                Part of a given name, family name or other name is enough
              </div>
              {errorFor(errors, NAME_FIELD) === undefined ? null : (
                <p id={`${NAME_FIELD}-error`} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errorFor(errors, NAME_FIELD)}
                </p>
              )}
              <input
                className={`govuk-input govuk-!-width-two-thirds${errorFor(errors, NAME_FIELD) === undefined ? '' : ' govuk-input--error'}`}
                id={NAME_FIELD}
                name={NAME_FIELD}
                type="text"
                spellCheck={false}
                autoComplete="off"
                value={name}
                onChange={(event) => setName(event.target.value)}
                aria-describedby={errorFor(errors, NAME_FIELD) === undefined ? `${NAME_FIELD}-hint` : `${NAME_FIELD}-hint ${NAME_FIELD}-error`}
              />
            </div>
            <DateInput id={DATE_FIELD} label="Date of birth" hint="Optional. For example, 27 3 2016" value={dateOfBirth} onChange={setDateOfBirth} error={errorFor(errors, DATE_FIELD)} />
            <button type="submit" className="govuk-button" data-module="govuk-button" aria-disabled={search.state === 'searching'}>
              Search
            </button>
          </form>
        </div>
      </div>
      <SearchOutcome search={search} navigate={navigate} />
    </>
  );
}

function SearchOutcome({ search, navigate }: { search: Search; navigate: Navigate }) {
  switch (search.state) {
    case 'idle':
      return null;
    case 'searching':
      return (
        <p className="govuk-body" role="status">
          Searching…
        </p>
      );
    case 'not-allowed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert" data-testid="people-search-not-allowed">
          <h2 className="govuk-heading-m">You cannot search for people</h2>
          <p className="govuk-body">Searching for people across every case is not part of your role.</p>
          <p className="govuk-body">If you need it for your work, ask an administrator of Practice Review Manager in the Business Unit to add it to your role.</p>
        </div>
      );
    case 'failed':
      return (
        <div className="govuk-!-width-two-thirds" role="alert">
          <h2 className="govuk-heading-m">The search could not be done</h2>
          <p className="govuk-body">{search.message}</p>
          <p className="govuk-body">Press Search to try again.</p>
        </div>
      );
    case 'found':
      return <PeopleSearchResults matches={search.matches} asked={search.asked} navigate={navigate} />;
  }
}

function checkSearch(name: string, dateOfBirth: string): FieldError[] {
  if (dateOfBirth !== '' && !isRealDate(dateOfBirth)) return [{ field: DATE_FIELD, message: 'Enter the date of birth as a real date, for example 27 3 2016' }];
  if (name.trim() === '' && dateOfBirth === '') return [{ field: NAME_FIELD, message: 'Enter a name or a date of birth to search for' }];
  return [];
}

function describeSearch(name: string, dateOfBirth: string): string {
  const parts = [name.trim() === '' ? null : `“${name.trim()}”`, dateOfBirth === '' ? null : `born ${formatDate(dateOfBirth)}`].filter((part) => part !== null);
  return parts.join(', ');
}
