import { CONTACT_STATE_LABELS, type ContactState } from '../../shared/exchange/contacts.ts';

const TAG_CLASSES: Readonly<Record<ContactState, string>> = {
  unconfirmed: 'govuk-tag--yellow',
  trusted: 'govuk-tag--green',
  revoked: 'govuk-tag--red',
};

/** A contact's state as a GOV.UK tag: the words say it, the colour only repeats them. */
export function ContactStateTag({ state }: { readonly state: ContactState }) {
  return <strong className={`govuk-tag ${TAG_CLASSES[state]}`}>{CONTACT_STATE_LABELS[state]}</strong>;
}
