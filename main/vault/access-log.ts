/**
 * The secured files' access log, read from the audit chain (PLACEHOLDER: the access-log part builds this).
 */
import { AppError } from '../../shared/errors.ts';
import type { FileOutput } from '../../shared/evidence/letterhead.ts';
import type { AccessLogFilter, AccessLogView } from '../../shared/vault/access-log.ts';
import type { Session } from '../security/session.ts';

export function readAccessLog(_session: Session, _filter: AccessLogFilter, _page: number): AccessLogView {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}

export async function exportAccessLog(_session: Session, _filter: AccessLogFilter, _format: 'pdf' | 'xlsx'): Promise<FileOutput> {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}
