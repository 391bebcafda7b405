/**
 * A real temporary store for the evidence services: an administrator (the store's creator), a
 * Business Unit officer, and others signed in by role for refusals; cases made through the real
 * lifecycle services; and agencies' returned workbooks built with exceljs in the template's
 * layout. Invented people and events only, some with letters outside Latin-1.
 */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { SUMMARY_FIELDS, SUMMARY_LABELS, type AgencySummaryInput, type SummaryField } from '../../../shared/evidence/agency-summary.ts';
import { SIGNIFICANCE_TESTS, TEMPLATE_HEADER_BLOCK, TEMPLATE_HEADERS, TEMPLATE_SHEETS, CHRONOLOGY_FIELDS, type SignificanceTest } from '../../../shared/evidence/chronology.ts';
import type { LetterheadInput } from '../../../shared/evidence/letterhead.ts';
import type { RequestInput } from '../../../shared/evidence/requests.ts';
import type { RecordInput } from '../../../shared/reviews/records.ts';
import type { Role } from '../../../shared/roles.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

export const POLICE = 'Greater Manchester Police';
export const HEALTH = 'NHS GM ICB Salford locality';
export const EDUCATION = 'Education';
export const HOUSING = 'Housing';
const PASSPHRASE = 'lantern pebble orchard';

export interface EvidenceStore {
  readonly temp: TempStore;
  /** The store's creator: an administrator, who may set the letterhead but not read cases. */
  readonly admin: Session;
  readonly officer: Session;
  /** Signs someone in with one role; a case-scoped role is given for `caseReference`. */
  signIn(name: string, role: Role, caseReference?: string): Promise<Session>;
  cleanup(): void;
}

export async function makeEvidenceStore(): Promise<EvidenceStore> {
  const temp = await makeTempStore();
  const sessions: Session[] = [];
  const signIn = async (name: string, role: Role, caseReference?: string) => {
    await addUser(temp.session, { name, role, organisation: 'Business Unit', passphrase: PASSPHRASE });
    // Added by an administrator, they would first have to choose their own passphrase.
    setMustChangePassphrase(temp.session.store.db, findUserByName(temp.session.store.db, name)!.id, false);
    if (caseReference !== undefined) assignRole(temp.session, { targetUser: name, role, caseReference });
    const session = await unlock(temp.folder, name, PASSPHRASE);
    sessions.push(session);
    return session;
  };
  const officer = await signIn('Ffion Officer', 'business-unit');
  return {
    temp,
    admin: temp.session,
    officer,
    signIn,
    cleanup() {
      for (const session of sessions) if (!session.locked) session.lock();
      temp.cleanup();
    },
  };
}

/** A rapid review case opened through the real referral service; returns its reference and id. */
export function newCase(session: Session, overrides: Partial<RecordInput<'referral'>> = {}): { reference: string; id: number } {
  const view = createCase(session, demoReferral({ incidentDate: '2025-11-03', referralDate: '2025-11-04', agencies: [EDUCATION], ...overrides }));
  return { reference: view.summary.reference, id: view.summary.id };
}

export function request(agency: string, sentOn: string, overrides: Partial<RequestInput> = {}): RequestInput {
  return { agency, recipientName: 'Zoë Łukasiewicz', recipientRole: 'Named nurse for safeguarding', recipientEmail: 'zoe.l@example.com', sentOn, secureFiles: true, note: '', ...overrides };
}

export function summary(overrides: Partial<AgencySummaryInput> = {}): AgencySummaryInput {
  return {
    authorName: 'Siân Ó Briain',
    authorRole: 'Safeguarding lead',
    completedOn: '2025-11-10',
    involvementFrom: '2024-02-01',
    involvementTo: '2025-11-01',
    involvement: 'Invented involvement: home visits to the family over eighteen months.',
    livedExperience: 'The child spoke of feeling lonely at weekends.',
    analysis: 'Visits were regular but the father was rarely seen.',
    goodPractice: 'Prompt referral after the second missed appointment.',
    learning: 'Ask about every adult in the household.',
    immediateActions: '',
    otherAgencies: 'Education, Police',
    ...overrides,
  };
}

export function letterhead(overrides: Partial<LetterheadInput> = {}): LetterheadInput {
  return {
    partnershipName: 'Northam Safeguarding Children Partnership',
    addressLines: ['Civic Centre', '1 Example Street', 'Northam NM1 2AB'],
    contactEmail: 'reviews@example.com',
    signatoryName: 'Łucja Żelazna',
    signatoryRole: 'Business Unit Manager',
    logo: null,
    ...overrides,
  };
}

/** One event as an agency types it into the template. */
export interface EventInput {
  /** YYYY-MM-DD, written as a real date cell; anything else is written as typed text. */
  readonly date: string;
  readonly time?: string;
  readonly source?: string;
  readonly event: string;
  readonly risk?: string;
  readonly learning?: string;
  readonly tests?: readonly SignificanceTest[];
}

const TEMPLATE_COLUMNS = CHRONOLOGY_FIELDS.filter((field) => field !== 'agency');

function dateCell(value: string): Date | string {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : value;
}

function rowValues(event: EventInput): (string | Date)[] {
  return TEMPLATE_COLUMNS.map((field) => {
    switch (field) {
      case 'date':
        return dateCell(event.date);
      case 'time':
        return event.time ?? '';
      case 'source':
        return event.source ?? 'Case notes';
      case 'event':
        return event.event;
      case 'risk':
        return event.risk ?? '';
      case 'learning':
        return event.learning ?? '';
      case 'response':
      case 'impact':
      case 'partnership':
        return '';
      default:
        return (SIGNIFICANCE_TESTS as readonly string[]).includes(field) ? (event.tests?.includes(field as SignificanceTest) ? 'Yes' : 'No') : '';
    }
  });
}

