/** PLACEHOLDER (helper D): the case's Report section as one view. */
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import type { Session } from '../security/session.ts';

export async function readReports(_session: Session, _reference: string): Promise<ReportsView> {
  throw new Error('not built yet');
}
