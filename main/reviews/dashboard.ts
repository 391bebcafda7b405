/** NOT BUILT YET: placeholder so the project compiles while this module is written. */
import type { DashboardRow } from '../../shared/ipc/case-calls.ts';
import type { Session } from '../security/session.ts';

export function dashboard(_session: Session, _options: { includeClosed: boolean }): { today: string; cases: DashboardRow[] } {
  throw new Error('not built yet');
}
