/**
 * A case's "Send and receive" page: the trusted contacts a bundle can go to, and where each thing
 * the case sends out stands — each information request with its request bundle and the agency's
 * return, each decision recorded on someone's behalf with the request for their own and the
 * signed one that replaced it, each draft sent for factual accuracy with its reply — then the
 * case's documents (a draft is chosen from them) and the log of every bundle about the case.
 */
import type { BundleKind } from '../../shared/exchange/bundle.ts';
import type { BundleLogRow, ExchangeCaseView } from '../../shared/exchange/exchange-view.ts';
import { DECISION_RECORD_TYPES, type DecisionRecordType } from '../../shared/exchange/payloads.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { namedPerson, type NamedPerson } from '../../shared/reviews/fields.ts';
import { RECORD_LABELS, SCREENING_DECISION_LABELS, type ScreeningDecision } from '../../shared/reviews/records.ts';
import { caseToRead } from '../evidence/evidence-access.ts';
import { requestState } from '../evidence/evidence-view.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import { storeCalendar } from '../reviews/calendar.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { listDocuments } from '../store/repositories/case-documents.ts';
import { listRecords, type StoredRecord } from '../store/repositories/case-records.ts';
import { latestBundleFor, listBundleRowsForCase, type BundleRow } from '../store/repositories/exchange-bundles.ts';
import { listContacts, type StoredContact } from '../store/repositories/exchange-contacts.ts';
import { listRequests } from '../store/repositories/information-requests.ts';
import { currentSignatures } from '../store/repositories/signed-records.ts';
import { listUsers } from '../store/repositories/users.ts';

type Party = ExchangeCaseView['contacts'][number];
type Decision = ExchangeCaseView['decisions'][number];
type SentRef = Decision['requested'];
type ReceivedRef = Decision['signed'];

const DECISION_TYPES: ReadonlySet<string> = new Set(DECISION_RECORD_TYPES);

export function readExchangeCase(session: Session, reference: string): ExchangeCaseView {
  const { caseId, reference: ourReference } = caseToRead(session, reference, 'see this case’s bundles');
  const db = session.store.db;
  const contacts = new Map(listContacts(db).map((contact) => [contact.id, contact]));
  const party = (contactId: number): Party => partyOf(contacts.get(contactId), contactId);
  const sent = (kind: BundleKind, subject: string): SentRef => {
    const row = latestBundleFor(db, 'sent', kind, subject);
    return row === undefined ? null : { bundleId: row.bundleId, to: party(row.contactId), at: row.at };
  };
  const received = (kind: BundleKind, subject: string): ReceivedRef => {
    const row = latestBundleFor(db, 'received', kind, subject);
    return row === undefined ? null : { bundleId: row.bundleId, from: party(row.contactId), at: row.at };
  };
  const records = listRecords(db, caseId);
  return {
    reference: ourReference,
    contacts: [...contacts.values()].filter((contact) => contact.state === 'trusted').map((contact) => partyOf(contact, contact.id)),
    requests: requestsOf(db, caseId, sent, received),
    decisions: decisionsOf(db, caseId, records, sent, received),
    drafts: records
      .filter((record) => record.type === 'factual-accuracy')
      .map((record) => ({
        recordId: record.id,
        agency: String(record.data.agency ?? ''),
        sentOn: String(record.data.sentOn ?? ''),
        returnedOn: typeof record.data.returnedOn === 'string' ? record.data.returnedOn : null,
        sent: sent('draft', recordSubject(record.id)),
        reply: received('draft-reply', recordSubject(record.id)),
      })),
    documents: listDocuments(db, caseId).map((document) => ({ id: document.id, name: document.name, mediaType: document.mediaType, size: document.size })),
    log: listBundleRowsForCase(db, caseId).map((row) => logRow(row, party(row.contactId))),
    canSend: session.can('cases.edit', { caseId }),
  };
}

const recordSubject = (recordId: number): string => `record:${recordId}`;

function partyOf(contact: StoredContact | undefined, contactId: number): Party {
  return { contactId, organisation: contact?.organisation ?? 'An unknown install', installName: contact?.installName ?? '' };
}

function requestsOf(db: Db, caseId: number, sent: (kind: BundleKind, subject: string) => SentRef, received: (kind: BundleKind, subject: string) => ReceivedRef): ExchangeCaseView['requests'] {
  const today = todayInLondon();
  const calendar = storeCalendar(db);
  return listRequests(db, caseId).map((request) => ({
    requestId: request.id,
    agency: request.agency,
    state: requestState(request, today, calendar).state,
    dueOn: request.dueOn,
    receivedOn: request.receivedOn,
    sent: sent('request', `request:${request.id}`),
    returned: received('return', `request:${request.id}`),
  }));
}

