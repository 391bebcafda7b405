/**
 * The distribution register: each redacted draft sent (which version, to whom, how), and what
 * came of it (the factual-accuracy reply, the confirmation it was deleted).
 */
import type { DistributionView } from '../../../shared/reports/distribution.ts';
import type { Db } from '../open-database.ts';

export interface DistributionRow {
  readonly version: number;
  readonly recipient: string;
  readonly agency: string;
  readonly via: 'bundle' | 'file';
  readonly bundleId: string | null;
  readonly mayForward: boolean;
  readonly sentBy: string;
  readonly sentAt: string;
}

export interface DistributionFollowUp {
  readonly mayForward: boolean;
  readonly replyReceivedOn: string | null;
  readonly reply: string;
  readonly deletionConfirmedOn: string | null;
}

const SELECT_DISTRIBUTION = `
  SELECT d.id, d.version, d.recipient, d.agency, d.sent_at AS sentAt, coalesce(u.name, 'a former user') AS sentBy, d.via, d.may_forward AS mayForward,
         d.reply_received_on AS replyReceivedOn, d.reply, d.deletion_confirmed_on AS deletionConfirmedOn
  FROM report_distributions d LEFT JOIN users u ON u.id = d.sent_by`;

type Row = Omit<DistributionView, 'mayForward'> & { mayForward: number };

function fromRow(row: Row): DistributionView {
  return { ...row, mayForward: row.mayForward === 1 };
}

/** Newest first: the latest round of drafts is what the Business Unit is chasing. */
export function listDistributions(db: Db, caseId: number): DistributionView[] {
  return (db.prepare(`${SELECT_DISTRIBUTION} WHERE d.case_id = ? ORDER BY d.sent_at DESC, d.id DESC`).all(caseId) as Row[]).map(fromRow);
}

export function findDistribution(db: Db, caseId: number, id: number): DistributionView | undefined {
  const row = db.prepare(`${SELECT_DISTRIBUTION} WHERE d.case_id = ? AND d.id = ?`).get(caseId, id) as Row | undefined;
  return row && fromRow(row);
}

export function insertDistributionRow(db: Db, caseId: number, row: DistributionRow): number {
  return Number(
    db
      .prepare('INSERT INTO report_distributions (case_id, version, recipient, agency, via, bundle_id, sent_by, sent_at, may_forward) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(caseId, row.version, row.recipient, row.agency, row.via, row.bundleId, row.sentBy, row.sentAt, row.mayForward ? 1 : 0).lastInsertRowid,
  );
}

/** False when the case has no distribution with this id. */
export function updateDistributionRow(db: Db, caseId: number, id: number, update: DistributionFollowUp): boolean {
  return (
    db
      .prepare('UPDATE report_distributions SET may_forward = ?, reply_received_on = ?, reply = ?, deletion_confirmed_on = ? WHERE case_id = ? AND id = ?')
      .run(update.mayForward ? 1 : 0, update.replyReceivedOn, update.reply, update.deletionConfirmedOn, caseId, id).changes > 0
  );
}
