/**
 * Making a file in main and handing it to the computer as a download: which one is being made
 * (its button says so, and a second press is ignored), a status line while it is made and after,
 * and the refusal, if any, for an error summary.
 */
import { useState } from 'react';
import type { Result } from '../../../shared/errors.ts';
import type { FileOutput } from '../../../shared/evidence/letterhead.ts';
import type { FieldError } from '../../components/field-errors.ts';
import { blobFromBase64, saveBlob } from '../../case/documents/file-content.ts';

export interface Download<K extends string> {
  /** The download being made, if any. */
  readonly making: K | null;
  readonly status: string;
  readonly errors: readonly FieldError[];
  readonly start: (key: K, progress: string, make: () => Promise<Result<FileOutput>>) => Promise<void>;
}

export function useDownload<K extends string>(): Download<K> {
  const [making, setMaking] = useState<K | null>(null);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  const start = async (key: K, progress: string, make: () => Promise<Result<FileOutput>>) => {
    if (making !== null) return;
    setErrors([]);
    setMaking(key);
    setStatus(progress);
    const result = await make();
    setMaking(null);
    if (result.ok) {
      saveBlob(blobFromBase64(result.value.contentBase64, result.value.mediaType), result.value.fileName);
      setStatus(`${result.value.fileName} has been downloaded. Keep it only where the partnership’s policy allows: it is OFFICIAL-SENSITIVE.`);
    } else {
      setStatus('');
      if (result.error.code !== 'LOCKED') setErrors([{ message: result.error.message }]);
    }
  };

  return { making, status, errors, start };
}
