/** PLACEHOLDER (helper E fills): the action plan assurance report, per case and per agency. */
import type { Session } from '../security/session.ts';

export interface FileOut {
  readonly fileName: string;
  readonly mediaType: string;
  readonly contentBase64: string;
}

export async function exportCaseAssurance(_session: Session, _reference: string, _format: 'pdf' | 'xlsx'): Promise<FileOut> {
  throw new Error('not built yet');
}
export async function exportAgencyAssurance(_session: Session, _agency: string, _format: 'pdf' | 'xlsx'): Promise<FileOut> {
  throw new Error('not built yet');
}
