/**
 * The frame every step of the recovery shares: a back link (except on the first), the error
 * summary above the heading so it is read first, the step's caption and heading, and the
 * window's title.
 */
import type { MouseEvent, ReactNode } from 'react';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';

export const RECOVERY_STEPS = 3;

export interface RecoveryStepProps {
  readonly step: number;
  readonly heading: string;
  readonly onBack?: () => void;
  readonly errors?: readonly FieldError[];
  readonly children: ReactNode;
}

const NONE: readonly FieldError[] = [];

export function RecoveryStep({ step, heading, onBack, errors = NONE, children }: RecoveryStepProps) {
  useDocumentTitle(heading, errors.length > 0);
  const back = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onBack?.();
  };
  return (
    <div className="govuk-grid-row" data-testid={`recovery-step-${step}`}>
      <div className="govuk-grid-column-two-thirds">
        {onBack === undefined ? null : (
          <a href="#recovery" className="govuk-back-link" onClick={back}>
            Back
          </a>
        )}
        <ErrorSummary errors={errors} />
        <PageHeading caption={`Use the recovery code: step ${step} of ${RECOVERY_STEPS}`}>{heading}</PageHeading>
        {children}
      </div>
    </div>
  );
}
