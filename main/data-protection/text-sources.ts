/**
 * Every table and column of the store where free text can name a person, read from the
 * migrations (main/store/migrations/001…010), and the place of the export each belongs to. A
 * column here is searched word by word for the subject's names; a JSON column is walked and each
 * string in it searched. What is not here is either searched by its own module (people records,
 * user accounts, audit details, the bytes of documents) or named in not-searched.ts with the
 * reason; a test holds every column of the schema to one or the other.
 */
import type { DataProtectionPlace } from '../../shared/ipc/data-protection-calls.ts';

export interface TextColumn {
  readonly name: string;
  /** The column in words, for "where exactly". */
  readonly label: string;
  /** A JSON document: each string in it is searched, and its path named. */
  readonly json?: true;
  /**
   * The field holds someone's name (a recipient, a representative, a person's own record): it is
   * theirs only if it holds their full name, never their first name alone, which here is only
   * someone else with the same first name.
   */
  readonly personName?: true;
}

export interface TextSource {
  readonly place: DataProtectionPlace;
  readonly table: string;
  readonly columns: readonly TextColumn[];
  /** SQL over the row `t`: the id of the case it belongs to, or NULL. */
  readonly caseId: string;
  /** SQL over the row `t`: what the row is, in words. */
  readonly what: string;
  /** The row is a kept file (its `name` column its file name): a finding in it brings the file into the export's zip. */
  readonly file?: 'document' | 'task-file';
}

const organisationOf = (column: string) => `(SELECT name FROM organisations WHERE id = ${column})`;
const day = (column: string) => `substr(${column}, 1, 10)`;
const requestCase = '(SELECT case_id FROM information_requests r WHERE r.id = t.request_id)';
const requestAgency = `(SELECT o.name FROM information_requests r JOIN organisations o ON o.id = r.organisation_id WHERE r.id = t.request_id)`;
const setCase = '(SELECT case_id FROM secured_sets s WHERE s.id = t.set_id)';
const setAgency = `(SELECT o.name FROM secured_sets s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = t.set_id)`;
const recordType = (column: string) => `(SELECT replace(type, '-', ' ') FROM case_records r WHERE r.id = ${column})`;
const taskCase = (column: string) => `(SELECT b.case_id FROM exchange_tasks k JOIN exchange_bundles b ON b.id = k.received_id WHERE k.id = ${column})`;

