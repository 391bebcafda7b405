/** PLACEHOLDER (helper F fills): the managed list of learning themes and the themes view. */
import type { ThemesView } from '../../shared/learning/learning.ts';
import type { Session } from '../security/session.ts';

export function readThemes(_session: Session): ThemesView {
  throw new Error('not built yet');
}
export function addTheme(_session: Session, _name: string): ThemesView {
  throw new Error('not built yet');
}
export function renameTheme(_session: Session, _id: number, _name: string): ThemesView {
  throw new Error('not built yet');
}
export function retireTheme(_session: Session, _id: number, _retired: boolean): ThemesView {
  throw new Error('not built yet');
}
