import { useState } from 'react';
import type { ChronologyPreview, ChronologyReturnView, EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { ChooseChronologyFile, type ChosenFile } from './ChooseChronologyFile.tsx';
import { ChronologyPreviewPanel } from './ChronologyPreviewPanel.tsx';

export interface ImportChronologyProps {
  readonly reference: string;
  readonly agency: string;
  readonly returns: readonly ChronologyReturnView[];
  readonly onImported: (view: EvidenceView, message: string) => void;
  readonly onCancel: () => void;
}

/** Importing one agency's returned chronology: choose the file, check what was read, then accept it whole or not at all. */
export function ImportChronology({ reference, agency, returns, onImported, onCancel }: ImportChronologyProps) {
  const [previewed, setPreviewed] = useState<{ readonly file: ChosenFile; readonly preview: ChronologyPreview } | null>(null);
  if (previewed === null) {
    return <ChooseChronologyFile reference={reference} agency={agency} onPreviewed={(file, preview) => setPreviewed({ file, preview })} onCancel={onCancel} />;
  }
  const { preview } = previewed;
  return (
    <ChronologyPreviewPanel
      reference={reference}
      file={previewed.file}
      preview={preview}
      replaces={preview.replacesReturnId === null ? undefined : returns.find((each) => each.id === preview.replacesReturnId)}
      onImported={onImported}
      onChooseAnother={() => setPreviewed(null)}
      onCancel={onCancel}
    />
  );
}
