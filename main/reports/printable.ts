/** PLACEHOLDER (helper E): each exportable document as printable blocks, before redaction. */
import type { RedactedDocument } from '../../shared/reports/redaction.ts';
import type { PrintableDocument } from '../../shared/reports/report-document.ts';
import type { Db } from '../store/open-database.ts';

/** Null when the case has nothing to build it from (no report saved, no rapid review meeting, no briefing). */
export function printableFor(_db: Db, _caseId: number, _document: RedactedDocument): PrintableDocument | null {
  throw new Error('not built yet');
}
