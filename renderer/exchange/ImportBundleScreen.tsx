/**
 * Importing a bundle another organisation sent: choose the file (it comes in with its progress),
 * then main checks it — its signature against a trusted contact, that it is for this install,
 * every item's fingerprint, its format version, that it was not imported before — and says what
 * importing it would do, writing nothing. Import applies it all in one go, or nothing at all.
 */
import { useState, type FormEvent } from 'react';
import type { ErrorValue } from '../../shared/errors.ts';
import type { ImportPreview, ImportResult } from '../../shared/exchange/exchange-view.ts';
import { formatSize } from '../case/documents/format-size.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { TransferProgress } from '../vault/TransferProgress.tsx';
import { BUNDLE_FIELD, BundleChooser } from './BundleChooser.tsx';
import { ACCEPT_FIELD, ASSIGN_FIELD, BundlePreview, type PreviewChoices } from './BundlePreview.tsx';
import { ImportResultPanel } from './ImportResultPanel.tsx';
import { useBundleUpload, type ChosenBundle } from './use-bundle-upload.ts';

type Step =
  | { readonly name: 'choose' }
  | { readonly name: 'uploading'; readonly chosen: ChosenBundle }
  | { readonly name: 'checking'; readonly chosen: ChosenBundle }
  | { readonly name: 'preview'; readonly preview: ImportPreview; readonly applying: boolean }
  | { readonly name: 'done'; readonly result: ImportResult }
  | { readonly name: 'not-allowed' };

const TITLES: Readonly<Record<Step['name'], string>> = {
  choose: 'Import a bundle',
  uploading: 'Import a bundle',
  checking: 'Import a bundle',
  preview: 'Check the bundle before you import it',
  done: 'Bundle imported',
  'not-allowed': 'Import a bundle',
};

