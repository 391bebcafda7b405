/**
 * When a review ended, for the drafts rule ("drafts … are deleted at the end of the review",
 * DOMAIN.md stage 6). A review ends when its report is published — nothing is written after the
 * final version goes on the website, though an LCSPR's case stays open for years while its
 * action plan is monitored — or when its case closes, for a review whose report is not
 * published (a decision not to publish, a non-statutory review), whichever comes first. A
 * publication date still in the future has not ended anything yet.
 */
import type { Db } from '../store/open-database.ts';

export interface EndedReview {
  readonly caseId: number;
  readonly reference: string;
  readonly endedOn: string;
  readonly endedBy: 'closed' | 'published';
}

interface Row {
  caseId: number;
  reference: string;
  closedOn: string | null;
  publishedOn: string | null;
}

function endOf(row: Row, today: string): EndedReview | null {
  const published = row.publishedOn !== null && row.publishedOn <= today ? row.publishedOn : null;
  const closed = row.closedOn !== null && row.closedOn <= today ? row.closedOn : null;
  if (published === null && closed === null) return null;
  const byPublication = published !== null && (closed === null || published <= closed);
  return { caseId: row.caseId, reference: row.reference, endedOn: byPublication ? published : closed!, endedBy: byPublication ? 'published' : 'closed' };
}

const SELECT = `
  SELECT c.id AS caseId, c.reference, c.closed_on AS closedOn,
         CASE WHEN json_extract(p.data, '$.decision') = 'publish' THEN json_extract(p.data, '$.publicationDate') END AS publishedOn
  FROM cases c LEFT JOIN case_records p ON p.case_id = c.id AND p.type = 'publication'`;

/** Every case whose review had ended by `today`, oldest end first. */
export function endedReviews(db: Db, today: string): EndedReview[] {
  return (db.prepare(`${SELECT} ORDER BY c.reference`).all() as Row[])
    .map((row) => endOf(row, today))
    .filter((ended): ended is EndedReview => ended !== null)
    .sort((a, b) => a.endedOn.localeCompare(b.endedOn) || a.reference.localeCompare(b.reference));
}

export function endedReview(db: Db, caseId: number, today: string): EndedReview | null {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(caseId) as Row | undefined;
  return row === undefined ? null : endOf(row, today);
}
