/**
 * The partnership's letterhead: the name, address and logo at the top of every letter the app
 * makes, and who signs the letters. Administrators change it; everyone else sees it as it stands.
 */
import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { letterheadInput, LOGO_MEDIA_TYPES, MAX_LOGO_BYTES, type Letterhead, type LetterheadView } from '../../shared/evidence/letterhead.ts';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { describedBy } from '../components/FieldLabelling.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../components/problems.ts';
import { TextInput } from '../case/components/TextInput.tsx';
import { readAsBase64 } from '../case/documents/file-content.ts';
import { useApi } from '../session/api-context.tsx';

type Logo = NonNullable<Letterhead['logo']>;
type LetterheadLoad = { readonly state: 'loading' } | { readonly state: 'failed'; readonly message: string } | { readonly state: 'loaded'; readonly view: LetterheadView };

/** Field ids: prefixed, so they cannot clash with the policy form's on the same page. */
const FIELD = {
  partnershipName: 'letterhead-partnershipName',
  addressLines: 'letterhead-addressLines',
  contactEmail: 'letterhead-contactEmail',
  signatoryName: 'letterhead-signatoryName',
  signatoryRole: 'letterhead-signatoryRole',
  logo: 'letterhead-logo',
} as const;

const LOGO_HINT = 'A PNG or JPEG image of at most 1 MB. It sits at the top of each letter, beside the partnership’s name.';

/** Main (and the schema) name problems by their path ("addressLines.2", "logo.contentBase64"); each belongs to one box here. */
function letterheadField(error: FieldError): FieldError {
  if (error.field === undefined) return error;
  const top = error.field.split('-')[0] as keyof typeof FIELD;
  return Object.hasOwn(FIELD, top) ? { field: FIELD[top], message: error.message } : { message: error.message };
}

function logoSource(logo: Logo): string {
  return `data:${logo.mediaType};base64,${logo.contentBase64}`;
}

export interface LetterheadSettingsProps {
  /** The policy screen's errors: one error summary at the top of the page for all its forms. */
  readonly errors: readonly FieldError[];
  readonly onErrors: (errors: FieldError[]) => void;
}

export function LetterheadSettings({ errors, onErrors }: LetterheadSettingsProps) {
  const call = useApi();
  const [load, setLoad] = useState<LetterheadLoad>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState('');

  const fetchLetterhead = useCallback(async () => {
    setLoad({ state: 'loading' });
    const result = await call('letterhead.get', {});
    if (result.ok) setLoad({ state: 'loaded', view: result.value });
    else if (result.error.code !== 'LOCKED') setLoad({ state: 'failed', message: result.error.message });
  }, [call]);

  useEffect(() => {
    void fetchLetterhead();
  }, [fetchLetterhead]);

  return (
    <section aria-labelledby="letterhead-heading" data-testid="letterhead-settings">
      <h2 className="govuk-heading-m" id="letterhead-heading">
        Letterhead
      </h2>
      <p className="govuk-body">The partnership’s name, address and logo at the top of every letter the app makes, and who signs the letters.</p>
      {load.state === 'loading' ? (
        <p className="govuk-body" role="status">
          Loading the letterhead…
        </p>
      ) : load.state === 'failed' ? (
        <div role="alert">
          <p className="govuk-body">{`The letterhead could not be shown. ${load.message}`}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void fetchLetterhead()}>
            Try again
          </button>
        </div>
      ) : load.view.canManage ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold prm-status" role="status" data-testid="letterhead-status">
            {done}
          </p>
          <LetterheadForm
            // Each save remounts the form from main's answer, so what shows is what was stored.
            key={version}
            letterhead={load.view.letterhead}
            errors={errors}
            onErrors={(next) => {
              setDone('');
              onErrors(next);
            }}
            onSaved={(view) => {
              onErrors([]);
              setLoad({ state: 'loaded', view });
              setVersion((current) => current + 1);
              setDone('The letterhead has been saved.');
            }}
          />
        </>
      ) : (
        <LetterheadReadOnly letterhead={load.view.letterhead} />
      )}
    </section>
  );
}

function LetterheadReadOnly({ letterhead }: { letterhead: Letterhead | null }) {
  if (letterhead === null) {
    return (
      <p className="govuk-body" data-testid="letterhead-read-only">
        The letterhead has not been set yet, so request letters cannot be made. Ask an administrator of Practice Review Manager in the Business Unit to set it.
      </p>
    );
  }
  const rows: { key: string; value: string }[] = [
    { key: 'Partnership', value: letterhead.partnershipName },
    { key: 'Address', value: letterhead.addressLines.length === 0 ? 'Not recorded' : letterhead.addressLines.join('\n') },
    { key: 'Contact email', value: letterhead.contactEmail === '' ? 'Not recorded' : letterhead.contactEmail },
    { key: 'Letters signed by', value: [letterhead.signatoryName, letterhead.signatoryRole].filter((part) => part !== '').join('\n') },
  ];
  return (
    <dl className="govuk-summary-list" data-testid="letterhead-read-only">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value" style={{ whiteSpace: 'pre-line' }}>
            {row.value}
          </dd>
        </div>
      ))}
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Logo</dt>
        <dd className="govuk-summary-list__value">
          {letterhead.logo === null ? 'No logo' : <img src={logoSource(letterhead.logo)} alt={`The logo of ${letterhead.partnershipName}`} style={{ maxHeight: '80px', maxWidth: '100%' }} />}
        </dd>
      </div>
    </dl>
  );
}

