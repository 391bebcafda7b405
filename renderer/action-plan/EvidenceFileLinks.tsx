/** The files of evidence kept for an action (or sent with an agency's update), each opened from the case's documents. */
import type { MouseEvent } from 'react';
import type { EvidenceFileView } from '../../shared/actions/action-plan.ts';
import { formatSize } from '../case/documents/format-size.ts';
import type { OpenDocument } from './use-open-document.ts';

export interface EvidenceFileLinksProps {
  readonly files: readonly EvidenceFileView[];
  readonly opener: OpenDocument;
}

export function EvidenceFileLinks({ files, opener }: EvidenceFileLinksProps) {
  if (files.length === 0) return null;
  const open = (event: MouseEvent<HTMLAnchorElement>, file: EvidenceFileView) => {
    event.preventDefault();
    void opener.open(file);
  };
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0" data-testid="evidence-files">
      {files.map((file) => (
        <li key={file.documentId}>
          <a className="govuk-link" href={`#document-${file.documentId}`} onClick={(event) => open(event, file)} aria-disabled={opener.opening !== null}>
            {opener.opening === file.documentId ? `Opening ${file.name}…` : file.name}
          </a>{' '}
          <span className="prm-secondary-text">({formatSize(file.size)})</span>
        </li>
      ))}
    </ul>
  );
}
