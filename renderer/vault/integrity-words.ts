/** An integrity check's result in words, for the set's summary and the result panel. */
import type { IntegrityResult } from '../../shared/vault/secured-files.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';

export function integrityHeadline(result: IntegrityResult): string {
  const damaged = result.damaged.length;
  if (result.files === 0) return 'There were no files to check';
  if (damaged === 0) return result.files === 1 ? 'The file is intact' : `All ${result.files.toLocaleString('en-GB')} files are intact`;
  return `${damaged.toLocaleString('en-GB')} of ${result.files.toLocaleString('en-GB')} ${result.files === 1 ? 'file is' : 'files are'} damaged`;
}

export function integrityByline(result: IntegrityResult): string {
  return `Checked by ${result.checkedBy} on ${formatTimestamp(result.checkedAt)}`;
}