function decisionsOf(db: Db, caseId: number, records: readonly StoredRecord[], sent: (kind: BundleKind, subject: string) => SentRef, received: (kind: BundleKind, subject: string) => ReceivedRef): Decision[] {
  const userNames = new Map(listUsers(db).map((user) => [user.id, user.name]));
  // A record changed here after it was signed is the Business Unit's entry again.
  const signed = new Set(currentSignatures(db, caseId).map((signature) => signature.recordId));
  const decisions: Decision[] = [];
  for (const record of records) {
    if (!DECISION_TYPES.has(record.type)) continue;
    const recordType = record.type as DecisionRecordType;
    const subject = recordSubject(record.id);
    const person = personOf(db, recordType, record.data, subject);
    if (person === null) continue;
    decisions.push({
      recordId: record.id,
      recordType,
      label: `${RECORD_LABELS[recordType]} by ${person.name} (${person.organisation})`,
      personName: person.name,
      onBehalf: !signed.has(record.id),
      requested: sent('decision-request', subject),
      signed: received('decision', subject),
      history: versionsOf(db, record.id).map((version) => ({
        enteredBy: userNames.get(version.enteredBy) ?? version.enteredBy,
        enteredAt: version.enteredAt,
        replacedAt: version.replacedAt,
        summary: describeEntry(recordType, version.data),
      })),
    });
  }
  return decisions;
}

/**
 * Whose decision the record is. An endorsement or a declaration names one person; a screening
 * decision names its panel, and is asked of its first member unless a request for a decision
 * already named another of them.
 */
function personOf(db: Db, recordType: DecisionRecordType, data: Record<string, unknown>, subject: string): NamedPerson | null {
  if (recordType !== 'screening') {
    const parsed = namedPerson.safeParse(data.person);
    return parsed.success ? parsed.data : null;
  }
  const panel = (Array.isArray(data.panel) ? data.panel : []).flatMap((member) => {
    const parsed = namedPerson.safeParse(member);
    return parsed.success ? [parsed.data] : [];
  });
  const asked = latestBundleFor(db, 'sent', 'decision-request', subject);
  const summary = asked === undefined ? '' : summaryLines(asked).join('\n').toLowerCase();
  return panel.find((member) => summary !== '' && summary.includes(member.name.toLowerCase())) ?? panel[0] ?? null;
}

/** One line for an earlier entry a signed decision replaced. */
function describeEntry(recordType: DecisionRecordType, data: Record<string, unknown>): string {
  const quoted = (text: unknown): string => (typeof text === 'string' && text.trim() !== '' ? `: “${text.trim().length > 200 ? `${text.trim().slice(0, 199)}…` : text.trim()}”` : '');
  switch (recordType) {
    case 'screening': {
      const decision = SCREENING_DECISION_LABELS[data.decision as ScreeningDecision] ?? String(data.decision);
      return `${decision}, decided on ${dateInWords(String(data.decidedOn))}`;
    }
    case 'endorsement':
      return `${data.endorses === true ? 'Endorsed the outcome' : 'Did not endorse the outcome'}${quoted(data.comment)}`;
    case 'declaration':
      return data.hasInterest === true ? `Declared an interest${quoted(data.details)}` : 'Declared no interest';
  }
}

function logRow(row: BundleRow, contact: Party): BundleLogRow {
  return {
    bundleId: row.bundleId,
    direction: row.direction,
    kind: row.kind,
    contact,
    ourReference: row.ourReference,
    theirReference: row.theirReference,
    summary: summaryLines(row),
    by: row.byUser,
    at: row.at,
  };
}

function summaryLines(row: Pick<BundleRow, 'summary'>): string[] {
  const lines: unknown = JSON.parse(row.summary);
  return Array.isArray(lines) ? lines.map(String) : [];
}

interface RecordVersion {
  readonly enteredBy: string;
  readonly enteredAt: string;
  readonly replacedAt: string;
  readonly data: Record<string, unknown>;
}

/** A record's earlier entries, oldest first. */
function versionsOf(db: Db, recordId: number): RecordVersion[] {
  const rows = db
    .prepare('SELECT data, entered_by AS enteredBy, entered_at AS enteredAt, replaced_at AS replacedAt FROM case_record_versions WHERE record_id = ? ORDER BY replaced_at, id')
    .all(recordId) as (Omit<RecordVersion, 'data'> & { data: string })[];
  return rows.map((row) => ({ ...row, data: JSON.parse(row.data) as Record<string, unknown> }));
}
