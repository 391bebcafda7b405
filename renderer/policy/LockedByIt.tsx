/**
 * A setting IT's machine policy holds, shown read-only in place of its form: what it is, and why
 * it cannot be changed here, so nobody looks for a button that is not there.
 */
import type { ReactNode } from 'react';
import type { PolicySourceName } from '../../shared/ipc/machine-policy-calls.ts';

const WHERE: Readonly<Record<PolicySourceName, string>> = {
  registry: 'in the registry (Group Policy)',
  file: 'in the machine policy file',
};

export interface LockedByItProps {
  readonly source: PolicySourceName;
  /** The setting's value in words. */
  readonly children: ReactNode;
  readonly testId: string;
}

export function LockedByIt({ source, children, testId }: LockedByItProps) {
  return (
    <div data-testid={testId}>
      <p className="govuk-body">
        <strong className="govuk-tag govuk-tag--grey">Locked by IT</strong>
      </p>
      <p className="govuk-body">{children}</p>
      <div className="govuk-inset-text">IT has set this for everyone who uses this computer, {WHERE[source]}, so it cannot be changed here. If it needs to change, ask IT.</div>
    </div>
  );
}
