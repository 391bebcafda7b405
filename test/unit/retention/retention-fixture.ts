/**
 * What the retention tests stand on: a real store (an administrator, who holds the retention
 * permission, and a Business Unit officer), cases made through the real services, and a filler
 * that gives a case a row in every table that can hold one — the ones no service test here
 * reaches (secured sets, bundles and tasks, action plans, learning) written straight in, with
 * audit events addressed to those child records as their own services would append them.
 * Invented people only: phones 07700 900xxx, e-mail @example.com.
 */
import { randomBytes } from 'node:crypto';
import { fakerEN_GB as faker } from '@faker-js/faker';
import type { Session } from '../../../main/security/session.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import { addDocument } from '../../../main/reviews/documents.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import type { Db } from '../../../main/store/open-database.ts';
import { exportFileName } from '../../../main/reports/export-file-name.ts';
import { SECURED_FILE_RECORD, SECURED_SET_RECORD, securedFileRecordId } from '../../../shared/vault/access-log.ts';
import { makeEvidenceStore, newCase, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { paragraph, reportWith } from '../reports/report-fixture.ts';

export { asyncRefusalOf, count, refusalOf } from '../evidence/evidence-fixture.ts';

export const POLICE = 'Greater Manchester Police';
export const EDUCATION = 'Education';

export interface RetentionStore {
  readonly store: EvidenceStore;
  readonly admin: Session;
  readonly officer: Session;
  /** Every name and free text the fixture wrote, to prove none reaches a log line. */
  readonly written: string[];
  cleanup(): void;
}

export async function makeRetentionStore(): Promise<RetentionStore> {
  const store = await makeEvidenceStore();
  const written: string[] = [];
  return { store, admin: store.admin, officer: store.officer, written, cleanup: () => store.cleanup() };
}

export interface MadeCase {
  readonly reference: string;
  readonly id: number;
}

/** A rapid review made through the referral service, with a child on it. */
export function caseWithChild(fixture: RetentionStore): MadeCase {
  const made = newCase(fixture.officer, { agencies: [POLICE, EDUCATION] });
  const child = { given: faker.person.firstName(), family: faker.person.lastName() };
  fixture.written.push(child.given, child.family);
  savePerson(fixture.officer, made.reference, { role: 'child', givenNames: child.given, familyName: child.family, datesOfBirth: ['2017-06-02'], publishAs: 'Child R', contactDetails: ['07700 900456'] });
  return made;
}

/** Runs SQL the test needs as one audited change. */
export function arrange<T>(session: Session, work: (db: Db, note: (recordType: string, recordId: string | number, details: Record<string, unknown>) => void) => T): T {
  return session.store.change((db, audit) => {
    let noted = false;
    const result = work(db, (recordType, recordId, details) => {
      noted = true;
      audit({ actorId: session.userId, action: 'test.arranged', recordType, recordId, details });
    });
    if (!noted) audit({ actorId: session.userId, action: 'test.arranged', recordType: 'store', recordId: 'test' });
    return result;
  });
}

function insert(db: Db, table: string, row: Record<string, unknown>): number {
  const columns = Object.keys(row);
  return Number(db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`).run(row).lastInsertRowid);
}

const organisationId = (db: Db, name: string) => (db.prepare('SELECT id FROM organisations WHERE name = ?').get(name) as { id: number }).id;

/** Sets a case's stage to closed on this date (the lifecycle would close it today). */
export function closeOn(session: Session, made: MadeCase, closedOn: string): void {
  arrange(session, (db, note) => {
    db.prepare(`UPDATE cases SET stage = 'closed', closed_on = ?, stage_entered_on = ? WHERE id = ?`).run(closedOn, closedOn, made.id);
    note('case', made.id, { closedOn });
  });
}

/** The child records a filled case has, by the record type its audit events name them with. */
export interface ChildRecords {
  readonly setIds: number[];
  readonly fileRecordIds: string[];
  readonly assignmentIds: number[];
  readonly taskIds: number[];
  readonly bundleIds: string[];
  readonly learningEventIds: number[];
}

/**
 * Gives the case a row in every table that can hold one, beside what the services already made
 * (referral, stage history, clocks, agencies, a person and her search terms). `bigDocumentBytes`
 * adds a document of that many random bytes, so freeing the space shows in the file's size.
 * `otherCase` gets a repeat-incident link naming this case as the earlier one.
 */
export async function fillCase(fixture: RetentionStore, made: MadeCase, options: { bigDocumentBytes?: number; otherCase?: MadeCase } = {}): Promise<ChildRecords> {
  const { officer, admin } = fixture;
  const purpose = `Checking the chronology for ${faker.person.fullName()}`;
  fixture.written.push(purpose);
  addDocument(officer, made.reference, { name: `${faker.person.lastName()} family notes.txt`, mediaType: 'text/plain', note: 'Invented notes', content: Buffer.from(`Invented notes ${faker.lorem.sentence()}`) });
  if (options.bigDocumentBytes !== undefined) {
    addDocument(officer, made.reference, { name: 'Scanned records.bin', mediaType: 'application/octet-stream', note: '', content: randomBytes(options.bigDocumentBytes) });
  }
  await saveReport(officer, made.reference, reportWith({ overview: [paragraph('A first draft of the overview.')] }), 'First draft');
  const adminId = admin.userId;
  const officerId = officer.userId;
  return arrange(admin, (db, note) => {
    const now = new Date().toISOString();
    const police = organisationId(db, POLICE);
    const education = organisationId(db, EDUCATION);
    const documentId = (db.prepare('SELECT min(id) AS id FROM case_documents WHERE case_id = ?').get(made.id) as { id: number }).id;
    const recordId = (db.prepare(`SELECT id FROM case_records WHERE case_id = ? AND type = 'referral'`).get(made.id) as { id: number }).id;
    const contactId =
      (db.prepare('SELECT id FROM exchange_contacts LIMIT 1').get() as { id: number } | undefined)?.id ??
      insert(db, 'exchange_contacts', {
        install_id: 'install-police-1',
        organisation: POLICE,
        install_name: 'Police desk',
        sealing_public: randomBytes(32),
        signing_public: randomBytes(32),
        fingerprint: 'ABCD-EFGH',
        state: 'trusted',
        added_by: adminId,
        added_at: now,
      });

    insert(db, 'case_record_versions', { record_id: recordId, data: '{}', entered_by: officerId, entered_at: now, replaced_at: now, replaced_by_bundle: null });
    insert(db, 'signed_records', { record_id: recordId, bundle_id: `signed-${made.id}`, contact_id: contactId, signed_by: 'Invented Signer', signed_at: now });

    const requestId = insert(db, 'information_requests', {
      case_id: made.id,
      organisation_id: police,
      recipient_name: faker.person.fullName(),
      recipient_email: 'named.nurse@example.com',
      sent_on: '2025-11-05',
      due_on: '2025-11-12',
      secure_files: 1,
      sent_by: officerId,
      created_at: now,
    });
    insert(db, 'information_request_chases', { request_id: requestId, chased_on: '2025-11-13', method: 'phone', recorded_by: officerId, recorded_at: now });
    insert(db, 'information_request_escalations', { request_id: requestId, escalated_on: '2025-11-14', level: 'practice-review-subgroup', escalated_to: 'PRSG chair', recorded_by: officerId, recorded_at: now });
    insert(db, 'agency_summaries', { case_id: made.id, organisation_id: police, data: '{}', source: 'entered', document_id: documentId, saved_by: officerId, saved_at: now });
    const returnId = insert(db, 'chronology_returns', {
      case_id: made.id,
      organisation_id: police,
      file_name: 'police-chronology.xlsx',
      sha256: 'a'.repeat(64),
      document_id: documentId,
      row_count: 1,
      problems: '[]',
      imported_by: officerId,
      imported_at: now,
    });
    const rowId = insert(db, 'chronology_rows', {
      return_id: returnId,
      case_id: made.id,
      sheet: 'Chronology',
      row_number: 7,
      date: '2025-10-01',
      source: 'Case notes',
      event: 'An invented visit',
      risk: '',
      response: '',
      impact: '',
      partnership: '',
      learning: '',
    });
    insert(db, 'chronology_resolutions', { case_id: made.id, row_ids_key: String(rowId), decision: 'keep-all', decided_by: officerId, decided_at: now });

    const recommendationId = insert(db, 'plan_recommendations', { case_id: made.id, text: 'Share concerns early', type: 'multi-agency', systemic_factor: 'Information sharing', created_by: officerId, created_at: now });
    const actionId = insert(db, 'plan_actions', {
      uid: `action-${made.id}-${randomBytes(4).toString('hex')}`,
      case_id: made.id,
      recommendation_id: recommendationId,
      what: 'Audit strategy discussions',
      organisation_id: police,
      responsible_person: faker.person.fullName(),
      due_on: '2026-03-01',
      intended_outcome: 'Every child is seen',
      status: 'in-progress',
      created_by: officerId,
      created_at: now,
      updated_by: officerId,
      updated_at: now,
    });
    insert(db, 'plan_action_evidence', { action_id: actionId, document_id: documentId });

    const bundleRowId = insert(db, 'exchange_bundles', {
      bundle_id: `bundle-${made.id}-${randomBytes(4).toString('hex')}`,
      direction: 'received',
      kind: 'actions-update',
      contact_id: contactId,
      case_id: made.id,
      sha256: 'b'.repeat(64),
      size: 100,
      summary: '[]',
      by_user: officerId,
      at: now,
    });
    const bundleId = (db.prepare('SELECT bundle_id FROM exchange_bundles WHERE id = ?').get(bundleRowId) as { bundle_id: string }).bundle_id;
    const taskId = insert(db, 'exchange_tasks', { received_id: bundleRowId, kind: 'request', contact_id: contactId, their_reference: 'THEIR-1', payload: '{}', assigned_to: officerId });
    insert(db, 'exchange_task_files', { task_id: taskId, name: 'request.pdf', media_type: 'application/pdf', size: 3, sha256: 'c'.repeat(64), content: Buffer.from('pdf') });
    insert(db, 'action_updates_received', { received_id: bundleRowId, case_id: made.id, organisation_id: police, action_id: 'a1', status: 'complete', evidence: 'Done', document_ids: '[]', received_at: now });

    // Released, so nothing of it waits for the agency: a closed case with it may be deleted.
    const setId = insert(db, 'secured_sets', { case_id: made.id, organisation_id: education, representative_id: officerId, created_at: now, created_by: officerId, state: 'released', closed_at: now, closed_by: officerId });
    const fileId = insert(db, 'secured_files', {
      set_id: setId,
      uid: `file-${made.id}-${randomBytes(4).toString('hex')}`,
      path: 'records/visit.pdf',
      size: 5,
      sha256: 'd'.repeat(64),
      chunk_bytes: 65536,
      chunks: 1,
      placed_by: officerId,
      placed_at: now,
      acting_for_agency: 0,
      state: 'stored',
    });
    insert(db, 'secured_file_chunks', { file_id: fileId, seq: 0, sealed: randomBytes(64) });
    insert(db, 'secured_file_keys', { file_id: fileId, recipient: 'agency-recovery', enc: randomBytes(32), ciphertext: randomBytes(48) });
    insert(db, 'secured_integrity_checks', { set_id: setId, checked_at: now, checked_by: officerId, files: 1 });
    insert(db, 'securing_records', {
      case_id: made.id,
      organisation_id: education,
      confirmed_on: '2025-11-06',
      representative_name: faker.person.fullName(),
      held_where: 'this-app',
      confirmation_recorded_by: officerId,
      confirmation_recorded_at: now,
      instruction: 'release',
      instruction_given_on: '2025-12-01',
      instruction_confirmed_on: '2025-12-02',
      instruction_recorded_by: officerId,
      instruction_recorded_at: now,
    });

    insert(db, 'report_assurance', { case_id: made.id, signer: 'chair', name: 'Invented Chair', answers: '[]', completed_by: officerId, completed_at: now });
    insert(db, 'case_discussions', { case_id: made.id, content: '{}', updated_by: officerId, updated_at: now });
    insert(db, 'redaction_places', { case_id: made.id, name: 'Northam Primary', pseudonym: 'School 1', added_by: officerId, added_at: now });
    insert(db, 'redaction_decisions', { case_id: made.id, document: 'report', kind: 'name', value: 'Northam', place: 'report/overview/0', decision: 'accept', decided_by: officerId, decided_at: now });
    insert(db, 'report_briefings', { case_id: made.id, content: '{}', updated_by: officerId, updated_at: now });
    insert(db, 'report_distributions', { case_id: made.id, version: 1, recipient: faker.person.fullName(), agency: POLICE, via: 'file', sent_by: officerId, sent_at: now, may_forward: 0 });

    const themeId = (db.prepare('SELECT min(id) AS id FROM learning_themes').get() as { id: number }).id;
    insert(db, 'case_themes', { case_id: made.id, theme_id: themeId, tagged_by: officerId, tagged_at: now });
    const learningEventId = insert(db, 'learning_events', {
      kind: 'reflective-session',
      title: 'Reflective session',
      held_on: '2026-02-01',
      audience: 'Practitioners',
      case_id: made.id,
      attendance: 10,
      feedback_responses: 8,
      understand_better: 6,
      recorded_by: officerId,
      recorded_at: now,
    });
    if (options.otherCase !== undefined) {
      insert(db, 'repeat_incidents', { case_id: options.otherCase.id, earlier_case_id: made.id, note: 'Same household', flagged_by: officerId, flagged_at: now });
    }
    insert(db, 'family_feedback', { case_id: made.id, received_on: '2026-02-10', sensitive: 'yes', comments: 'Invented feedback', recorded_by: officerId, recorded_at: now });
    const assignmentId = insert(db, 'assignments', { user_id: officerId, role: 'lead-reviewer', case_id: made.id, started_at: now });

    const fileRecordId = securedFileRecordId(setId, fileId);
    note(SECURED_SET_RECORD, setId, { agency: EDUCATION });
    note(SECURED_FILE_RECORD, fileRecordId, { purpose, fileId });
    note('assignment', assignmentId, { userId: officerId, role: 'lead-reviewer', caseId: made.id });
    note('task', taskId, { kind: 'request', theirReference: 'THEIR-1' });
    note('bundle', bundleId, { kind: 'actions-update' });
    note('learning-event', learningEventId, { eventId: learningEventId, caseId: made.id });
    return { setIds: [setId], fileRecordIds: [fileRecordId], assignmentIds: [assignmentId], taskIds: [taskId], bundleIds: [bundleId], learningEventIds: [learningEventId] };
  });
}

/** A redacted draft kept as a case document the way send-draft keeps one, and its line in the register. */
export function draftSentAsBundle(fixture: RetentionStore, made: MadeCase, version: number, agency: string, confirmedOn: string | null): number {
  const recipient = faker.person.fullName();
  fixture.written.push(recipient);
  addDocument(fixture.officer, made.reference, {
    name: exportFileName(made.reference, 'draft', 'pdf', { version, agency }),
    mediaType: 'application/pdf',
    note: `Redacted draft, version ${version}, for ${recipient} (${agency}), for factual accuracy.`,
    content: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300_000)]),
  });
  return arrange(fixture.officer, (db, note) => {
    const documentId = (db.prepare('SELECT max(id) AS id FROM case_documents WHERE case_id = ?').get(made.id) as { id: number }).id;
    insert(db, 'report_distributions', {
      case_id: made.id,
      version,
      recipient,
      agency,
      via: 'bundle',
      bundle_id: `draft-${made.id}-${version}`,
      sent_by: fixture.officer.userId,
      sent_at: new Date().toISOString(),
      may_forward: 0,
      deletion_confirmed_on: confirmedOn,
    });
    note('case', made.id, { distributed: version });
    return documentId;
  });
}

/** A draft exported as a file: only the register knows of it. */
export function draftSentAsFile(fixture: RetentionStore, made: MadeCase, version: number, agency: string, confirmedOn: string | null): string {
  const recipient = faker.person.fullName();
  fixture.written.push(recipient);
  arrange(fixture.officer, (db, note) => {
    insert(db, 'report_distributions', { case_id: made.id, version, recipient, agency, via: 'file', sent_by: fixture.officer.userId, sent_at: new Date().toISOString(), may_forward: 0, deletion_confirmed_on: confirmedOn });
    note('case', made.id, { distributed: version });
  });
  return recipient;
}

/** A backup in the app's register, made at `createdAt`. */
export function backupMadeAt(session: Session, folder: string, createdAt: string): void {
  arrange(session, (db, note) => {
    insert(db, 'backups', { folder, created_at: createdAt, verified_at: createdAt, events: 1, head: 'e'.repeat(64), bytes: 4096, made_by: session.userId });
    note('store', 'test', { backup: folder });
  });
}
