/**
 * What an export's file is called: the case reference and what the file is, never a person's
 * name (a file name travels further than the file: e-mail subjects, download lists, backups).
 * A draft names the report's version and the agency it is for, so copies can be told apart.
 */
import type { ExportFormat, ExportKind } from '../../shared/reports/report-document.ts';
import { safeFileName } from '../evidence/evidence-exports.ts';
import { fileNamePart } from '../exchange/flows/request-files.ts';

export function exportFileName(reference: string, kind: ExportKind, format: ExportFormat, draft: { version: number | null; agency: string } | null): string {
  const stem = ((): string => {
    switch (kind) {
      case 'publication':
        return 'publication-copy';
      case 'draft':
        return `draft${draft?.version === null || draft === null ? '' : `-v${draft.version}`}-${fileNamePart(draft?.agency ?? '')}`;
      case 'rapid-review':
        return 'rapid-review-report';
      case 'briefing':
        return '7-minute-briefing';
    }
  })();
  return safeFileName(`${reference}-${stem}.${format}`);
}
