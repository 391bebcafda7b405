/** A theme as the screens see it, and the rule that keeps two themes from being the same theme. */
import { AppError } from '../../shared/errors.ts';
import { figureKey } from '../../shared/figures/figures.ts';
import type { ThemeView } from '../../shared/learning/learning.ts';
import type { ThemeRow } from '../store/repositories/learning-themes.ts';

export function toThemeView(row: ThemeRow): ThemeView {
  return { id: row.id, name: row.name, retired: row.retired, key: figureKey(row.name) };
}

/** Themes by name, in the order a person reads a list: "Child’s Lived Experience" before "Information Sharing". */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' });
}

/**
 * Refuses a name that another theme already has, ignoring case, accents and punctuation: the
 * annual figures name each theme by its key ("childs_lived_experience"), so two themes with one
 * key would be counted as one.
 */
export function refuseDuplicateName(themes: readonly ThemeRow[], name: string, exceptId: number | null): void {
  const key = figureKey(name);
  const clash = themes.find((theme) => theme.id !== exceptId && figureKey(theme.name) === key);
  if (clash === undefined) return;
  const message = `There is already a theme called “${clash.name}”${clash.retired ? ' (retired: bring it back instead)' : ''}. Enter a different name`;
  throw new AppError('CONFLICT', `${message}.`, [{ path: 'name', message }]);
}
