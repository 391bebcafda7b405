/**
 * Why a column of the store is not searched word by word for a person's names: searched by its
 * own module instead, or holding no free text (a date, an id, a code from a fixed list, a hash or
 * a key). The test that walks the schema asks this of every column text-sources.ts does not
 * list (a column listed there is searched whatever its name), so a column added by a later
 * migration is either searched or given its reason here.
 */

/** Columns read by their own module rather than as text. */
const SEARCHED_ELSEWHERE: Readonly<Record<string, string>> = {
  'users.name': 'user accounts are matched by name (user-accounts.ts)',
  'audit_details.body': 'audit details are walked with their event (audit-details.ts)',
  'case_document_chunks.bytes': 'documents’ text is read from their bytes (document-texts.ts)',
  'exchange_task_files.content': 'task files’ text is read from their bytes (document-texts.ts)',
  'secured_file_chunks.sealed': 'sealed to the agency’s representative and recovery key: the sets are listed with who holds the key (secured-sets.ts)',
  'person_search_terms.term': 'normal forms of the people records’ own names, found through the records (people-records.ts)',
};

/** Free-looking text that is not about anyone. */
const NOT_ABOUT_PEOPLE: Readonly<Record<string, string>> = {
  'organisations.name': 'the names of agencies and the Business Unit',
  'learning_themes.name': 'the names of learning themes',
  'imported_bank_holidays.title': 'the names of bank holidays',
  'cases.reference': 'case references, given by the app',
  'meta.key': 'the store’s identity and audit key',
  'meta.value': 'the store’s identity and audit key',
  'settings.key': 'the names of settings',
  'case_clocks.subject': 'what a clock is for: an agency or a request, by id',
  'exchange_bundles.subject': 'what a bundle belongs to on this side, by id',
  'backups.folder': 'the folder IT chose for a backup',
  'redaction_decisions.place': 'a place in a document, such as report/overview/3',
  'redaction_decisions.document': 'a code from a fixed list',
  'secured_file_keys.recipient': 'who a file key is sealed to, by id',
  'audit_events.action': 'what was done, as a code: the free text is in the details',
  'audit_events.record_type': 'what kind of record, as a code',
  'audit_events.record_id': 'an identifier: the free text is in the details',
  'retention_deletions.rule': 'the retention rule, as a code',
  'retention_deletions.record_type': 'what kind of record, as a code',
  'retention_deletions.record_id': 'an identifier',
  'retention_deletions.case_reference': 'a case reference, given by the app',
  'retention_deletions.rows_deleted': 'how many rows went, by table',
  'agency_summaries.source': 'whether the summary was typed in or imported',
  'chronology_resolutions.row_ids_key': 'the ids of chronology rows',
  'action_updates_received.document_ids': 'the ids of case documents',
  'action_updates_received.action_id': 'an action’s id',
};

/** Columns named like these hold no free text anywhere in the schema. */
const CODE_COLUMNS = new Set([
  'kind', 'type', 'role', 'status', 'state', 'stage', 'decision', 'signer', 'via', 'direction', 'method', 'level', 'instruction', 'held_where', 'rating', 'sensitive',
  'clock', 'partner', 'media_type', 'erased_rule',
]);
const DATE_COLUMN = /(_at|_on)$|^(date|time|at|incident_date|referral_date)$/;
const ID_COLUMN = /(^|_)(id|uid)$|^(in_reply_to|replaced_by_bundle|assigned_to|by_user)$/;
const USER_COLUMN = /_by$/;
const DIGEST_COLUMN = /^(sha256|hash|prev_hash|details_hash|fingerprint|head|public_key)$/;

/** The reason a column is not searched as text, or null when it should be. `type` is its declared SQL type. */
export function whyNotSearched(table: string, column: string, type: string): string | null {
  const key = `${table}.${column}`;
  if (key in SEARCHED_ELSEWHERE) return SEARCHED_ELSEWHERE[key]!;
  if (key in NOT_ABOUT_PEOPLE) return NOT_ABOUT_PEOPLE[key]!;
  if (type === 'INTEGER' || type === 'REAL') return 'a number';
  if (CODE_COLUMNS.has(column)) return 'a code from a fixed list';
  if (DATE_COLUMN.test(column)) return 'a date or time';
  if (ID_COLUMN.test(column)) return 'an identifier';
  if (USER_COLUMN.test(column)) return 'a user’s id: their account is found by name';
  if (DIGEST_COLUMN.test(column)) return 'a hash or public key';
  if (type === 'BLOB') return 'keys or sealed bytes';
  return null;
}
