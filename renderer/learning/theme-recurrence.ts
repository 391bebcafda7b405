/** The themes view's arithmetic, kept apart from its tables: which themes recur, in what order, and the kinds to show. */
import { CASE_KINDS } from '../../shared/case-kinds.ts';
import type { ThemesView } from '../../shared/learning/learning.ts';

export type ThemeRecurrence = ThemesView['themes'][number];

/** The themes tagged on at least one case, most recurring first; ties by name, so the order is stable. */
export function recurringThemes(themes: readonly ThemeRecurrence[]): ThemeRecurrence[] {
  return themes.filter((theme) => theme.cases > 0).sort((a, b) => b.cases - a.cases || a.theme.name.localeCompare(b.theme.name, 'en-GB'));
}

/** The kinds any recurring theme was tagged on, in the order kinds are listed everywhere else; unknown ones last. */
export function kindsTagged(recurring: readonly ThemeRecurrence[]): string[] {
  const present = new Set(recurring.flatMap((theme) => Object.entries(theme.byKind).filter(([, count]) => count > 0).map(([kind]) => kind)));
  const known = CASE_KINDS.filter((kind) => present.has(kind));
  const unknown = [...present].filter((kind) => !(CASE_KINDS as readonly string[]).includes(kind)).sort();
  return [...known, ...unknown];
}

/** The theme's name as a list shows it, saying when it is retired. */
export function themeLabel(theme: { readonly name: string; readonly retired: boolean }): string {
  return theme.retired ? `${theme.name} (retired)` : theme.name;
}
