/** What every section of a case's page is given: the case as main last sent it, and ways to change it. */
import type { Result } from '../../shared/errors.ts';
import type { CaseView } from '../../shared/ipc/case-calls.ts';
import type { RecordSave } from '../../shared/reviews/records.ts';
import type { Navigate } from '../session/places.ts';

export interface SectionProps {
  readonly view: CaseView;
  /**
   * Saves one record (id null for a new one; a singleton's id may be null too) and, when main
   * accepts it, replaces the page's view with the one it returns. Field problems come back with
   * paths under "record.data." — use fieldErrorsFrom(error, 'record.data.').
   */
  readonly saveRecord: (id: number | null, record: RecordSave) => Promise<Result<CaseView>>;
  readonly removeRecord: (id: number) => Promise<Result<CaseView>>;
  /** Replaces the page's view after any other call that returned one (people, documents, moves). */
  readonly replaceView: (view: CaseView) => void;
  /** Fetches the case again quietly: for sections whose changes (agency evidence) move the case's clocks. */
  readonly refreshCase: () => void;
  readonly navigate: Navigate;
}
