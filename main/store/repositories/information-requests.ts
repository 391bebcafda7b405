/**
 * Each case's requests for information, one per agency, with the chases and escalations
 * recorded against each. Names of people who recorded things are joined from users here, so
 * the view needs no second look-up.
 */
import type { ChaseMethod, EscalationLevel } from '../../../shared/evidence/requests.ts';
import type { Db } from '../open-database.ts';

export interface StoredRequest {
  readonly id: number;
  readonly caseId: number;
  readonly organisationId: number;
  readonly agency: string;
  readonly recipientName: string;
  readonly recipientRole: string;
  readonly recipientEmail: string;
  readonly sentOn: string;
  readonly dueOn: string;
  readonly secureFiles: boolean;
  readonly note: string;
  readonly receivedOn: string | null;
  readonly sentBy: string;
}

export interface RequestFields {
  readonly organisationId: number;
  readonly recipientName: string;
  readonly recipientRole: string;
  readonly recipientEmail: string;
  readonly sentOn: string;
  readonly dueOn: string;
  readonly secureFiles: boolean;
  readonly note: string;
}

export interface StoredChase {
  readonly id: number;
  readonly requestId: number;
  readonly chasedOn: string;
  readonly method: ChaseMethod;
  readonly note: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface StoredEscalation {
  readonly id: number;
  readonly requestId: number;
  readonly escalatedOn: string;
  readonly level: EscalationLevel;
  readonly escalatedTo: string;
  readonly outcome: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface EscalationFields {
  readonly escalatedOn: string;
  readonly level: EscalationLevel;
  readonly escalatedTo: string;
  readonly outcome: string;
}

const SELECT_REQUEST = `
  SELECT r.id, r.case_id AS caseId, r.organisation_id AS organisationId, o.name AS agency, r.recipient_name AS recipientName,
         r.recipient_role AS recipientRole, r.recipient_email AS recipientEmail, r.sent_on AS sentOn, r.due_on AS dueOn,
         r.secure_files AS secureFiles, r.note, r.received_on AS receivedOn, coalesce(u.name, 'a former user') AS sentBy
  FROM information_requests r JOIN organisations o ON o.id = r.organisation_id LEFT JOIN users u ON u.id = r.sent_by`;

type RequestRow = Omit<StoredRequest, 'secureFiles'> & { secureFiles: number };

function fromRow(row: RequestRow): StoredRequest {
  return { ...row, secureFiles: row.secureFiles === 1 };
}

/** A case's requests in agency name order. */
export function listRequests(db: Db, caseId: number): StoredRequest[] {
  return (db.prepare(`${SELECT_REQUEST} WHERE r.case_id = ? ORDER BY o.name, r.id`).all(caseId) as RequestRow[]).map(fromRow);
}

export function findRequest(db: Db, caseId: number, id: number): StoredRequest | undefined {
  const row = db.prepare(`${SELECT_REQUEST} WHERE r.case_id = ? AND r.id = ?`).get(caseId, id) as RequestRow | undefined;
  return row && fromRow(row);
}

export function findRequestForAgency(db: Db, caseId: number, organisationId: number): StoredRequest | undefined {
  const row = db.prepare(`${SELECT_REQUEST} WHERE r.case_id = ? AND r.organisation_id = ?`).get(caseId, organisationId) as RequestRow | undefined;
  return row && fromRow(row);
}

export function insertRequest(db: Db, caseId: number, fields: RequestFields, sentBy: string, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO information_requests (case_id, organisation_id, recipient_name, recipient_role, recipient_email, sent_on, due_on, secure_files, note, sent_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(caseId, fields.organisationId, fields.recipientName, fields.recipientRole, fields.recipientEmail, fields.sentOn, fields.dueOn, fields.secureFiles ? 1 : 0, fields.note, sentBy, at).lastInsertRowid,
  );
}

export function updateRequest(db: Db, id: number, fields: RequestFields, updatedBy: string, at: string): void {
  db.prepare(
    `UPDATE information_requests SET organisation_id = ?, recipient_name = ?, recipient_role = ?, recipient_email = ?, sent_on = ?, due_on = ?, secure_files = ?, note = ?, updated_by = ?, updated_at = ?
     WHERE id = ?`,
  ).run(fields.organisationId, fields.recipientName, fields.recipientRole, fields.recipientEmail, fields.sentOn, fields.dueOn, fields.secureFiles ? 1 : 0, fields.note, updatedBy, at, id);
}

export function setRequestReceived(db: Db, id: number, receivedOn: string | null, updatedBy: string, at: string): void {
  db.prepare('UPDATE information_requests SET received_on = ?, updated_by = ?, updated_at = ? WHERE id = ?').run(receivedOn, updatedBy, at, id);
}

/** The request with its chases and escalations (they cascade). */
export function deleteRequest(db: Db, id: number): void {
  db.prepare('DELETE FROM information_requests WHERE id = ?').run(id);
}

/** Puts an agency on the case's list of agencies involved, if it is not there already. */
export function linkAgencyToCase(db: Db, caseId: number, organisationId: number): void {
  db.prepare('INSERT OR IGNORE INTO case_agencies (case_id, organisation_id) VALUES (?, ?)').run(caseId, organisationId);
}

/** What the agency-returns clocks are worked out from: each request's id, sent and received dates. */
export function requestClockFacts(db: Db, caseId: number): { agency: string; sentOn: string; receivedOn: string | null }[] {
  return db
    .prepare('SELECT o.name AS agency, r.sent_on AS sentOn, r.received_on AS receivedOn FROM information_requests r JOIN organisations o ON o.id = r.organisation_id WHERE r.case_id = ? ORDER BY r.id')
    .all(caseId) as { agency: string; sentOn: string; receivedOn: string | null }[];
}

/** Every chase of every request of a case, in date order. */
export function listChases(db: Db, caseId: number): StoredChase[] {
  return db
    .prepare(
      `SELECT c.id, c.request_id AS requestId, c.chased_on AS chasedOn, c.method, c.note, coalesce(u.name, 'a former user') AS recordedBy, c.recorded_at AS recordedAt
       FROM information_request_chases c JOIN information_requests r ON r.id = c.request_id LEFT JOIN users u ON u.id = c.recorded_by
       WHERE r.case_id = ? ORDER BY c.chased_on, c.id`,
    )
    .all(caseId) as StoredChase[];
}

export function insertChase(db: Db, requestId: number, chase: { chasedOn: string; method: ChaseMethod; note: string }, recordedBy: string, at: string): number {
  return Number(
    db
      .prepare('INSERT INTO information_request_chases (request_id, chased_on, method, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(requestId, chase.chasedOn, chase.method, chase.note, recordedBy, at).lastInsertRowid,
  );
}

/** Every escalation of every request of a case, in date order. */
export function listEscalations(db: Db, caseId: number): StoredEscalation[] {
  return db
    .prepare(
      `SELECT e.id, e.request_id AS requestId, e.escalated_on AS escalatedOn, e.level, e.escalated_to AS escalatedTo, e.outcome,
              coalesce(u.name, 'a former user') AS recordedBy, e.recorded_at AS recordedAt
       FROM information_request_escalations e JOIN information_requests r ON r.id = e.request_id LEFT JOIN users u ON u.id = e.recorded_by
       WHERE r.case_id = ? ORDER BY e.escalated_on, e.id`,
    )
    .all(caseId) as StoredEscalation[];
}

export function insertEscalation(db: Db, requestId: number, escalation: EscalationFields, recordedBy: string, at: string): number {
  return Number(
    db
      .prepare('INSERT INTO information_request_escalations (request_id, escalated_on, level, escalated_to, outcome, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(requestId, escalation.escalatedOn, escalation.level, escalation.escalatedTo, escalation.outcome, recordedBy, at).lastInsertRowid,
  );
}

export function updateEscalation(db: Db, id: number, escalation: EscalationFields, updatedBy: string, at: string): void {
  db.prepare('UPDATE information_request_escalations SET escalated_on = ?, level = ?, escalated_to = ?, outcome = ?, updated_by = ?, updated_at = ? WHERE id = ?').run(
    escalation.escalatedOn,
    escalation.level,
    escalation.escalatedTo,
    escalation.outcome,
    updatedBy,
    at,
    id,
  );
}
