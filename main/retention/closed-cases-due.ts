/**
 * The closed-cases rule, worked out on the day: with the partnership's period set, each case
 * closed at least that many years ago is due for deletion as a whole. A case whose agencies'
 * secured records still wait for their instruction is listed but cannot be deleted yet: those
 * records are the agencies', released or destroyed by their representatives, never by retention.
 */
import type { CaseKind } from '../../shared/case-kinds.ts';
import { closedCaseDueOn } from '../../shared/retention/retention-rules.ts';
import type { ClosedCaseDue } from '../../shared/retention/retention-view.ts';
import type { Db } from '../store/open-database.ts';
import { closedCaseYears } from './closed-case-period.ts';
import { securedAwaiting } from './secured-awaiting.ts';

interface Row {
  id: number;
  reference: string;
  kind: CaseKind;
  closedOn: string;
  documents: number;
  documentBytes: number;
}

const SELECT = `
  SELECT c.id, c.reference, c.kind, c.closed_on AS closedOn,
         (SELECT count(*) FROM case_documents d WHERE d.case_id = c.id) AS documents,
         (SELECT coalesce(sum(d.size), 0) FROM case_documents d WHERE d.case_id = c.id) AS documentBytes
  FROM cases c WHERE c.closed_on IS NOT NULL`;

/** Why the case cannot be deleted yet, one sentence for each agency whose records wait. */
export function deletionBlockers(db: Db, caseId: number): string[] {
  return securedAwaiting(db, caseId).map((awaiting) =>
    awaiting.heldIn === 'this-app'
      ? `${awaiting.agency}’s secured files are still held here: only its nominated representative can release or destroy them, on the agency’s instruction.`
      : `${awaiting.agency} has not yet been recorded as having released or destroyed its secured records: the Business Unit records that in the case’s securing section.`,
  );
}

function dueOf(db: Db, row: Row, years: number, today: string): ClosedCaseDue | null {
  const dueOn = closedCaseDueOn(row.closedOn, years);
  if (dueOn > today) return null;
  return { reference: row.reference, kind: row.kind, closedOn: row.closedOn, dueOn, documents: row.documents, documentBytes: row.documentBytes, blockers: deletionBlockers(db, row.id) };
}

export function closedCasesDue(db: Db, today: string): ClosedCaseDue[] {
  const years = closedCaseYears(db);
  if (years === null) return [];
  return (db.prepare(`${SELECT} ORDER BY c.closed_on, c.reference`).all() as Row[]).map((row) => dueOf(db, row, years, today)).filter((due): due is ClosedCaseDue => due !== null);
}

/** One case, if it is due today. */
export function closedCaseDue(db: Db, caseId: number, today: string): ClosedCaseDue | null {
  const years = closedCaseYears(db);
  const row = db.prepare(`${SELECT} AND c.id = ?`).get(caseId) as Row | undefined;
  return years === null || row === undefined ? null : dueOf(db, row, years, today);
}
