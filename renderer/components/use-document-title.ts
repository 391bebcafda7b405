import { useEffect } from 'react';
import { SERVICE_NAME } from './service-name.ts';

/** GOV.UK titles: the page, then the service; "Error: " first while the page shows errors. */
export function useDocumentTitle(page: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${page} – ${SERVICE_NAME}`;
  }, [page, hasErrors]);
}
