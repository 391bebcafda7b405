/**
 * The partnership's managed list of learning themes: added, renamed and retired by whoever
 * manages learning. A retired theme stays on the cases it was tagged on (their figures do not
 * change) but is no longer offered for new tags.
 */
import { AppError } from '../../shared/errors.ts';
import { themeName, type ThemesView } from '../../shared/learning/learning.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { findTheme, insertTheme, listThemes, renameThemeRow, setThemeRetired, type ThemeRow } from '../store/repositories/learning-themes.ts';
import { authoriseLearningManagement } from './learning-access.ts';
import { refuseDuplicateName } from './theme-view.ts';
import { buildThemesView } from './themes-view.ts';

const CHANGE_THEMES = 'change the list of learning themes';

export function readThemes(session: Session): ThemesView {
  session.authorise('cases.list', 'see the learning themes across reviews');
  return buildThemesView(session);
}

function requireTheme(db: Db, id: number): ThemeRow {
  const theme = findTheme(db, id);
  if (theme === undefined) throw new AppError('NOT_FOUND', `There is no learning theme with id ${id}. It may have been changed by someone else: reload the list.`);
  return theme;
}

export function addTheme(session: Session, name: string): ThemesView {
  authoriseLearningManagement(session, CHANGE_THEMES);
  const checked = parsedOrRefused(themeName, name, 'name', 'the theme');
  session.store.change((db, audit) => {
    refuseDuplicateName(listThemes(db), checked, null);
    const themeId = insertTheme(db, checked, new Date().toISOString());
    audit({ actorId: session.userId, action: 'learning.theme-added', recordType: 'learning-theme', recordId: themeId, details: { themeId } });
  });
  return buildThemesView(session);
}

export function renameTheme(session: Session, id: number, name: string): ThemesView {
  authoriseLearningManagement(session, CHANGE_THEMES);
  const checked = parsedOrRefused(themeName, name, 'name', 'the theme');
  session.store.change((db, audit) => {
    requireTheme(db, id);
    refuseDuplicateName(listThemes(db), checked, id);
    renameThemeRow(db, id, checked);
    audit({ actorId: session.userId, action: 'learning.theme-renamed', recordType: 'learning-theme', recordId: id, details: { themeId: id } });
  });
  return buildThemesView(session);
}

/** Retires a theme, or (retired false) brings it back into use. Asking for what already is changes nothing. */
export function retireTheme(session: Session, id: number, retired: boolean): ThemesView {
  authoriseLearningManagement(session, CHANGE_THEMES);
  if (requireTheme(session.store.db, id).retired === retired) return buildThemesView(session);
  session.store.change((db, audit) => {
    requireTheme(db, id);
    setThemeRetired(db, id, retired);
    audit({ actorId: session.userId, action: 'learning.theme-retired', recordType: 'learning-theme', recordId: id, details: { themeId: id, retired } });
  });
  return buildThemesView(session);
}
