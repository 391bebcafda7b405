/**
 * Previewing and exporting a case's documents. An export is redacted, written, read back out of
 * its own bytes and searched before main hands it over, which takes a moment for a long report:
 * the page says so while it runs, then what the check found, or main's refusal naming what is
 * still undecided or what the check found.
 */
import { useCallback, useState } from 'react';
import type { ErrorValue } from '../../shared/errors.ts';
import { exportChoice, type ExportChoice } from '../../shared/ipc/report-calls.ts';
import type { ExportPreview, ExportResult } from '../../shared/reports/export-result.ts';
import type { ExportFormat } from '../../shared/reports/report-document.ts';
import { blobFromBase64, saveBlob } from '../case/documents/file-content.ts';
import type { FieldError } from '../components/field-errors.ts';
import { fieldErrorsFrom, fieldErrorsFromIssues } from '../components/problems.ts';
import { useApi } from '../session/api-context.tsx';

export type ExportWork = 'preview' | ExportFormat;

export interface ExportDone {
  readonly result: ExportResult;
  readonly format: ExportFormat;
}

export interface UseReportExport {
  readonly working: ExportWork | null;
  readonly errors: readonly FieldError[];
  readonly preview: ExportPreview | null;
  readonly done: ExportDone | null;
  readonly showPreview: (choice: Partial<ExportChoice>) => Promise<void>;
  readonly download: (choice: Partial<ExportChoice>, format: ExportFormat) => Promise<void>;
  /** The choice changed: what was shown for the old one no longer holds. */
  readonly forget: () => void;
}

/** Main's refusal as the error summary lists it. A redaction refusal names identifiers, not fields of this form. */
export function exportErrors(error: ErrorValue, prefix: string): FieldError[] {
  if (error.code === 'REDACTION_UNDECIDED' || error.code === 'REDACTION_FOUND') {
    return [{ message: error.message }, ...(error.problems ?? []).map((problem) => ({ message: problem.message }))];
  }
  return fieldErrorsFrom(error, prefix);
}

export function useReportExport(onExported: () => void): UseReportExport {
  const call = useApi();
  const [working, setWorking] = useState<ExportWork | null>(null);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [done, setDone] = useState<ExportDone | null>(null);

  /** The choice checked here first, with the messages main would give; null if it is not one. */
  const checked = useCallback((choice: Partial<ExportChoice>) => {
    const parsed = exportChoice.safeParse(choice);
    if (parsed.success) return parsed.data;
    setErrors(fieldErrorsFromIssues(parsed.error.issues));
    return null;
  }, []);

  const refused = (error: ErrorValue, prefix: string) => {
    if (error.code !== 'LOCKED') setErrors(exportErrors(error, prefix));
  };

  const showPreview = async (choice: Partial<ExportChoice>) => {
    if (working !== null) return;
    const valid = checked(choice);
    if (valid === null) return;
    setErrors([]);
    setDone(null);
    setWorking('preview');
    const result = await call('reports.preview', valid);
    setWorking(null);
    if (result.ok) setPreview(result.value);
    else refused(result.error, '');
  };

  const download = async (choice: Partial<ExportChoice>, format: ExportFormat) => {
    if (working !== null) return;
    const valid = checked(choice);
    if (valid === null) return;
    setErrors([]);
    setDone(null);
    setWorking(format);
    const result = await call('reports.export', { choice: valid, format });
    setWorking(null);
    if (!result.ok) {
      refused(result.error, 'choice.');
      return;
    }
    saveBlob(blobFromBase64(result.value.contentBase64, result.value.mediaType), result.value.fileName);
    setDone({ result: result.value, format });
    onExported();
  };

  const forget = useCallback(() => {
    setPreview(null);
    setDone(null);
    setErrors([]);
  }, []);

  return { working, errors, preview, done, showPreview, download, forget };
}
