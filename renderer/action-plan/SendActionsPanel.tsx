/**
 * The send form with what it needs first: this install's trusted contacts, fetched when the form
 * opens (the contacts may have changed since the plan was loaded).
 */
import { useCallback } from 'react';
import type { ActionPlanView } from '../../shared/actions/action-plan.ts';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { NotShown } from '../components/NotShown.tsx';
import { SendActionsForm, type ActionsSent } from './SendActionsForm.tsx';

export interface SendActionsPanelProps {
  readonly view: ActionPlanView;
  readonly navigate: Navigate;
  readonly onSent: (sent: ActionsSent) => void;
  readonly onCancel: () => void;
}

export function SendActionsPanel({ view, navigate, onSent, onCancel }: SendActionsPanelProps) {
  const call = useApi();
  const contacts = useWholeView(useCallback(() => call('exchange.contacts', {}), [call]));
  if (contacts.load.state !== 'loaded') return <NotShown testId="plan" load={contacts.load} what="this install’s contacts" onRetry={contacts.reload} />;
  const trusted = contacts.load.view.contacts
    .filter((contact) => contact.state === 'trusted')
    .map((contact) => ({ contactId: contact.id, organisation: contact.organisation, installName: contact.installName }));
  return <SendActionsForm view={view} contacts={trusted} navigate={navigate} onSent={onSent} onCancel={onCancel} />;
}