export const TEXT_SOURCES: readonly TextSource[] = [
  // People records that are not theirs can still name them: a mother's notes, a relationship.
  {
    place: 'people',
    table: 'case_people',
    columns: [
      { name: 'given_names', label: 'given names', personName: true },
      { name: 'family_name', label: 'family name', personName: true },
      { name: 'publish_as', label: 'name to publish under', personName: true },
      { name: 'details', label: 'details', json: true },
    ],
    caseId: 't.case_id',
    what: `'People record of ' || t.given_names || ' ' || t.family_name || ' (' || replace(t.role, '-', ' ') || ')'`,
  },
  {
    place: 'case-records',
    table: 'case_records',
    columns: [{ name: 'data', label: 'record', json: true }],
    caseId: 't.case_id',
    what: `'The ' || replace(t.type, '-', ' ') || ' record, entered ' || ${day('t.entered_at')}`,
  },
  {
    place: 'case-records',
    table: 'case_record_versions',
    columns: [
      { name: 'data', label: 'earlier entry', json: true },
      { name: 'entered_by', label: 'entered by', personName: true },
    ],
    caseId: '(SELECT case_id FROM case_records r WHERE r.id = t.record_id)',
    what: `'An earlier entry of the ' || ${recordType('t.record_id')} || ' record, replaced ' || ${day('t.replaced_at')}`,
  },
  {
    place: 'documents',
    table: 'case_documents',
    columns: [
      { name: 'name', label: 'file name' },
      { name: 'note', label: 'note' },
    ],
    caseId: 't.case_id',
    what: `'Document ' || t.id || ' “' || t.name || '”, added ' || ${day('t.added_at')}`,
    file: 'document',
  },
  {
    place: 'requests',
    table: 'information_requests',
    columns: [
      { name: 'recipient_name', label: 'recipient', personName: true },
      { name: 'recipient_role', label: 'recipient’s role' },
      { name: 'recipient_email', label: 'recipient’s e-mail' },
      { name: 'note', label: 'note' },
    ],
    caseId: 't.case_id',
    what: `'Request for information to ' || ${organisationOf('t.organisation_id')} || ', sent ' || t.sent_on`,
  },
  {
    place: 'requests',
    table: 'information_request_chases',
    columns: [{ name: 'note', label: 'note' }],
    caseId: requestCase,
    what: `'Chase of the request to ' || ${requestAgency} || ' on ' || t.chased_on`,
  },
  {
    place: 'requests',
    table: 'information_request_escalations',
    columns: [
      { name: 'escalated_to', label: 'escalated to', personName: true },
      { name: 'outcome', label: 'outcome' },
    ],
    caseId: requestCase,
    what: `'Escalation of the request to ' || ${requestAgency} || ' on ' || t.escalated_on`,
  },
  {
    place: 'summaries',
    table: 'agency_summaries',
    columns: [
      { name: 'data', label: 'summary', json: true },
      { name: 'rating_note', label: 'quality rating note' },
    ],
    caseId: 't.case_id',
    what: `${organisationOf('t.organisation_id')} || '’s agency summary, saved ' || ${day('t.saved_at')}`,
  },
  {
    place: 'chronologies',
    table: 'chronology_returns',
    columns: [
      { name: 'file_name', label: 'file name' },
      { name: 'problems', label: 'problems found reading it', json: true },
    ],
    caseId: 't.case_id',
    what: `${organisationOf('t.organisation_id')} || '’s chronology return, imported ' || ${day('t.imported_at')}`,
  },
  {
    place: 'chronologies',
    table: 'chronology_rows',
    columns: [
      { name: 'sheet', label: 'sheet' },
      { name: 'stated_agency', label: 'agency' },
      { name: 'source', label: 'source' },
      { name: 'event', label: 'event' },
      { name: 'risk', label: 'risk' },
      { name: 'response', label: 'response' },
      { name: 'impact', label: 'impact' },
      { name: 'partnership', label: 'partnership' },
      { name: 'learning', label: 'learning' },
    ],
    caseId: 't.case_id',
    what: `(SELECT o.name FROM chronology_returns r JOIN organisations o ON o.id = r.organisation_id WHERE r.id = t.return_id) || '’s chronology, sheet “' || t.sheet || '”, row ' || t.row_number || ' (' || t.date || ')'`,
  },
  {
    place: 'reports',
    table: 'report_versions',
    columns: [
      { name: 'content', label: 'report', json: true },
      { name: 'reason', label: 'reason for the version' },
    ],
    caseId: 't.case_id',
    what: `'Report version ' || t.version || ', saved ' || ${day('t.saved_at')}`,
  },
  {
    place: 'reports',
    table: 'report_assurance',
    columns: [
      { name: 'name', label: 'completed by', personName: true },
      { name: 'answers', label: 'answers', json: true },
    ],
    caseId: 't.case_id',
    what: `'Assurance checklist of the ' || replace(t.signer, '-', ' ') || ', ' || ${day('t.completed_at')}`,
  },
  {
    place: 'reports',
    table: 'report_briefings',
    columns: [
      { name: 'content', label: 'briefing', json: true },
      { name: 'covers', label: 'cases covered', json: true },
    ],
    caseId: 't.case_id',
    what: `'7-minute briefing, saved ' || ${day('t.updated_at')}`,
  },
  {
    place: 'reports',
    table: 'report_distributions',
    columns: [
      { name: 'recipient', label: 'recipient', personName: true },
      { name: 'agency', label: 'agency' },
      { name: 'reply', label: 'reply' },
    ],
    caseId: 't.case_id',
    what: `'Draft version ' || t.version || ' sent ' || ${day('t.sent_at')} || ' (distribution register)'`,
  },
  {
    place: 'case-discussions',
    table: 'case_discussions',
    columns: [{ name: 'content', label: 'discussion', json: true }],
    caseId: 't.case_id',
    what: `'Case discussion, saved ' || ${day('t.updated_at')}`,
  },
  {
    place: 'redaction',
    table: 'redaction_places',
    columns: [
      { name: 'name', label: 'place' },
      { name: 'pseudonym', label: 'published as' },
    ],
    caseId: 't.case_id',
    what: `'Place in the redaction register, added ' || ${day('t.added_at')}`,
  },
  {
    place: 'redaction',
    table: 'redaction_decisions',
    columns: [
      { name: 'value', label: 'identifier' },
      { name: 'reason', label: 'reason' },
    ],
    caseId: 't.case_id',
    what: `'Redaction decision (' || t.decision || ') in the ' || replace(t.document, '-', ' ') || ', ' || ${day('t.decided_at')}`,
  },
  {
    place: 'action-plans',
    table: 'plan_recommendations',
    columns: [
      { name: 'text', label: 'recommendation' },
      { name: 'systemic_factor', label: 'systemic factor' },
      { name: 'from_finding', label: 'from the finding' },
    ],
    caseId: 't.case_id',
    what: `'Recommendation ' || t.id`,
  },
  {
    place: 'action-plans',
    table: 'plan_actions',
    columns: [
      { name: 'what', label: 'action' },
      { name: 'responsible_person', label: 'responsible person', personName: true },
      { name: 'intended_outcome', label: 'intended outcome' },
      { name: 'evidence', label: 'evidence of impact' },
    ],
    caseId: 't.case_id',
    what: `'Action for ' || ${organisationOf('t.organisation_id')} || ', due ' || t.due_on`,
  },
  {
    place: 'action-plans',
    table: 'action_updates_received',
    columns: [{ name: 'evidence', label: 'evidence of impact' }],
    caseId: 't.case_id',
    what: `${organisationOf('t.organisation_id')} || '’s update on an action, received ' || ${day('t.received_at')}`,
  },
  {
    place: 'learning',
    table: 'learning_events',
    columns: [
      { name: 'title', label: 'title' },
      { name: 'audience', label: 'audience' },
      { name: 'notes', label: 'notes' },
    ],
    caseId: 't.case_id',
    what: `'The ' || replace(t.kind, '-', ' ') || ' held ' || t.held_on`,
  },
  {
    place: 'learning',
    table: 'repeat_incidents',
    columns: [{ name: 'note', label: 'note' }],
    caseId: 't.case_id',
    what: `'Flagged as a repeat of ' || (SELECT reference FROM cases c WHERE c.id = t.earlier_case_id)`,
  },
  {
    place: 'family-feedback',
    table: 'family_feedback',
    columns: [{ name: 'comments', label: 'comments' }],
    caseId: 't.case_id',
    what: `'The family’s feedback, received ' || t.received_on`,
  },
  {
    place: 'secured-files',
    table: 'secured_files',
    columns: [
      { name: 'path', label: 'file name and folder' },
      { name: 'note', label: 'note' },
    ],
    caseId: setCase,
    what: `${setAgency} || '’s secured set: a file placed ' || ${day('t.placed_at')}`,
  },
  {
    place: 'secured-files',
    table: 'secured_integrity_checks',
    columns: [{ name: 'damaged', label: 'damaged files', json: true }],
    caseId: setCase,
    what: `'Integrity check of ' || ${setAgency} || '’s secured set, ' || ${day('t.checked_at')}`,
  },
  {
    place: 'secured-files',
    table: 'securing_records',
    columns: [
      { name: 'representative_name', label: 'representative', personName: true },
      { name: 'held_details', label: 'where the records are held' },
    ],
    caseId: 't.case_id',
    what: `${organisationOf('t.organisation_id')} || '’s securing of its records'`,
  },
  {
    place: 'exchange',
    table: 'exchange_bundles',
    columns: [
      { name: 'our_reference', label: 'our reference' },
      { name: 'their_reference', label: 'their reference' },
      { name: 'summary', label: 'summary', json: true },
      { name: 'sent_payload', label: 'what it carried', json: true },
    ],
    caseId: 't.case_id',
    what: `'Bundle ' || t.direction || ' (' || replace(t.kind, '-', ' ') || '), ' || ${day('t.at')}`,
  },
  {
    place: 'exchange',
    table: 'exchange_tasks',
    columns: [
      { name: 'their_reference', label: 'their reference' },
      { name: 'payload', label: 'what it asks', json: true },
    ],
    caseId: taskCase('t.id'),
    what: `'Task (' || replace(t.kind, '-', ' ') || ') from another install'`,
  },
  {
    place: 'exchange',
    table: 'exchange_task_files',
    columns: [{ name: 'name', label: 'file name' }],
    caseId: taskCase('t.task_id'),
    what: `'File ' || t.id || ' of a task from another install'`,
    file: 'task-file',
  },
  {
    place: 'exchange',
    table: 'exchange_contacts',
    columns: [
      { name: 'organisation', label: 'organisation' },
      { name: 'install_name', label: 'install’s name' },
      { name: 'revoked_reason', label: 'why trust was revoked' },
    ],
    caseId: 'NULL',
    what: `'Contact: ' || t.organisation`,
  },
  {
    place: 'exchange',
    table: 'signed_records',
    columns: [{ name: 'signed_by', label: 'signed by', personName: true }],
    caseId: '(SELECT case_id FROM case_records r WHERE r.id = t.record_id)',
    what: `'The signature on the ' || ${recordType('t.record_id')} || ' record, ' || ${day('t.signed_at')}`,
  },
  {
    place: 'settings',
    table: 'settings',
    columns: [{ name: 'value', label: 'value', json: true }],
    caseId: 'NULL',
    what: `'The setting “' || replace(t.key, '_', ' ') || '”'`,
  },
  {
    place: 'settings',
    table: 'install_identity',
    columns: [
      { name: 'organisation', label: 'organisation' },
      { name: 'install_name', label: 'install’s name' },
    ],
    caseId: 'NULL',
    what: `'This install’s identity'`,
  },
];
