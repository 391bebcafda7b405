/**
 * "Set by IT on this computer": every machine-policy setting in force, its value and where IT set
 * it. Shown to everyone who sees the policy settings; an administrator also sees when IT has set
 * nothing, so they know the settings below are theirs to change.
 */
import { useCallback } from 'react';
import { NotShown } from '../components/NotShown.tsx';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import { rowsSetByIt } from './machine-policy-labels.ts';

export function SetByItPanel({ canManage }: { readonly canManage: boolean }) {
  const call = useApi();
  const { load, reload } = useWholeView(useCallback(() => call('policy.machine', {}), [call]));
  if (load.state !== 'loaded') return <NotShown load={load} what="what IT has set on this computer" onRetry={reload} level={2} testId="set-by-it" />;
  const view = load.view;
  const rows = rowsSetByIt(view);
  if (rows.length === 0) {
    if (!canManage) return null;
    return (
      <p className="govuk-body" data-testid="set-by-it-none">
        IT has not set any machine-wide settings for this computer, so the idle lock and secured files settings below are the partnership’s to change.
      </p>
    );
  }
  const fromRegistry = rows.some((row) => row.source === 'registry');
  const sources = [...(fromRegistry ? [`the registry key ${view.registryKey}`] : []), ...(view.policyFile === null ? [] : [`the file ${view.policyFile}`])];
  return (
    <section aria-labelledby="set-by-it-heading" data-testid="set-by-it">
      <h2 className="govuk-heading-m" id="set-by-it-heading">
        Set by IT on this computer
      </h2>
      <p className="govuk-body">These settings hold for everyone who uses Practice Review Manager on this computer, and cannot be changed in the app. If one needs to change, ask IT.</p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Settings IT has set on this computer</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Setting
            </th>
            <th scope="col" className="govuk-table__header">
              Value
            </th>
            <th scope="col" className="govuk-table__header">
              Where IT set it
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.setting}>
              <th scope="row" className="govuk-table__header">
                {row.setting}
              </th>
              <td className={`govuk-table__cell${row.setting === 'Store folder' ? ' prm-store-folder' : ''}`}>{row.value}</td>
              <td className="govuk-table__cell">{row.where}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body-s">
        For IT: read from {sources.join(' and ')}.{fromRegistry ? ' A setting in the registry wins over the same setting in the file.' : ''}
      </p>
    </section>
  );
}
