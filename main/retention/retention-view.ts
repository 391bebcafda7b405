/**
 * The retention screen's view: what each rule makes due on `today`, the closed-case period, the
 * reports already taken off the website, and the history of deletions. Read-only; the screen
 * needs the retention permission, checked here as well as by the call's contract.
 */
import type { RetentionView } from '../../shared/retention/retention-view.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { closedCaseYears } from './closed-case-period.ts';
import { closedCasesDue } from './closed-cases-due.ts';
import { deletionHistory } from './deletion-history.ts';
import { draftsDue } from './drafts-due.ts';
import { publicationsDue, reportsTakenOff } from './publications-due.ts';
import { securedAwaiting } from './secured-awaiting.ts';

export function buildRetentionView(db: Db, today: string): RetentionView {
  return {
    today,
    closedCaseYears: closedCaseYears(db),
    drafts: draftsDue(db, today),
    publications: publicationsDue(db, today),
    takenOff: reportsTakenOff(db),
    securedSets: securedAwaiting(db),
    closedCases: closedCasesDue(db, today),
    history: deletionHistory(db),
  };
}

export function readRetention(session: Session, today: string): RetentionView {
  session.authorise('store.retention', 'see what the retention policy makes due');
  return buildRetentionView(session.store.db, today);
}
