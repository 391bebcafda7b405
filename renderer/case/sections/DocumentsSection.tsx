import { useState } from 'react';
import type { DocumentView } from '../../../shared/ipc/case-calls.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import type { FieldError } from '../../components/field-errors.ts';
import { useApi } from '../../session/api-context.tsx';
import { OutcomeBanner } from '../components/OutcomeBanner.tsx';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import { AddDocumentForm } from '../documents/AddDocumentForm.tsx';
import { DocumentsTable } from '../documents/DocumentsTable.tsx';
import { blobFromBase64, saveBlob } from '../documents/file-content.ts';
import type { SectionProps } from '../section-props.ts';

/** The papers the Business Unit keeps for the case, held inside the encrypted store. */
export function DocumentsSection({ view, replaceView }: SectionProps) {
  const call = useApi();
  const [adding, setAdding] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [opening, setOpening] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  const open = async (document: DocumentView) => {
    if (opening !== null) return;
    setErrors([]);
    setOpening(document.id);
    setStatus(`Opening ${document.name}…`);
    const result = await call('documents.read', { reference: view.summary.reference, id: document.id });
    setOpening(null);
    if (result.ok) {
      saveBlob(blobFromBase64(result.value.contentBase64, result.value.mediaType), result.value.name);
      setStatus(`${result.value.name} has been opened as a download. Save it only somewhere the partnership’s policy allows.`);
    } else {
      setStatus('');
      if (result.error.code !== 'LOCKED') setErrors([{ message: result.error.message }]);
    }
  };

  if (adding) {
    return (
      <>
        <SectionHeading>Documents</SectionHeading>
        <AddDocumentForm
          reference={view.summary.reference}
          onAdded={(next, name) => {
            replaceView(next);
            setAdding(false);
            setBanner(`${name} has been added to the case`);
          }}
          onCancel={() => setAdding(false)}
        />
      </>
    );
  }

  return (
    <>
      {banner === null ? null : <OutcomeBanner heading={banner} />}
      <SectionHeading>Documents</SectionHeading>
      <p className="govuk-body govuk-!-width-two-thirds">
        Documents are kept inside the encrypted store, with the rest of the case. Opening one is recorded in the audit log, with who opened it and when.
      </p>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <ErrorSummary errors={errors} />
      <p className="govuk-body prm-status" role="status" data-testid="document-status">
        {status}
      </p>
      {view.documents.length === 0 ? (
        <p className="govuk-body" data-testid="documents-empty">
          No documents have been added to this case yet.
        </p>
      ) : (
        <DocumentsTable documents={view.documents} onOpen={(document) => void open(document)} opening={opening} />
      )}
      {view.canEdit ? (
        <button
          type="button"
          className="govuk-button"
          onClick={() => {
            setBanner(null);
            setStatus('');
            setAdding(true);
          }}
        >
          Add a document
        </button>
      ) : null}
    </>
  );
}
