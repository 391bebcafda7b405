/**
 * One way out for every export, so the draft sent as a bundle meets the same checks as a file:
 * the printable document, redacted with the register and the reviewer's decisions; refused while
 * any detected identifier is undecided (unless the caller accepts each); rendered; then THE LAST
 * GATE — the text read back out of the bytes just written, with the extractor that ships in the
 * app, searched for every register value and every detector hit not dismissed in that document.
 * Anything found refuses the export and nothing is handed back. Nothing here writes to the
 * store: the caller records the export once it has the bytes (recordExport).
 */
import { AppError } from '../../shared/errors.ts';
import type { CandidateView, RedactedDocument, RedactionSummary } from '../../shared/reports/redaction.ts';
import type { ExportFormat, ExportKind, PrintMarking } from '../../shared/reports/report-document.ts';
import { renderReportDocx } from '../exports/docx/report-docx.ts';
import { renderReportPdf } from '../exports/pdf/report-pdf.ts';
import { extractDocxText, extractPdfText } from '../exports/redaction/extract-text.ts';
import { gateFindings } from '../exports/redaction/gate.ts';
import { exportFurniture } from './export-furniture.ts';
import { redactDocument } from '../exports/redaction/redact-document.ts';
import type { Audit } from '../store/open-store.ts';
import type { Db } from '../store/open-database.ts';
import { upsertDecision } from '../store/repositories/redaction-decisions.ts';
import { foundRefusal, undecidedRefusal } from './export-refusals.ts';
import { printableFor } from './printable.ts';
import { caseDecisions, currentReport, documentRegister } from './report-data.ts';

/** The publication copy and the draft are both the review report. */
export const DOCUMENT_OF_KIND: Readonly<Record<ExportKind, RedactedDocument>> = {
  publication: 'report',
  draft: 'report',
  'rapid-review': 'rapid-review',
  briefing: 'briefing',
};

export const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Briefings stay on the website, so they are marked as the publication copy is: not at all. */
export function markingFor(kind: ExportKind, recipient: string | null): PrintMarking {
  switch (kind) {
    case 'publication':
    case 'briefing':
      return { mode: 'publication' };
    case 'draft':
      if (recipient === null) throw new AppError('INVALID_INPUT', 'Enter whom the draft is for.', [{ path: 'recipient', message: 'Enter whom the draft is for' }]);
      return { mode: 'draft', recipient };
    case 'rapid-review':
      return { mode: 'official-sensitive' };
  }
}

export function nothingToExport(kind: ExportKind, reference: string): AppError {
  switch (kind) {
    case 'publication':
    case 'draft':
      return new AppError('NOT_FOUND', `There is no saved report to export yet on case ${reference}. Write the report (or import a Word draft) and save it first.`);
    case 'rapid-review':
      return new AppError('NOT_FOUND', `Case ${reference} has no rapid review meeting recorded, so there is no Rapid Review Meeting Report to make. Record the meeting first.`);
    case 'briefing':
      return new AppError('NOT_FOUND', `Case ${reference} has no 7-minute briefing yet. Write it on the Report page first.`);
  }
}

export interface ExportRequest {
  readonly caseId: number;
  readonly reference: string;
  readonly kind: ExportKind;
  readonly format: ExportFormat;
  /** The draft's recipient, named on every page; null for anything else. */
  readonly recipient: string | null;
  /** Accept every undecided candidate (replaced by its kind in brackets) rather than refuse. */
  readonly acceptDetected: boolean;
}

export interface CheckedExport {
  readonly document: RedactedDocument;
  /** The report's version a publication copy or draft was made from; null for the other kinds. */
  readonly version: number | null;
  readonly bytes: Uint8Array;
  readonly pages: number | null;
  readonly summary: RedactionSummary;
  readonly checkedCharacters: number;
  /** Candidates accepted because the caller asked (acceptDetected): the caller records them. */
  readonly accepted: readonly CandidateView[];
}

async function render(request: ExportRequest, printable: Parameters<typeof renderReportPdf>[0], marking: PrintMarking): Promise<{ bytes: Uint8Array; pages: number | null }> {
  if (request.format === 'pdf') return renderReportPdf(printable, marking);
  return { bytes: await renderReportDocx(printable, marking), pages: null };
}

async function readBack(format: ExportFormat, bytes: Uint8Array): Promise<{ text: string; pages: number | null }> {
  if (format === 'pdf') return extractPdfText(bytes);
  return { text: await extractDocxText(bytes), pages: null };
}

/** The export made and checked, or an AppError naming what stopped it. */
export async function renderChecked(db: Db, request: ExportRequest): Promise<CheckedExport> {
  const document = DOCUMENT_OF_KIND[request.kind];
  const marking = markingFor(request.kind, request.recipient);
  // Read together, before anything awaits, so the version matches the text printed.
  const printable = printableFor(db, request.caseId, document);
  if (printable === null) throw nothingToExport(request.kind, request.reference);
  const version = document === 'report' ? (currentReport(db, request.caseId)?.version ?? null) : null;
  const register = documentRegister(db, request.caseId, document);
  const decisions = caseDecisions(db, request.caseId, document);

  const redacted = redactDocument({ document, printable, register, decisions }, { acceptDetected: request.acceptDetected });
  if (redacted.undecided.length > 0 && !request.acceptDetected) throw undecidedRefusal(redacted.undecided);

  const written = await render(request, redacted.printable, marking);
  const readText = await readBack(request.format, written.bytes);
  const dismissed = decisions.filter((decision) => decision.decision === 'dismiss').map((decision) => ({ kind: decision.kind, value: decision.value }));
  const findings = gateFindings(readText.text, register, dismissed, { furniture: exportFurniture(marking) });
  if (findings.length > 0) throw foundRefusal(findings, request.format);

  return {
    document,
    version,
    bytes: written.bytes,
    pages: written.pages ?? readText.pages,
    summary: redacted.summary,
    checkedCharacters: readText.text.length,
    accepted: request.acceptDetected ? redacted.undecided : [],
  };
}

/**
 * Inside the caller's transaction: each candidate accepted on the way out becomes the reviewer's
 * decision (so the next export and the Redaction page show it accepted), and the export itself
 * is audited with its counts — never the values or names it replaced.
 */
export function recordExport(db: Db, audit: Audit, userId: string, request: ExportRequest, checked: CheckedExport, via: 'file' | 'bundle'): void {
  const at = new Date().toISOString();
  for (const candidate of checked.accepted) {
    upsertDecision(db, request.caseId, { document: checked.document, kind: candidate.kind, value: candidate.value, place: candidate.place, decision: 'accept', reason: '', decidedBy: userId, decidedAt: at });
    // As the Redaction page audits a decision: where and what kind, never the value.
    audit({
      actorId: userId,
      action: 'redaction.decided',
      recordType: 'case',
      recordId: request.caseId,
      details: { document: checked.document, kind: candidate.kind, place: candidate.place, decision: 'accept', via: 'accept-detected' },
    });
  }
  audit({
    actorId: userId,
    action: 'report.exported',
    recordType: 'case',
    recordId: request.caseId,
    details: {
      kind: request.kind,
      format: request.format,
      version: checked.version,
      pages: checked.pages,
      via,
      checkedCharacters: checked.checkedCharacters,
      pseudonyms: checked.summary.pseudonyms,
      byKind: Object.fromEntries(checked.summary.byKind.map((row) => [row.kind, row.count])),
      dismissed: checked.summary.dismissed,
    },
  });
}
