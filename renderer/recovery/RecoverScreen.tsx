/** The guided recovery with the recovery code, before anyone is signed in. */
import type { AppStatus } from '../../shared/ipc/contract.ts';

export interface RecoverScreenProps {
  /** Signed in as the new administrator the recovery made. */
  readonly onRecovered: (status: AppStatus) => void;
  readonly onCancel: () => void;
}

// PLACEHOLDER: filled in by its helper.
export function RecoverScreen(_props: RecoverScreenProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
