/**
 * Opening a file of evidence, which is one of the case's documents: main reads it (and records
 * the opening in the audit trail), and the page hands it to the computer as a download. One file
 * at a time; a status line says what happened, and a refusal goes to an error summary.
 */
import { useCallback, useState } from 'react';
import type { EvidenceFileView } from '../../shared/actions/action-plan.ts';
import { blobFromBase64, saveBlob } from '../case/documents/file-content.ts';
import type { FieldError } from '../components/field-errors.ts';
import { useApi } from '../session/api-context.tsx';

export interface OpenDocument {
  /** The document being fetched, if any. */
  readonly opening: number | null;
  readonly status: string;
  readonly errors: readonly FieldError[];
  readonly open: (file: EvidenceFileView) => Promise<void>;
}

export function useOpenDocument(reference: string): OpenDocument {
  const call = useApi();
  const [opening, setOpening] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);

  const open = useCallback(
    async (file: EvidenceFileView) => {
      if (opening !== null) return;
      setErrors([]);
      setOpening(file.documentId);
      setStatus(`Opening ${file.name}…`);
      const result = await call('documents.read', { reference, id: file.documentId });
      setOpening(null);
      if (result.ok) {
        saveBlob(blobFromBase64(result.value.contentBase64, result.value.mediaType), result.value.name);
        setStatus(`${result.value.name} has been opened as a download. Save it only somewhere the partnership’s policy allows.`);
      } else {
        setStatus('');
        if (result.error.code !== 'LOCKED') setErrors([{ message: result.error.message }]);
      }
    },
    [call, opening, reference],
  );

  return { opening, status, errors, open };
}
