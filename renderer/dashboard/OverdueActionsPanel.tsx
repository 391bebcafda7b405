/**
 * Overdue actions above the case list: how many actions of every review's action plan are past
 * their due date and not done, the first few with a link to each case's plan, and the way to the
 * full list. It says "No actions are overdue" when there are none, and shows nothing at all when
 * the person may not see the actions agencies owe (or they cannot be read: the full list says why).
 */
import { useEffect, useState, type MouseEvent } from 'react';
import type { OwedActionsView } from '../../shared/actions/action-plan.ts';
import { formatDate } from '../components/format-date.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';

/** How many are listed on the dashboard; the rest are a link away. */
const SHOWN = 5;

function shortWhat(text: string): string {
  const plain = text.trim().replace(/\s+/g, ' ');
  return plain.length <= 80 ? plain : `${plain.slice(0, 79).trimEnd()}…`;
}

export function OverdueActionsPanel({ navigate }: { readonly navigate: Navigate }) {
  const call = useApi();
  const [owed, setOwed] = useState<OwedActionsView | null>(null);
  useEffect(() => {
    let current = true;
    void call('actions.owed', { agency: null, overdueOnly: true }).then((result) => {
      if (current && result.ok) setOwed(result.value);
    });
    return () => {
      current = false;
    };
  }, [call]);

  if (owed === null) return null;
  const overdue = owed.actions.filter((action) => action.overdue);
  const go = (event: MouseEvent<HTMLAnchorElement>, reference: string | null) => {
    event.preventDefault();
    navigate(reference === null ? { name: 'actions', agency: null } : { name: 'case', reference, section: 'action-plan' });
  };
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="overdue-actions-title" data-testid="overdue-actions-panel">
      <h2 className="govuk-heading-m" id="overdue-actions-title">
        Overdue actions
      </h2>
      {overdue.length === 0 ? (
        <p className="govuk-body" data-testid="overdue-actions-none">
          No actions are overdue.
        </p>
      ) : (
        <>
          <p className="govuk-body" data-testid="overdue-actions-count">
            {overdue.length === 1 ? '1 action is past its due date and not done.' : `${overdue.length.toLocaleString('en-GB')} actions are past their due dates and not done.`}
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {overdue.slice(0, SHOWN).map((action) => (
              <li key={action.id}>
                <a className="govuk-link" href={`#case-${action.reference}`} onClick={(event) => go(event, action.reference)}>
                  {action.reference}
                  <span className="govuk-visually-hidden"> action plan</span>
                </a>
                {`: ${action.agency}, “${shortWhat(action.what)}”, due ${formatDate(action.dueOn)}`}
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            <a className="govuk-link" href="#actions" onClick={(event) => go(event, null)}>
              {overdue.length > SHOWN ? `See all ${overdue.length.toLocaleString('en-GB')} overdue actions` : 'See the full list of actions owed'}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
