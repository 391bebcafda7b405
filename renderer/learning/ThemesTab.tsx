/** The Learning page's Themes view: how often each theme recurs, and the partnership's list of themes. */
import { useCallback } from 'react';
import { useWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { NotShown } from '../components/NotShown.tsx';
import { ThemeCaseLists } from './ThemeCaseLists.tsx';
import { ThemeList } from './ThemeList.tsx';
import { ThemeRecurrenceTables } from './ThemeRecurrenceTables.tsx';
import { recurringThemes } from './theme-recurrence.ts';

export function ThemesTab({ navigate }: { readonly navigate: Navigate }) {
  const call = useApi();
  const themes = useWholeView(useCallback(() => call('themes.get', {}), [call]));
  if (themes.load.state !== 'loaded') return <NotShown testId="learning" load={themes.load} what="the learning themes" onRetry={themes.reload} level={2} />;
  const { view } = themes.load;
  const recurring = recurringThemes(view.themes);
  return (
    <>
      <h2 className="govuk-heading-m">How often each theme recurs</h2>
      {recurring.length === 0 ? (
        <p className="govuk-body" data-testid="themes-none-tagged">
          No case has been tagged with a theme yet. Themes are tagged on a case in its “Learning and feedback” section.
        </p>
      ) : (
        <>
          <ThemeRecurrenceTables recurring={recurring} years={view.years} />
          <ThemeCaseLists recurring={recurring} navigate={navigate} />
        </>
      )}
      <ThemeList view={view} applyResult={themes.applyResult} />
    </>
  );
}
