/**
 * The audit chain: every change appends an event in the same transaction as the change, each
 * event's hash keyed (HMAC-SHA256, with a key kept inside the encrypted store) over its own
 * fields and the hash before it. Events carry identifiers only; free text goes into a details
 * record that the event holds the keyed hash of, so retention can erase the text while the
 * chain still verifies.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/open-database.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEventInput {
  /** The acting user's id; null for the app itself or a recovery with no user yet. */
  readonly actorId: string | null;
  readonly action: string;
  readonly recordType?: string;
  readonly recordId?: string | number;
  /** Free text and anything personal: stored apart, erasable. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface ChainHead {
  readonly events: number;
  readonly head: string;
}

export type ChainVerification =
  | { readonly intact: true; readonly events: number; readonly head: string; readonly erasedDetails: number }
  | { readonly intact: false; readonly events: number; readonly brokenAt: number; readonly reason: string };

interface EventRow {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  details_hash: string | null;
  prev_hash: string;
  hash: string;
}

function eventHash(key: Buffer, row: Omit<EventRow, 'hash'>): string {
  const fields = [row.seq, row.at, row.actor_id, row.action, row.record_type, row.record_id, row.details_hash, row.prev_hash];
  return createHmac('sha256', key).update(JSON.stringify(fields)).digest('hex');
}

function detailsHash(key: Buffer, body: string): string {
  return createHmac('sha256', key).update('details\n').update(body).digest('hex');
}

export function chainHead(db: Db): ChainHead {
  const row = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return row ? { events: row.seq, head: row.hash } : { events: 0, head: GENESIS_HASH };
}

/** Call inside the transaction that makes the change. Returns the new event's number. */
export function appendEvent(db: Db, key: Buffer, input: AuditEventInput, now: Date = new Date()): number {
  if (!db.inTransaction) throw new Error('Audit events are appended inside the transaction of the change they record.');
  const previous = chainHead(db);
  const body = input.details === undefined ? null : JSON.stringify(input.details);
  const row: Omit<EventRow, 'hash'> = {
    seq: previous.events + 1,
    at: now.toISOString(),
    actor_id: input.actorId,
    action: input.action,
    record_type: input.recordType ?? null,
    record_id: input.recordId === undefined ? null : String(input.recordId),
    details_hash: body === null ? null : detailsHash(key, body),
    prev_hash: previous.head,
  };
  db.prepare(
    `INSERT INTO audit_events (seq, at, actor_id, action, record_type, record_id, details_hash, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @action, @record_type, @record_id, @details_hash, @prev_hash, @hash)`,
  ).run({ ...row, hash: eventHash(key, row) });
  if (body !== null) db.prepare('INSERT INTO audit_details (event_seq, body) VALUES (?, ?)').run(row.seq, body);
  return row.seq;
}

/** Retention erases an event's free text; the event keeps the hash and says when and why. */
export function eraseDetails(db: Db, seq: number, rule: string, now: Date = new Date()): void {
  const result = db.prepare('UPDATE audit_details SET body = NULL, erased_at = ?, erased_rule = ? WHERE event_seq = ? AND body IS NOT NULL').run(now.toISOString(), rule, seq);
  if (result.changes !== 1) throw new Error(`Event ${seq} has no details to erase.`);
}

/** Walks the whole chain in order and names the first broken link. */
export function verifyChain(db: Db, key: Buffer): ChainVerification {
  const details = db.prepare('SELECT body, erased_at FROM audit_details WHERE event_seq = ?');
  let previousHash = GENESIS_HASH;
  let expectedSeq = 1;
  let erasedDetails = 0;
  const broken = (brokenAt: number, reason: string): ChainVerification => ({ intact: false, events: expectedSeq - 1, brokenAt, reason });
  for (const row of db.prepare('SELECT * FROM audit_events ORDER BY seq').iterate() as IterableIterator<EventRow>) {
    if (row.seq !== expectedSeq) return broken(expectedSeq, `event ${expectedSeq} is missing (the next event is ${row.seq})`);
    if (row.prev_hash !== previousHash) return broken(row.seq, 'it does not follow from the event before it');
    if (!sameHex(eventHash(key, row), row.hash)) return broken(row.seq, 'its contents do not match its hash');
    const detail = details.get(row.seq) as { body: string | null; erased_at: string | null } | undefined;
    if (row.details_hash === null && detail !== undefined) return broken(row.seq, 'it has a details record it does not refer to');
    if (row.details_hash !== null) {
      if (detail === undefined) return broken(row.seq, 'its details record is missing');
      if (detail.body === null) erasedDetails += 1;
      else if (!sameHex(detailsHash(key, detail.body), row.details_hash)) return broken(row.seq, 'its details do not match the hash it holds');
    }
    previousHash = row.hash;
    expectedSeq += 1;
  }
  return { intact: true, events: expectedSeq - 1, head: previousHash, erasedDetails };
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}
