/**
 * Whom a bundle goes to: one of this install's trusted contacts, as radios (there are rarely more
 * than a handful for one purpose). The first radio has the id "to", where main's problems point.
 */
import type { ReactNode } from 'react';
import type { ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { Radios } from '../components/form/Radios.tsx';
import { describeInstall } from './contacts-editing.ts';

export type Party = ExchangeCaseView['contacts'][number];

export const TO_FIELD = 'to';

export interface ContactChoiceProps {
  readonly legend: string;
  readonly hint?: ReactNode;
  readonly contacts: readonly Party[];
  /** The chosen contact's id, or null. */
  readonly value: number | null;
  readonly onChange: (contactId: number) => void;
  readonly error: string | undefined;
}

export function ContactChoice({ legend, hint, contacts, value, onChange, error }: ContactChoiceProps) {
  return (
    <Radios
      id={TO_FIELD}
      legend={legend}
      hint={hint ?? 'Only installs whose fingerprint has been confirmed are listed.'}
      value={value === null ? '' : String(value)}
      onChange={(chosen) => onChange(Number(chosen))}
      options={contacts.map((contact) => ({ value: String(contact.contactId), label: describeInstall(contact) }))}
      error={error}
    />
  );
}

/** Contacts of one organisation, as the case names it: agencies' names are typed by people, so case and spacing are not held against them. */
export function contactsOf(contacts: readonly Party[], organisation: string): Party[] {
  const wanted = comparable(organisation);
  return contacts.filter((contact) => comparable(contact.organisation) === wanted);
}

function comparable(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}
