/**
 * Every row of one case, table by table, in the order they can be deleted (each table before the
 * tables it refers to), read from every migration: the rows that name the case, and the rows that
 * hang from those (a person's search terms, a document's chunks, a secured file's sealed keys, a
 * bundle's task and its files). Foreign keys are on, so a table this list missed would stop the
 * deletion of the case's row, and the whole change with it; test/unit/retention checks the list
 * against the schema's foreign keys.
 *
 * A link from another case to this one (a repeat incident naming it as the earlier case) goes
 * too: it cannot point at a case that no longer exists. The record of the deletion itself
 * (retention_deletions) has no foreign key and stays.
 */
import type { Db } from '../store/open-database.ts';

export interface CaseTable {
  readonly table: string;
  /** Selects the case's rows; `@caseId` is the case. */
  readonly where: string;
}

const DOCUMENTS = 'SELECT id FROM case_documents WHERE case_id = @caseId';
const RECORDS = 'SELECT id FROM case_records WHERE case_id = @caseId';
const PEOPLE = 'SELECT id FROM case_people WHERE case_id = @caseId';
const REQUESTS = 'SELECT id FROM information_requests WHERE case_id = @caseId';
const RETURNS = 'SELECT id FROM chronology_returns WHERE case_id = @caseId';
const ACTIONS = 'SELECT id FROM plan_actions WHERE case_id = @caseId';
const BUNDLES = 'SELECT id FROM exchange_bundles WHERE case_id = @caseId';
const TASKS = `SELECT id FROM exchange_tasks WHERE received_id IN (${BUNDLES})`;
const SETS = 'SELECT id FROM secured_sets WHERE case_id = @caseId';
const FILES = `SELECT id FROM secured_files WHERE set_id IN (${SETS})`;
const OF_CASE = 'case_id = @caseId';

export const CASE_TABLES: readonly CaseTable[] = [
  { table: 'person_search_terms', where: `person_id IN (${PEOPLE})` },
  { table: 'case_people', where: OF_CASE },
  { table: 'signed_records', where: `record_id IN (${RECORDS})` },
  { table: 'case_record_versions', where: `record_id IN (${RECORDS})` },
  { table: 'case_records', where: OF_CASE },
  { table: 'case_stage_history', where: OF_CASE },
  { table: 'case_clocks', where: OF_CASE },
  { table: 'information_request_chases', where: `request_id IN (${REQUESTS})` },
  { table: 'information_request_escalations', where: `request_id IN (${REQUESTS})` },
  { table: 'information_requests', where: OF_CASE },
  { table: 'chronology_resolutions', where: OF_CASE },
  { table: 'chronology_rows', where: `case_id = @caseId OR return_id IN (${RETURNS})` },
  { table: 'chronology_returns', where: OF_CASE },
  { table: 'agency_summaries', where: OF_CASE },
  { table: 'plan_action_evidence', where: `action_id IN (${ACTIONS}) OR document_id IN (${DOCUMENTS})` },
  { table: 'plan_actions', where: OF_CASE },
  { table: 'plan_recommendations', where: OF_CASE },
  { table: 'action_updates_received', where: `case_id = @caseId OR received_id IN (${BUNDLES})` },
  { table: 'exchange_task_files', where: `task_id IN (${TASKS})` },
  { table: 'exchange_tasks', where: `received_id IN (${BUNDLES})` },
  { table: 'exchange_bundles', where: OF_CASE },
  { table: 'case_document_chunks', where: `document_id IN (${DOCUMENTS})` },
  { table: 'case_documents', where: OF_CASE },
  { table: 'secured_file_chunks', where: `file_id IN (${FILES})` },
  { table: 'secured_file_keys', where: `file_id IN (${FILES})` },
  { table: 'secured_files', where: `set_id IN (${SETS})` },
  { table: 'secured_integrity_checks', where: `set_id IN (${SETS})` },
  { table: 'secured_sets', where: OF_CASE },
  { table: 'securing_records', where: OF_CASE },
  { table: 'report_versions', where: OF_CASE },
  { table: 'report_assurance', where: OF_CASE },
  { table: 'case_discussions', where: OF_CASE },
  { table: 'redaction_places', where: OF_CASE },
  { table: 'redaction_decisions', where: OF_CASE },
  { table: 'report_briefings', where: OF_CASE },
  { table: 'report_distributions', where: OF_CASE },
  { table: 'case_themes', where: OF_CASE },
  { table: 'learning_events', where: OF_CASE },
  { table: 'repeat_incidents', where: 'case_id = @caseId OR earlier_case_id = @caseId' },
  { table: 'family_feedback', where: OF_CASE },
  { table: 'assignments', where: OF_CASE },
  { table: 'case_agencies', where: OF_CASE },
  { table: 'cases', where: 'id = @caseId' },
];

/** How many rows of the case each table holds, without changing anything. */
export function countCaseRows(db: Db, caseId: number): Record<string, number> {
  return Object.fromEntries(CASE_TABLES.map(({ table, where }) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get({ caseId }) as { n: number }).n]));
}

/** Deletes every row of the case; call inside the store change. Returns the rows removed by table, leaving out tables that held none. */
export function deleteCaseRows(db: Db, caseId: number): Record<string, number> {
  const removed: Record<string, number> = {};
  for (const { table, where } of CASE_TABLES) {
    const changes = db.prepare(`DELETE FROM ${table} WHERE ${where}`).run({ caseId }).changes;
    if (changes > 0) removed[table] = changes;
  }
  return removed;
}