export function ImportBundleScreen({ navigate }: { readonly navigate: Navigate }) {
  const call = useApi();
  const upload = useBundleUpload();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [chosen, setChosen] = useState<ChosenBundle | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** Main's refusal of the bundle, if it refused it: the page then says that nothing was imported. */
  const [refused, setRefused] = useState<string | null>(null);
  const [choices, setChoices] = useState<PreviewChoices>({ assignTo: '', acceptProblems: false });
  useDocumentTitle(TITLES[step.name], errors.length > 0);

  const startAgain = (problems: FieldError[], refusal: string | null) => {
    setErrors(problems);
    setRefused(refusal);
    setStep({ name: 'choose' });
  };

  /** A refusal of the bundle itself (not of an answer on the page): main's words, at the file chooser. */
  const refuse = (error: ErrorValue) => {
    if (error.code === 'LOCKED') return;
    if (error.code === 'NOT_ALLOWED') {
      setStep({ name: 'not-allowed' });
      return;
    }
    startAgain([{ field: BUNDLE_FIELD, message: error.message }], error.message);
  };

  const check = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step.name !== 'choose') return;
    if (chosen === null) {
      startAgain([{ field: BUNDLE_FIELD, message: 'Choose the bundle file to import' }], null);
      return;
    }
    setErrors([]);
    setRefused(null);
    setStep({ name: 'uploading', chosen });
    const staged = await upload.upload(chosen);
    if (staged.kind === 'cancelled') {
      startAgain([{ field: BUNDLE_FIELD, message: `You cancelled bringing in ${chosen.name}. Nothing was imported.` }], null);
      return;
    }
    if (staged.kind === 'failed') {
      refuse(staged.error);
      return;
    }
    setStep({ name: 'checking', chosen });
    const previewed = await call('exchange.preview', { stagedId: staged.stagedId });
    if (!previewed.ok) {
      refuse(previewed.error);
      return;
    }
    setChoices({ assignTo: previewed.value.suggestedAssignee ?? previewed.value.assignees[0] ?? '', acceptProblems: false });
    setStep({ name: 'preview', preview: previewed.value, applying: false });
  };

  const apply = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step.name !== 'preview' || step.applying) return;
    const { preview } = step;
    const problems: FieldError[] = [];
    if (preview.problemsToAccept.length > 0 && !choices.acceptProblems) {
      problems.push({ field: ACCEPT_FIELD, message: 'Confirm you have read the rows that could not be read, or choose a different file' });
    }
    if (preview.assignees.length > 0 && choices.assignTo === '') problems.push({ field: ASSIGN_FIELD, message: 'Choose who the task should go to' });
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    setErrors([]);
    setStep({ ...step, applying: true });
    const options = { assignTo: preview.assignees.length === 0 ? null : choices.assignTo, acceptProblems: choices.acceptProblems };
    const applied = await call('exchange.apply', { stagedId: preview.stagedId, sha256: preview.sha256, options });
    if (applied.ok) {
      setChosen(null);
      setStep({ name: 'done', result: applied.value });
      return;
    }
    // A problem with an answer on this page (whom to give the task to) is put right here; any other refusal is of the bundle.
    const answerProblems = (applied.error.problems ?? [])
      .map((problem) => ({ ...problem, path: problem.path.replace(/^options\./, '') }))
      .filter((problem) => problem.path === ACCEPT_FIELD || problem.path === ASSIGN_FIELD);
    if (applied.error.code === 'INVALID_INPUT' && answerProblems.length > 0) {
      setErrors(fieldErrorsFrom({ ...applied.error, problems: answerProblems }, ''));
      setStep({ ...step, applying: false });
      return;
    }
    refuse(applied.error);
  };

  const another = () => {
    setChosen(null);
    startAgain([], null);
  };

  if (step.name === 'done') return <ImportResultPanel result={step.result} navigate={navigate} onAnother={another} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {step.name === 'preview' ? (
          <form noValidate onSubmit={(event) => void apply(event)} data-testid="import-preview-form">
            <PageHeading key="preview" caption="Import a bundle">
              Check the bundle before you import it
            </PageHeading>
            <p className="govuk-body">Nothing has been written yet. Check who it is from and what it will do, then import it.</p>
            <BundlePreview preview={step.preview} choices={choices} onChoices={setChoices} errors={errors} />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" aria-disabled={step.applying}>
                {step.applying ? 'Importing…' : 'Import'}
              </button>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={another}>
                Choose a different file
              </button>
            </div>
            <p className="govuk-body prm-status" role="status">
              {step.applying ? 'Importing the bundle: everything in it is written at once, or nothing is.' : ''}
            </p>
          </form>
        ) : (
          <>
            <PageHeading key="choose">Import a bundle</PageHeading>
            {step.name === 'not-allowed' ? <NotAllowed /> : chooseStep()}
          </>
        )}
      </div>
    </div>
  );

  // Called, not rendered as a component: a component made anew on each render would lose the chosen file.
  function chooseStep() {
    const busy = step.name === 'uploading' || step.name === 'checking';
    return (
      <form noValidate onSubmit={(event) => void check(event)} data-testid="import-choose-form">
        {refused !== null ? (
          <div className="govuk-inset-text" data-testid="nothing-imported">
            {/* Main's refusals mostly say so already; the page says it once either way. */}
            {refused.includes('Nothing was imported') ? '' : 'Nothing from that bundle was imported. '}
            If you expected it to be accepted, ask the organisation that sent it to check that it was made for this install, then to send it again.
          </div>
        ) : (
          <p className="govuk-body">
            Choose a bundle another organisation sent you: an agency’s return, a signed decision, a reply to a draft, a request, or a case handed over. It is checked before
            anything is written, and you see what importing it will do first.
          </p>
        )}
        <BundleChooser chosen={chosen} onChosen={setChosen} onProblem={(message) => setErrors([{ field: BUNDLE_FIELD, message }])} error={errorFor(errors, BUNDLE_FIELD)} />
        {step.name === 'uploading' && upload.progress !== null ? (
          <>
            <TransferProgress id="bundle-upload" label={`Bringing in ${step.chosen.name} (${formatSize(step.chosen.size)})`} progress={upload.progress} />
            <button type="button" className="govuk-button govuk-button--secondary" onClick={upload.cancel}>
              Cancel
            </button>
          </>
        ) : (
          <button type="submit" className="govuk-button" aria-disabled={busy}>
            {step.name === 'checking' ? 'Checking…' : 'Check the bundle'}
          </button>
        )}
        <p className="govuk-body prm-status" role="status" data-testid="import-status">
          {step.name === 'checking' ? 'Checking the bundle: its signature, that it is for this install and that nothing in it has changed…' : ''}
        </p>
      </form>
    );
  }
}

function NotAllowed() {
  return (
    <div data-testid="import-not-allowed">
      <p className="govuk-body">You cannot import bundles, because your role does not include it.</p>
      <p className="govuk-body">Bundles are imported by the Business Unit and administrators. If one was sent to you, pass it to them.</p>
    </div>
  );
}
