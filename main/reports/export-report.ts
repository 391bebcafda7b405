/** PLACEHOLDER (helper E): preview and export, through redaction and the re-extraction gate. */
import type { z } from 'zod';
import type { ExportPreview, ExportResult } from '../../shared/reports/export-result.ts';
import type { ExportFormat } from '../../shared/reports/report-document.ts';
import type { exportChoice } from '../../shared/ipc/report-calls.ts';
import type { Session } from '../security/session.ts';

export type ParsedExportChoice = z.output<typeof exportChoice>;

export async function previewExport(_session: Session, _choice: ParsedExportChoice): Promise<ExportPreview> {
  throw new Error('not built yet');
}

/** `acceptDetected` (the command line's --accept-detected) accepts every undecided candidate first. */
export async function exportReport(_session: Session, _choice: ParsedExportChoice, _format: ExportFormat, _options: { readonly acceptDetected?: boolean } = {}): Promise<ExportResult> {
  throw new Error('not built yet');
}
