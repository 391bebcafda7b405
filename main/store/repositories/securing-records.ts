/**
 * The Business Unit's record of each agency's securing on a case (policy 16): the agency's
 * confirmation that its records are secured, and at the close its instruction (release or
 * destroy) and the confirmation that it was carried out. One row per case and agency; the
 * names of the people who recorded each part are joined from users here.
 */
import type { HeldWhere, Instruction } from '../../../shared/vault/securing.ts';
import type { Db } from '../open-database.ts';

export interface StoredSecuring {
  readonly organisationId: number;
  readonly agency: string;
  readonly confirmation: {
    readonly confirmedOn: string;
    readonly representativeName: string;
    readonly heldWhere: HeldWhere;
    readonly heldDetails: string;
    readonly recordedBy: string;
    readonly recordedAt: string;
  } | null;
  readonly instruction: {
    readonly instruction: Instruction;
    readonly givenOn: string;
    readonly confirmedOn: string | null;
    readonly recordedBy: string;
    readonly recordedAt: string;
  } | null;
}

export interface ConfirmationFields {
  readonly confirmedOn: string;
  readonly representativeName: string;
  readonly heldWhere: HeldWhere;
  readonly heldDetails: string;
}

export interface InstructionFields {
  readonly instruction: Instruction;
  readonly givenOn: string;
  readonly confirmedOn: string | null;
}

interface Row {
  organisationId: number;
  agency: string;
  confirmedOn: string | null;
  representativeName: string | null;
  heldWhere: HeldWhere | null;
  heldDetails: string;
  confirmationRecordedBy: string | null;
  confirmationRecordedAt: string | null;
  instruction: Instruction | null;
  instructionGivenOn: string | null;
  instructionConfirmedOn: string | null;
  instructionRecordedBy: string | null;
  instructionRecordedAt: string | null;
}

const SELECT = `
  SELECT s.organisation_id AS organisationId, o.name AS agency,
         s.confirmed_on AS confirmedOn, s.representative_name AS representativeName, s.held_where AS heldWhere, s.held_details AS heldDetails,
         coalesce(cu.name, 'a former user') AS confirmationRecordedBy, s.confirmation_recorded_at AS confirmationRecordedAt,
         s.instruction, s.instruction_given_on AS instructionGivenOn, s.instruction_confirmed_on AS instructionConfirmedOn,
         coalesce(iu.name, 'a former user') AS instructionRecordedBy, s.instruction_recorded_at AS instructionRecordedAt
  FROM securing_records s
  JOIN organisations o ON o.id = s.organisation_id
  LEFT JOIN users cu ON cu.id = s.confirmation_recorded_by
  LEFT JOIN users iu ON iu.id = s.instruction_recorded_by`;

function fromRow(row: Row): StoredSecuring {
  return {
    organisationId: row.organisationId,
    agency: row.agency,
    confirmation:
      row.confirmedOn === null || row.representativeName === null || row.heldWhere === null || row.confirmationRecordedAt === null
        ? null
        : {
            confirmedOn: row.confirmedOn,
            representativeName: row.representativeName,
            heldWhere: row.heldWhere,
            heldDetails: row.heldDetails,
            recordedBy: row.confirmationRecordedBy ?? 'a former user',
            recordedAt: row.confirmationRecordedAt,
          },
    instruction:
      row.instruction === null || row.instructionGivenOn === null || row.instructionRecordedAt === null
        ? null
        : {
            instruction: row.instruction,
            givenOn: row.instructionGivenOn,
            confirmedOn: row.instructionConfirmedOn,
            recordedBy: row.instructionRecordedBy ?? 'a former user',
            recordedAt: row.instructionRecordedAt,
          },
  };
}

/** A case's securing records, in no particular order (the view sorts them with the requests). */
export function listSecuring(db: Db, caseId: number): StoredSecuring[] {
  return (db.prepare(`${SELECT} WHERE s.case_id = ?`).all(caseId) as Row[]).map(fromRow);
}

export function findSecuring(db: Db, caseId: number, organisationId: number): StoredSecuring | undefined {
  const row = db.prepare(`${SELECT} WHERE s.case_id = ? AND s.organisation_id = ?`).get(caseId, organisationId) as Row | undefined;
  return row && fromRow(row);
}

/** Records (or replaces) the agency's confirmation, keeping any instruction already recorded. */
export function saveConfirmation(db: Db, caseId: number, organisationId: number, fields: ConfirmationFields, recordedBy: string, at: string): void {
  db.prepare(
    `INSERT INTO securing_records (case_id, organisation_id, confirmed_on, representative_name, held_where, held_details, confirmation_recorded_by, confirmation_recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, organisation_id) DO UPDATE SET confirmed_on = excluded.confirmed_on, representative_name = excluded.representative_name,
       held_where = excluded.held_where, held_details = excluded.held_details,
       confirmation_recorded_by = excluded.confirmation_recorded_by, confirmation_recorded_at = excluded.confirmation_recorded_at`,
  ).run(caseId, organisationId, fields.confirmedOn, fields.representativeName, fields.heldWhere, fields.heldDetails, recordedBy, at);
}

/** Records (or replaces) the agency's instruction at the close; the row exists, since a confirmation comes first. */
export function saveInstruction(db: Db, caseId: number, organisationId: number, fields: InstructionFields, recordedBy: string, at: string): void {
  db.prepare(
    `UPDATE securing_records SET instruction = ?, instruction_given_on = ?, instruction_confirmed_on = ?, instruction_recorded_by = ?, instruction_recorded_at = ?
     WHERE case_id = ? AND organisation_id = ?`,
  ).run(fields.instruction, fields.givenOn, fields.confirmedOn, recordedBy, at, caseId, organisationId);
}

/** What the securing-confirmation clocks are worked out from: each request that asks the agency to secure its files, with the confirmation's date. */
export function securingClockFacts(db: Db, caseId: number): { agency: string; sentOn: string; confirmedOn: string | null }[] {
  return db
    .prepare(
      `SELECT o.name AS agency, r.sent_on AS sentOn, s.confirmed_on AS confirmedOn
       FROM information_requests r
       JOIN organisations o ON o.id = r.organisation_id
       LEFT JOIN securing_records s ON s.case_id = r.case_id AND s.organisation_id = r.organisation_id
       WHERE r.case_id = ? AND r.secure_files = 1 ORDER BY r.id`,
    )
    .all(caseId) as { agency: string; sentOn: string; confirmedOn: string | null }[];
}
