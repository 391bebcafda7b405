/**
 * The exports screen's two calls and the command line's export: a preview of the first pages as
 * they will print (redacted, with the redaction summary and how many identifiers are still
 * undecided), and the export itself through the one pipeline (export-pipeline.ts) with its last
 * gate. An export is audited, and a draft written as a file is entered in the distribution
 * register, in one transaction once the file has passed the gate; a refused export records
 * nothing.
 */
import type { z } from 'zod';
import type { ExportPreview, ExportResult } from '../../shared/reports/export-result.ts';
import { EXPORT_KIND_LABELS, type ExportFormat, type ExportKind, type PrintMarking } from '../../shared/reports/report-document.ts';
import type { RedactionSummary } from '../../shared/reports/redaction.ts';
import type { exportChoice } from '../../shared/ipc/report-calls.ts';
import { redactDocument } from '../exports/redaction/redact-document.ts';
import type { Session } from '../security/session.ts';
import { exportFileName } from './export-file-name.ts';
import { DOCUMENT_OF_KIND, markingFor, MEDIA_TYPES, nothingToExport, recordExport, renderChecked, type ExportRequest } from './export-pipeline.ts';
import { plainLines } from './export-text.ts';
import { printableFor } from './printable.ts';
import { reportToRead, reportToWrite } from './report-access.ts';
import { caseDecisions, documentRegister, insertDistribution } from './report-data.ts';

export type ParsedExportChoice = z.output<typeof exportChoice>;

/** About the first two pages' worth of text: enough to check the title, the marking and the redaction. */
export const PREVIEW_PARAGRAPHS = 60;

function markingLabel(marking: PrintMarking): string {
  switch (marking.mode) {
    case 'publication':
      return 'None: no watermark and no protective marking';
    case 'draft':
      return `DRAFT across every page; “${marking.recipient}” and OFFICIAL-SENSITIVE on every page`;
    case 'official-sensitive':
      return 'OFFICIAL-SENSITIVE on every page';
  }
}

export async function previewExport(session: Session, choice: ParsedExportChoice): Promise<ExportPreview> {
  const { caseId, reference } = reportToRead(session, choice.reference, `preview the ${EXPORT_KIND_LABELS[choice.kind].toLowerCase()}`);
  const db = session.store.db;
  const document = DOCUMENT_OF_KIND[choice.kind];
  const marking = markingFor(choice.kind, choice.recipient?.recipient ?? null);
  const printable = printableFor(db, caseId, document);
  if (printable === null) throw nothingToExport(choice.kind, reference);
  const redacted = redactDocument({ document, printable, register: documentRegister(db, caseId, document), decisions: caseDecisions(db, caseId, document) }, { acceptDetected: false });
  let budget = PREVIEW_PARAGRAPHS;
  const sections: ExportPreview['sections'] = [];
  for (const section of redacted.printable.sections) {
    if (budget <= 0) break;
    const paragraphs = section.blocks.flatMap(plainLines).slice(0, budget);
    budget -= paragraphs.length;
    sections.push({ heading: section.heading, paragraphs });
  }
  return { title: redacted.printable.title, subtitle: redacted.printable.subtitle, marking: markingLabel(marking), sections, summary: redacted.summary, undecided: redacted.undecided.length };
}

export interface ExportedBytes {
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly summary: RedactionSummary;
  readonly checkedCharacters: number;
  readonly pages: number | null;
  /** The report's version a publication copy or draft was made from. */
  readonly version: number | null;
  /** Detected identifiers accepted on the way out (acceptDetected), each now recorded as accepted. */
  readonly accepted: number;
}

/** The export as bytes, for the command line, which writes them to a file itself. */
export async function exportReportBytes(session: Session, choice: ParsedExportChoice, format: ExportFormat, options: { readonly acceptDetected?: boolean } = {}): Promise<ExportedBytes> {
  const kind: ExportKind = choice.kind;
  const { caseId, reference } = reportToWrite(session, choice.reference, `export the ${EXPORT_KIND_LABELS[kind].toLowerCase()}`);
  const recipient = choice.recipient;
  const request: ExportRequest = { caseId, reference, kind, format, recipient: recipient?.recipient ?? null, acceptDetected: options.acceptDetected === true };
  const checked = await renderChecked(session.store.db, request);
  session.store.change((db, audit) => {
    recordExport(db, audit, session.userId, request, checked, 'file');
    if (kind === 'draft' && recipient !== null && checked.version !== null) {
      const distributionId = insertDistribution(db, caseId, {
        version: checked.version,
        recipient: recipient.recipient,
        agency: recipient.agency,
        via: 'file',
        bundleId: null,
        mayForward: recipient.mayForward,
        sentBy: session.userId,
        sentAt: recipient.sentOn ?? new Date().toISOString(),
      });
      audit({ actorId: session.userId, action: 'report.draft-distributed', recordType: 'case', recordId: caseId, details: { distributionId, version: checked.version, agency: recipient.agency, via: 'file', mayForward: recipient.mayForward } });
    }
  });
  return {
    fileName: exportFileName(reference, kind, format, kind === 'draft' ? { version: checked.version, agency: recipient?.agency ?? '' } : null),
    mediaType: MEDIA_TYPES[format],
    bytes: checked.bytes,
    summary: checked.summary,
    checkedCharacters: checked.checkedCharacters,
    pages: checked.pages,
    version: checked.version,
    accepted: checked.accepted.length,
  };
}

/** `acceptDetected` (the command line's --accept-detected) accepts every undecided candidate first. */
export async function exportReport(session: Session, choice: ParsedExportChoice, format: ExportFormat, options: { readonly acceptDetected?: boolean } = {}): Promise<ExportResult> {
  const exported = await exportReportBytes(session, choice, format, options);
  return {
    fileName: exported.fileName,
    mediaType: exported.mediaType,
    contentBase64: Buffer.from(exported.bytes.buffer, exported.bytes.byteOffset, exported.bytes.byteLength).toString('base64'),
    summary: exported.summary,
    checkedCharacters: exported.checkedCharacters,
    pages: exported.pages,
  };
}
