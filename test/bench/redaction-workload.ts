/**
 * The redaction benchmark's workload, run in a child process so its peak resident size is its
 * own: a 200-page report and a register of 2,000 entries → candidates found, the report
 * redacted, the publication PDF written with the embedded, subset font, and the last gate (the
 * text extracted back out of those bytes with the app's own extractor and searched).
 *
 * It runs the pure pipeline the export service runs, without the store: the store's part of an
 * export (reading one report version and the register) is a few rows, and timing it here would
 * only add an unlock.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReportPdf } from '../../main/exports/pdf/report-pdf.ts';
import { extractPdfText } from '../../main/exports/redaction/extract-text.ts';
import { preparePdfExtraction } from '../../main/exports/redaction/extract-pdf-text.ts';
import { gateFindings } from '../../main/exports/redaction/gate.ts';
import { findCandidates, redactDocument } from '../../main/exports/redaction/redact-document.ts';
import { currentRssMiB, peakRssMiB } from './peak-rss.ts';
import { syntheticRegister, syntheticReport } from './redaction-synthetic.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'redaction-worker.ts');

export interface RedactionResult {
  readonly detectMs: number;
  readonly redactMs: number;
  readonly renderMs: number;
  readonly gateMs: number;
  readonly totalMs: number;
  readonly pages: number;
  readonly words: number;
  readonly pdfBytes: number;
  readonly candidates: number;
  readonly replaced: number;
  readonly findings: number;
  /** Loading pdfjs-dist once per process, kept out of the total: under tsx it costs seconds that the bundled app does not pay. */
  readonly loadMs: number;
  readonly startRssMiB: number;
  readonly processPeakRssMiB: number;
}

export type RedactionWorkerMessage = { readonly ok: true; readonly result: RedactionResult } | { readonly ok: false; readonly error: string };

export async function runRedaction(registerEntries: number, pages: number): Promise<RedactionResult> {
  const register = syntheticRegister(registerEntries);
  const printable = syntheticReport(register, pages);
  const words = printable.sections.reduce((sum, section) => sum + section.blocks.reduce((inner, block) => inner + (block.type === 'paragraph' ? block.text.split(' ').length : 0), 0), 0);
  const loading = performance.now();
  await preparePdfExtraction();
  const loadMs = performance.now() - loading;
  const startRssMiB = currentRssMiB();
  const input = { document: 'report' as const, printable, register, decisions: [] };
  const started = performance.now();
  const candidates = findCandidates(input);
  const detected = performance.now();
  const redacted = redactDocument(input, { acceptDetected: true });
  const redactedAt = performance.now();
  const { bytes, pages: written } = await renderReportPdf(redacted.printable, { mode: 'publication' });
  const rendered = performance.now();
  const { text } = await extractPdfText(bytes);
  const findings = gateFindings(text, register, []);
  const gated = performance.now();
  return {
    detectMs: detected - started,
    redactMs: redactedAt - detected,
    renderMs: rendered - redactedAt,
    gateMs: gated - rendered,
    totalMs: gated - started,
    pages: written,
    words,
    pdfBytes: bytes.length,
    candidates: candidates.length,
    replaced: redacted.summary.pseudonyms + redacted.summary.byKind.reduce((sum, entry) => sum + entry.count, 0),
    findings: findings.length,
    loadMs,
    startRssMiB,
    processPeakRssMiB: peakRssMiB(),
  };
}

export function runRedactionInChild(registerEntries: number, pages: number): Promise<RedactionResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [String(registerEntries), String(pages)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.on('message', (message: RedactionWorkerMessage) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
    });
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`The redaction benchmark's process ended (code ${code}) without a result.`));
    });
  });
}
