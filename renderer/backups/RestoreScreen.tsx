/** Restoring the store from a backup before anyone is signed in (this computer's store was lost). */
import type { AppStatus } from '../../shared/ipc/contract.ts';

export interface RestoreScreenProps {
  /** The folder the store is restored into, as the app is set up to use it. */
  readonly storeFolder: string | null;
  /** Signed in to the restored store. */
  readonly onRestored: (status: AppStatus) => void;
  readonly onCancel: () => void;
}

// PLACEHOLDER: filled in by its helper.
export function RestoreScreen(_props: RestoreScreenProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