export interface WorkbookOptions {
  /** Adds the template's Instructions sheet first (the reader skips it: nothing to accept). */
  readonly withInstructions?: boolean;
  /** Adds a sheet of the agency's own with no chronology header (skipped: it must be accepted). */
  readonly withNotesSheet?: boolean;
}

/** An agency's returned chronology in the template's layout: header block, header row, one row per event. */
export async function chronologyWorkbook(agency: string, events: readonly EventInput[], options: WorkbookOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.withInstructions) workbook.addWorksheet(TEMPLATE_SHEETS.instructions).addRow(['Fill in one row per significant practice event.']);
  const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.chronology);
  sheet.addRow([TEMPLATE_HEADER_BLOCK.reference, 'PRM-TEST']);
  sheet.addRow([TEMPLATE_HEADER_BLOCK.agency, agency]);
  sheet.addRow([TEMPLATE_HEADER_BLOCK.author, 'Łukasz Nowak']);
  sheet.addRow([TEMPLATE_HEADER_BLOCK.date, new Date(Date.UTC(2025, 10, 12))]);
  sheet.addRow([]);
  sheet.addRow(TEMPLATE_COLUMNS.map((field) => TEMPLATE_HEADERS[field]));
  for (const event of events) {
    const row = sheet.addRow(rowValues(event));
    row.getCell(1).numFmt = 'dd/mm/yyyy';
  }
  if (options.withNotesSheet) workbook.addWorksheet('Our notes').addRow(['Records checked by the team manager.']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * An agency's returned workbook with its "Agency summary" sheet filled in (label in column A,
 * answer in column B, as the template lays it out) and, optionally, its chronology sheet too.
 */
export async function summaryWorkbook(answers: Partial<Record<SummaryField, string | Date>>, chronology?: { agency: string; events: readonly EventInput[] }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.summary);
  sheet.addRow([TEMPLATE_HEADER_BLOCK.reference, 'PRM-TEST']);
  sheet.addRow([TEMPLATE_HEADER_BLOCK.agency, chronology?.agency ?? '']);
  sheet.addRow([]);
  sheet.addRow(['Question', 'Your answer']);
  for (const field of SUMMARY_FIELDS) {
    const row = sheet.addRow([SUMMARY_LABELS[field], answers[field] ?? '']);
    if (answers[field] instanceof Date) row.getCell(2).numFmt = 'dd/mm/yyyy';
  }
  if (chronology !== undefined) {
    const rows = workbook.addWorksheet(TEMPLATE_SHEETS.chronology);
    rows.addRow([TEMPLATE_HEADER_BLOCK.agency, chronology.agency]);
    rows.addRow([]);
    rows.addRow(TEMPLATE_COLUMNS.map((field) => TEMPLATE_HEADERS[field]));
    for (const event of chronology.events) rows.addRow(rowValues(event)).getCell(1).numFmt = 'dd/mm/yyyy';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Events with nothing in common but their agency's habit of detail. */
export function events(count: number, startDate = '2025-01-06', prefix = 'Invented event'): EventInput[] {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => ({
    date: new Date(start + index * 3 * 86_400_000).toISOString().slice(0, 10),
    time: '09:30',
    event: `${prefix} number ${index + 1} ${['kitchen', 'garden', 'library', 'harbour', 'orchard', 'meadow', 'bakery', 'station'][index % 8]} ${index}`,
    tests: index % 2 === 0 ? ['partOfPattern'] : [],
  }));
}

/** The AppError a synchronous call throws. */
export function refusalOf(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

/** The AppError an asynchronous call rejects with. */
export async function asyncRefusalOf(call: () => Promise<unknown>): Promise<AppError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the call to be refused');
}

export function count(session: Session, table: string, where = '1 = 1', ...params: unknown[]): number {
  return (session.store.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;
}

export function auditCount(session: Session): number {
  return count(session, 'audit_events');
}

/** The details of each audit event with this action, oldest first. */
export function auditDetails(session: Session, action: string): Record<string, unknown>[] {
  const rows = session.store.db
    .prepare('SELECT d.body FROM audit_events e LEFT JOIN audit_details d ON d.event_seq = e.seq WHERE e.action = ? ORDER BY e.seq')
    .all(action) as { body: string | null }[];
  return rows.map((row) => (row.body === null ? {} : (JSON.parse(row.body) as Record<string, unknown>)));
}

/** The last audit event's action. */
export function lastAuditAction(session: Session): string {
  return (session.store.db.prepare('SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { action: string }).action;
}

/** Runs SQL the test needs as an audited change (a trigger that simulates a failure part-way, say). */
export function testChange(session: Session, sql: string): void {
  session.store.change((db, audit) => {
    db.exec(sql);
    audit({ actorId: session.userId, action: 'test.change', recordType: 'store', recordId: 'test' });
  });
}

/** Every table an evidence change writes, counted: to prove a refused change wrote nothing. */
const COUNTED_TABLES = [
  'information_requests',
  'information_request_chases',
  'information_request_escalations',
  'agency_summaries',
  'chronology_returns',
  'chronology_rows',
  'chronology_resolutions',
  'case_documents',
  'case_clocks',
  'audit_events',
] as const;
export type EvidenceCounts = Record<(typeof COUNTED_TABLES)[number], number>;

export function evidenceCounts(session: Session): EvidenceCounts {
  return Object.fromEntries(COUNTED_TABLES.map((table) => [table, count(session, table)])) as EvidenceCounts;
}

export function expectNothingWritten(session: Session, before: EvidenceCounts): void {
  expect(evidenceCounts(session)).toEqual(before);
}