interface LetterheadFormProps {
  readonly letterhead: Letterhead | null;
  readonly errors: readonly FieldError[];
  readonly onErrors: (errors: FieldError[]) => void;
  readonly onSaved: (view: LetterheadView) => void;
}

function LetterheadForm({ letterhead, errors, onErrors, onSaved }: LetterheadFormProps) {
  const call = useApi();
  const [partnershipName, setPartnershipName] = useState(letterhead?.partnershipName ?? '');
  const [address, setAddress] = useState(letterhead?.addressLines.join('\n') ?? '');
  const [contactEmail, setContactEmail] = useState(letterhead?.contactEmail ?? '');
  const [signatoryName, setSignatoryName] = useState(letterhead?.signatoryName ?? '');
  const [signatoryRole, setSignatoryRole] = useState(letterhead?.signatoryRole ?? '');
  const [logo, setLogo] = useState<Logo | null>(letterhead?.logo ?? null);
  const [busy, setBusy] = useState(false);

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again after a refusal still counts as a change.
    event.target.value = '';
    if (file === undefined) return;
    const mediaType = LOGO_MEDIA_TYPES.find((type) => type === file.type);
    if (mediaType === undefined) {
      onErrors([{ field: FIELD.logo, message: `${file.name} is not a PNG or JPEG image. Choose a PNG or JPEG image for the logo` }]);
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      onErrors([{ field: FIELD.logo, message: `${file.name} is larger than 1 MB. Choose a smaller image for the logo` }]);
      return;
    }
    try {
      setLogo({ mediaType, contentBase64: await readAsBase64(file) });
      onErrors([]);
    } catch {
      onErrors([{ field: FIELD.logo, message: `${file.name} could not be read. Choose it again` }]);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    // One address line per line of the box; blank lines are not lines of the address.
    const addressLines = address
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const checked = letterheadInput.safeParse({ partnershipName, addressLines, contactEmail, signatoryName, signatoryRole, logo });
    if (!checked.success) {
      onErrors(fieldErrorsFromIssues(checked.error.issues).map(letterheadField));
      return;
    }
    setBusy(true);
    const result = await call('letterhead.save', { letterhead: checked.data });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else if (result.error.code !== 'LOCKED') onErrors(fieldErrorsFrom(result.error, 'letterhead.').map(letterheadField));
  };

  const logoError = errorFor(errors, FIELD.logo);
  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="letterhead-form">
      {letterhead === null ? <div className="govuk-inset-text">The letterhead has not been set yet. Request letters cannot be made until it is.</div> : null}
      <TextInput id={FIELD.partnershipName} label="Partnership name" value={partnershipName} onChange={setPartnershipName} error={errorFor(errors, FIELD.partnershipName)} />
      <TextArea
        id={FIELD.addressLines}
        label="Address (optional)"
        hint="One line of the address on each line, at most 6 lines"
        value={address}
        onChange={setAddress}
        error={errorFor(errors, FIELD.addressLines)}
        rows={6}
      />
      <TextInput id={FIELD.contactEmail} label="Contact email address (optional)" value={contactEmail} onChange={setContactEmail} error={errorFor(errors, FIELD.contactEmail)} type="email" />
      <TextInput id={FIELD.signatoryName} label="Name of the person who signs letters" value={signatoryName} onChange={setSignatoryName} error={errorFor(errors, FIELD.signatoryName)} />
      <TextInput id={FIELD.signatoryRole} label="Their job title (optional)" value={signatoryRole} onChange={setSignatoryRole} error={errorFor(errors, FIELD.signatoryRole)} />
      <div className={`govuk-form-group${logoError === undefined ? '' : ' govuk-form-group--error'}`}>
        <label className="govuk-label govuk-label--s" htmlFor={FIELD.logo}>
          {logo === null ? 'Logo (optional)' : 'Choose a different logo (optional)'}
        </label>
        <div id={`${FIELD.logo}-hint`} className="govuk-hint">
          {LOGO_HINT}
        </div>
        {logoError === undefined ? null : (
          <p id={`${FIELD.logo}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {logoError}
          </p>
        )}
        {logo === null ? null : (
          <div className="govuk-!-margin-bottom-3" data-testid="logo-preview">
            <img src={logoSource(logo)} alt={`The logo${partnershipName.trim() === '' ? '' : ` of ${partnershipName.trim()}`}, as letters will show it`} style={{ maxHeight: '80px', maxWidth: '100%' }} />
            <div>
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-top-2 govuk-!-margin-bottom-0" onClick={() => setLogo(null)}>
                Remove the logo
              </button>
            </div>
          </div>
        )}
        <input
          className={`govuk-file-upload${logoError === undefined ? '' : ' govuk-file-upload--error'}`}
          id={FIELD.logo}
          name={FIELD.logo}
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby={describedBy(FIELD.logo, LOGO_HINT, logoError)}
          onChange={(event) => void chooseLogo(event)}
        />
      </div>
      <p className="govuk-body">The logo is changed or removed when the letterhead is saved.</p>
      <button type="submit" className="govuk-button" aria-disabled={busy}>
        {busy ? 'Saving…' : 'Save the letterhead'}
      </button>
    </form>
  );
}
