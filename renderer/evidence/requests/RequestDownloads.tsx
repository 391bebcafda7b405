import { useState } from 'react';
import type { FileOutput } from '../../../shared/evidence/letterhead.ts';
import type { RequestView } from '../../../shared/evidence/requests.ts';
import type { Result } from '../../../shared/errors.ts';
import { blobFromBase64, saveBlob } from '../../case/documents/file-content.ts';
import { useApi } from '../../session/api-context.tsx';

export interface RequestDownloadsProps {
  readonly reference: string;
  readonly request: RequestView;
  readonly letterheadSet: boolean;
}

type Making = 'letter' | 'template' | null;

/**
 * The request letter (a PDF on the partnership's letterhead, marked OFFICIAL-SENSITIVE) and the
 * workbook the agency fills in, both made by main from the case as it stands now.
 */
export function RequestDownloads({ reference, request, letterheadSet }: RequestDownloadsProps) {
  const call = useApi();
  const [making, setMaking] = useState<Making>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const download = async (what: Exclude<Making, null>, make: () => Promise<Result<FileOutput>>) => {
    if (making !== null) return;
    setProblem(null);
    setMaking(what);
    setStatus(what === 'letter' ? 'Making the letter…' : 'Making the template…');
    const result = await make();
    setMaking(null);
    if (result.ok) {
      saveBlob(blobFromBase64(result.value.contentBase64, result.value.mediaType), result.value.fileName);
      setStatus(`${result.value.fileName} has been downloaded. Keep it only where the partnership’s policy allows: it is OFFICIAL-SENSITIVE.`);
    } else {
      setStatus('');
      if (result.error.code !== 'LOCKED') setProblem(result.error.message);
    }
  };

  const hidden = <span className="govuk-visually-hidden">{` for ${request.agency}`}</span>;
  return (
    <div data-testid={`downloads-${request.id}`}>
      {problem === null ? null : (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {letterheadSet ? null : <p className="govuk-hint">The letter can be downloaded once an administrator has set the partnership’s letterhead.</p>}
      <div className="govuk-button-group">
        {letterheadSet ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            aria-disabled={making !== null}
            onClick={() => void download('letter', () => call('requests.letter', { reference, id: request.id }))}
          >
            {making === 'letter' ? 'Making the letter…' : 'Download letter (PDF)'}
            {hidden}
          </button>
        ) : null}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={making !== null}
          onClick={() => void download('template', () => call('requests.template', { reference, agency: request.agency }))}
        >
          {making === 'template' ? 'Making the template…' : 'Download template (.xlsx)'}
          {hidden}
        </button>
      </div>
      <p className="govuk-body prm-status" role="status" data-testid={`download-status-${request.id}`}>
        {status}
      </p>
    </div>
  );
}
