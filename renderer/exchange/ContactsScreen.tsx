/** PLACEHOLDER: this install's identity and contacts. */
import type { SignedInUser } from '../../shared/ipc/contract.ts';

export function ContactsScreen(_props: { readonly user: SignedInUser }) {
  return <h1 className="govuk-heading-l">Contacts</h1>;
}
