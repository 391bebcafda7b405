/**
 * What a bundle is and what importing it would do, after every check and before anything is
 * written: who made it (the contact's organisation, install and fingerprint, and the person),
 * what kind it is, the case it is about on both sides, the changes line by line, any warnings,
 * any chronology rows that could not be read (imported only if the person says so), and, for a
 * bundle that opens a task, whom to give it to.
 */
import type { ReactNode } from 'react';
import { BUNDLE_KIND_LABELS } from '../../shared/exchange/bundle.ts';
import type { ImportPreview } from '../../shared/exchange/exchange-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { SummaryList } from '../case/components/SummaryList.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { Checkbox } from '../components/form/Checkboxes.tsx';
import { Select } from '../components/form/Select.tsx';
import { WarningText } from '../components/WarningText.tsx';
import { Fingerprint } from './Fingerprint.tsx';

export const ACCEPT_FIELD = 'acceptProblems';
export const ASSIGN_FIELD = 'assignTo';

export interface PreviewChoices {
  readonly assignTo: string;
  readonly acceptProblems: boolean;
}

export interface BundlePreviewProps {
  readonly preview: ImportPreview;
  readonly choices: PreviewChoices;
  readonly onChoices: (choices: PreviewChoices) => void;
  readonly errors: readonly FieldError[];
}

function caseLine(reference: string | null, none: string): ReactNode {
  return reference === null ? <span className="prm-secondary-text">{none}</span> : reference;
}

export function BundlePreview({ preview, choices, onChoices, errors }: BundlePreviewProps) {
  return (
    <div data-testid="bundle-preview">
      <h2 className="govuk-heading-m">Who it is from</h2>
      <SummaryList
        testId="bundle-from"
        rows={[
          { label: 'Organisation', value: preview.from.organisation },
          { label: 'Install', value: preview.from.installName },
          { label: 'Fingerprint', value: <Fingerprint value={preview.from.fingerprint} small /> },
          { label: 'Made by', value: `${preview.from.userName}, on ${formatTimestamp(preview.createdAt)}` },
        ]}
      />
      <p className="govuk-body">Its signature has been checked: it was made by this trusted contact’s install and has not been changed since.</p>
      <h2 className="govuk-heading-m">What it is</h2>
      <SummaryList
        testId="bundle-what"
        rows={[
          { label: 'Kind', value: BUNDLE_KIND_LABELS[preview.kind] },
          { label: 'Their case reference', value: caseLine(preview.caseReference.theirs, 'None given') },
          { label: 'Case on this install', value: caseLine(preview.caseReference.ours, 'None yet') },
        ]}
      />
      <h2 className="govuk-heading-m">What importing it will do</h2>
      <ul className="govuk-list govuk-list--bullet" data-testid="bundle-will-do">
        {preview.willDo.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {preview.warnings.map((warning, index) => (
        <WarningText key={index} testId="bundle-warning">
          {warning}
        </WarningText>
      ))}
      {preview.problemsToAccept.length === 0 ? null : (
        <div data-testid="bundle-problems">
          <h2 className="govuk-heading-m">Rows of the chronology that could not be read</h2>
          <p className="govuk-body">These rows will be left out. You can ask the agency to correct them and send its return again, or import the rest now.</p>
          <ul className="govuk-list govuk-list--bullet">
            {preview.problemsToAccept.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
          <Checkbox
            id={ACCEPT_FIELD}
            label="I have read these problems and want to import the rest"
            checked={choices.acceptProblems}
            onChange={(acceptProblems) => onChoices({ ...choices, acceptProblems })}
            error={errorFor(errors, ACCEPT_FIELD)}
          />
        </div>
      )}
      {preview.assignees.length === 0 ? null : (
        <Select
          id={ASSIGN_FIELD}
          label="Who should the task go to?"
          hint="They see it under Tasks when they sign in to this install."
          value={choices.assignTo}
          onChange={(assignTo) => onChoices({ ...choices, assignTo })}
          options={preview.assignees.map((name) => ({ value: name, label: name }))}
          error={errorFor(errors, ASSIGN_FIELD)}
        />
      )}
    </div>
  );
}
