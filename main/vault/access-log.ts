/**
 * The secured files' access log (policy 16), read from the audit chain: a page of it for the
 * screen, or every matching event as an .xlsx or PDF for the Practice Review Subgroup. Reading
 * the log changes nothing and is not itself recorded; an export takes the log out of the store,
 * so the chain records who exported it, with the filter, after the file is made.
 */
import type { FileOutput } from '../../shared/evidence/letterhead.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { ACCESS_LOG_PAGE_SIZE, type AccessLogFilter, type AccessLogView } from '../../shared/vault/access-log.ts';
import { accessLogPdf } from '../exports/pdf/access-log-pdf.ts';
import { accessLogWorkbook } from '../exports/xlsx/access-log-workbook.ts';
import type { Session } from '../security/session.ts';
import { readLetterhead } from '../store/repositories/letterhead.ts';
import { countEntries, filterOptions, listEntries } from './access-log-query.ts';
import { describeAccessLogFilter } from './access-log-rows.ts';
import { accessLogScope } from './access-log-scope.ts';

const READ = 'see the secured files’ access log';
const EXPORT = 'export the secured files’ access log';

/** The event an export appends: not a secured-set event, so the log never lists its own exports. */
export const ACCESS_LOG_EXPORTED = 'access-log.exported';

const MEDIA_TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

/** Until an administrator sets the letterhead, the partnership's name has nowhere to come from. */
const PARTNERSHIP_FALLBACK = 'The Safeguarding Children Partnership';

/** One page of the matching events; a page past the last shows the last. */
export function readAccessLog(session: Session, filter: AccessLogFilter, page: number): AccessLogView {
  const scope = accessLogScope(session, READ);
  const db = session.store.db;
  const total = countEntries(db, scope, filter);
  const pages = Math.max(1, Math.ceil(total / ACCESS_LOG_PAGE_SIZE));
  const shown = Math.min(Math.max(1, Math.trunc(page)), pages);
  return {
    entries: listEntries(db, scope, filter, { limit: ACCESS_LOG_PAGE_SIZE, offset: (shown - 1) * ACCESS_LOG_PAGE_SIZE }),
    total,
    page: shown,
    pageSize: ACCESS_LOG_PAGE_SIZE,
    options: filterOptions(db, scope),
  };
}

/** Every matching event, in chain order, as a file named for the day it was made. */
export async function exportAccessLog(session: Session, filter: AccessLogFilter, format: 'pdf' | 'xlsx'): Promise<FileOutput> {
  const scope = accessLogScope(session, EXPORT);
  const db = session.store.db;
  const entries = listEntries(db, scope, filter);
  const madeOn = todayInLondon();
  const madeBy = session.user.name;
  const filterDescription = describeAccessLogFilter(filter);
  const bytes =
    format === 'xlsx'
      ? await accessLogWorkbook({ madeOn, madeBy, filterDescription, entries })
      : await accessLogPdf({ partnershipName: readLetterhead(db)?.partnershipName ?? PARTNERSHIP_FALLBACK, madeOn, madeBy, filterDescription, entries });
  const fileName = `access-log-${madeOn}.${format}`;
  session.store.change((_db, audit) =>
    audit({
      actorId: session.userId,
      action: ACCESS_LOG_EXPORTED,
      recordType: 'store',
      recordId: session.store.storeId,
      details: { format, filter, entries: entries.length, fileName },
    }),
  );
  return { fileName, mediaType: MEDIA_TYPES[format], contentBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}
