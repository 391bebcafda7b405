/**
 * What every "send" form of a case's Send and receive section shares: its heading (which takes
 * focus as the form opens), the error summary, the fields, and the button that makes and saves
 * the bundle — which becomes the bundle's progress, with a cancel, while it is saved.
 */
import type { FormEvent, ReactNode } from 'react';
import { FormHeading } from '../case/components/FormHeading.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TransferProgress } from '../vault/TransferProgress.tsx';
import type { UseSendBundle } from './use-send-bundle.ts';

export interface SendFormFrameProps {
  readonly title: string;
  readonly sending: UseSendBundle;
  readonly submitLabel: string;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly testId: string;
  readonly children: ReactNode;
}

export function SendFormFrame({ title, sending, submitLabel, onSubmit, onCancel, testId, children }: SendFormFrameProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.stage === 'idle') onSubmit();
  };
  return (
    <form noValidate onSubmit={submit} className="govuk-!-margin-bottom-8" data-testid={testId}>
      <FormHeading>{title}</FormHeading>
      <ErrorSummary errors={sending.errors} />
      {children}
      <p className="govuk-body prm-status" role="status" data-testid="send-status">
        {sending.stage === 'making' ? 'Making the bundle: sealing it for the contact’s install and signing it…' : ''}
      </p>
      {sending.stage === 'saving' && sending.progress !== null ? (
        <>
          <TransferProgress id="bundle-progress" label="Saving the bundle" progress={sending.progress} />
          <button type="button" className="govuk-button govuk-button--secondary" onClick={sending.cancel}>
            Cancel saving
          </button>
        </>
      ) : (
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" aria-disabled={sending.stage !== 'idle'}>
            {sending.stage === 'making' ? 'Making the bundle…' : submitLabel}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}
