/**
 * This install's identity and its contacts as main last sent them. Every contacts call answers
 * with the whole ContactsView again, so the screen replaces what it shows with that answer.
 */
import { useCallback } from 'react';
import type { ContactsView } from '../../shared/exchange/contacts.ts';
import { useWholeView, type UseWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';

export type UseContacts = UseWholeView<ContactsView>;

export function useContacts(): UseContacts {
  const call = useApi();
  return useWholeView(useCallback(() => call('exchange.contacts', {}), [call]));
}
