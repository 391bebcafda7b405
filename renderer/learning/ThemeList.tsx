/**
 * The partnership's managed list of themes. The Business Unit adds, renames, retires and brings
 * back themes; a retired theme stays on the cases it was tagged on but is not offered for new
 * tags. Everyone else sees the list as it stands.
 */
import { useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import type { ThemesView, ThemeView } from '../../shared/learning/learning.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import type { FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';
import { AddThemeForm } from './AddThemeForm.tsx';
import { countOf } from './learning-words.ts';
import { RenameThemeForm } from './RenameThemeForm.tsx';

export interface ThemeListProps {
  readonly view: ThemesView;
  readonly applyResult: (result: Result<ThemesView>) => Result<ThemesView>;
}

interface Outcome {
  readonly heading: string;
  readonly count: number;
}

export function ThemeList({ view, applyResult }: ThemeListProps) {
  const call = useApi();
  const [renaming, setRenaming] = useState<ThemeView | null>(null);
  const [outcome, setOutcomeState] = useState<Outcome | null>(null);
  const [problems, setProblems] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState<number | null>(null);
  const setOutcome = (heading: string) => setOutcomeState((current) => ({ heading, count: (current?.count ?? 0) + 1 }));

  const retire = async (theme: ThemeView, retired: boolean) => {
    if (busy !== null) return;
    setBusy(theme.id);
    const result = applyResult(await call('themes.retire', { id: theme.id, retired }));
    setBusy(null);
    if (result.ok) {
      setProblems([]);
      setOutcome(retired ? `“${theme.name}” has been retired. It stays on the cases it was tagged on.` : `“${theme.name}” can be tagged on cases again.`);
    } else if (result.error.code !== 'LOCKED') setProblems(fieldErrorsFrom(result.error, '').map((problem) => ({ message: problem.message })));
  };

  return (
    <section aria-labelledby="theme-list-heading" data-testid="theme-list">
      <h2 className="govuk-heading-m govuk-!-margin-top-6" id="theme-list-heading">
        The list of themes
      </h2>
      {outcome === null ? null : <OutcomeBanner key={outcome.count} heading={outcome.heading} />}
      <ErrorSummary errors={problems} />
      {view.canManage ? (
        <p className="govuk-body">Cases are tagged from this list. Retire a theme the partnership no longer uses: it stays on the cases it was tagged on.</p>
      ) : (
        <div className="govuk-inset-text" data-testid="themes-read-only">
          Only the Business Unit changes the list of themes. If a theme is missing, ask them to add it.
        </div>
      )}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">The list of learning themes</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Theme
            </th>
            <th scope="col" className="govuk-table__header">
              Tagged on
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            {view.canManage ? (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Changes</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {view.themes.map(({ theme, cases }) => (
            <tr className="govuk-table__row" key={theme.id} data-testid="theme-row">
              <th scope="row" className="govuk-table__header">
                {theme.name}
              </th>
              <td className="govuk-table__cell">{countOf(cases, 'case', 'cases')}</td>
              <td className="govuk-table__cell">{theme.retired ? <strong className="govuk-tag govuk-tag--grey">Retired</strong> : <strong className="govuk-tag govuk-tag--green">In use</strong>}</td>
              {view.canManage ? (
                <td className="govuk-table__cell">
                  <div className="govuk-button-group govuk-!-margin-bottom-0">
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={() => setRenaming(theme)}>
                      Rename<span className="govuk-visually-hidden">{` ${theme.name}`}</span>
                    </button>
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" aria-disabled={busy === theme.id} onClick={() => void retire(theme, !theme.retired)}>
                      {theme.retired ? 'Bring back' : 'Retire'}
                      <span className="govuk-visually-hidden">{` ${theme.name}`}</span>
                    </button>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {view.canManage && renaming !== null ? (
        <RenameThemeForm
          key={renaming.id}
          theme={renaming}
          applyResult={applyResult}
          onCancel={() => setRenaming(null)}
          onSaved={(name) => {
            setRenaming(null);
            setOutcome(`“${renaming.name}” has been renamed “${name}”.`);
          }}
        />
      ) : null}
      {view.canManage && renaming === null ? <AddThemeForm applyResult={applyResult} onAdded={(name) => setOutcome(`“${name}” has been added to the list of themes.`)} /> : null}
    </section>
  );
}
