/**
 * The files a task's bundle carried (the template workbook and the letter, a draft report), each
 * handed to the computer as a download. Main records each opening in the audit trail.
 */
import { useState } from 'react';
import type { TaskView } from '../../shared/exchange/exchange-view.ts';
import { blobFromBase64, saveBlob } from '../case/documents/file-content.ts';
import { formatSize } from '../case/documents/format-size.ts';
import { useApi } from '../session/api-context.tsx';

export interface TaskFilesProps {
  readonly taskId: number;
  readonly files: TaskView['files'];
  /** What the files are for, above the list. */
  readonly lead: string;
}

export function TaskFiles({ taskId, files, lead }: TaskFilesProps) {
  const call = useApi();
  const [making, setMaking] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const download = async (file: TaskView['files'][number]) => {
    if (making !== null) return;
    setProblem(null);
    setMaking(file.id);
    setStatus(`Opening ${file.name}…`);
    const result = await call('exchange.taskFile', { taskId, fileId: file.id });
    setMaking(null);
    if (result.ok) {
      saveBlob(blobFromBase64(result.value.contentBase64, result.value.mediaType), result.value.fileName);
      setStatus(`${result.value.fileName} has been downloaded. Keep it only where your organisation’s policy allows: it is OFFICIAL-SENSITIVE.`);
    } else {
      setStatus('');
      if (result.error.code !== 'LOCKED') setProblem(result.error.message);
    }
  };

  if (files.length === 0) return <p className="govuk-body">The bundle carried no files.</p>;
  return (
    <div data-testid="task-files">
      <p className="govuk-body">{lead}</p>
      {problem === null ? null : (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      <ul className="govuk-list">
        {files.map((file) => (
          <li key={file.id} className="govuk-!-margin-bottom-4">
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" aria-disabled={making !== null} onClick={() => void download(file)}>
              {making === file.id ? `Opening ${file.name}…` : `Download ${file.name}`}
            </button>
            <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">{`${describeKind(file.mediaType)}, ${formatSize(file.size)}`}</span>
          </li>
        ))}
      </ul>
      <p className="govuk-body prm-status" role="status" data-testid="task-file-status">
        {status}
      </p>
    </div>
  );
}

function describeKind(mediaType: string): string {
  if (mediaType.includes('spreadsheetml')) return 'Excel workbook';
  if (mediaType === 'application/pdf') return 'PDF';
  if (mediaType.includes('wordprocessingml')) return 'Word document';
  return 'File';
}
