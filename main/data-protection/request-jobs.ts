/**
 * The search and the export as long tasks: refused at once if the person may not make them or
 * the name will not do, otherwise started in the background and followed with `jobs.read`.
 */
import type { DataProtectionExport, DataProtectionQuery } from '../../shared/ipc/data-protection-calls.ts';
import type { JobStarted } from '../../shared/ipc/jobs-calls.ts';
import type { Jobs } from '../operations/jobs.ts';
import type { Session } from '../security/session.ts';
import { authoriseExport, authoriseSearch, exportForRequest, searchForRequest } from './data-protection-request.ts';
import { subjectOf } from './subject.ts';

export const SEARCH_JOB = 'data-protection-search';
export const EXPORT_JOB = 'data-protection-export';

export function startSearch(jobs: Jobs, session: Session, query: DataProtectionQuery): JobStarted {
  authoriseSearch(session);
  subjectOf(query);
  return { jobId: jobs.start(SEARCH_JOB, session.userId, { phase: 'Starting the search', done: 0, total: 1 }, (report) => searchForRequest(session, query, report)) };
}

export function startExport(jobs: Jobs, session: Session, request: DataProtectionExport): JobStarted {
  authoriseExport(session);
  subjectOf(request);
  return { jobId: jobs.start(EXPORT_JOB, session.userId, { phase: 'Starting the export', done: 0, total: 1 }, (report) => exportForRequest(session, request, report)) };
}
