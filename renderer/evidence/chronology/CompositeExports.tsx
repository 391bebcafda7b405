import type { CompositeFilter } from '../../../shared/evidence/composite.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useApi } from '../../session/api-context.tsx';
import { filtering } from './CompositeFilters.tsx';
import { useDownload } from './use-download.ts';

type Format = 'xlsx' | 'pdf';

const FORMATS: readonly { readonly format: Format; readonly label: string; readonly progress: string }[] = [
  { format: 'xlsx', label: 'Download composite (.xlsx)', progress: 'Making the composite spreadsheet…' },
  { format: 'pdf', label: 'Download composite (PDF)', progress: 'Making the composite PDF…' },
];

export interface CompositeExportsProps {
  readonly reference: string;
  readonly filter: CompositeFilter;
  /** How many entries the download will hold, and of how many. */
  readonly shown: number;
  readonly total: number;
}

/** The composite as a spreadsheet (one sheet, filters on) or a PDF, narrowed as the screen is. */
export function CompositeExports({ reference, filter, shown, total }: CompositeExportsProps) {
  const call = useApi();
  const download = useDownload<Format>();
  return (
    <div data-testid="composite-exports">
      <ErrorSummary errors={download.errors} />
      <p className="govuk-body">
        {filtering(filter)
          ? `A download holds the ${shown.toLocaleString('en-GB')} ${shown === 1 ? 'entry' : 'entries'} the filters show, of ${total.toLocaleString('en-GB')}.`
          : 'A download holds every entry.'}
      </p>
      <div className="govuk-button-group">
        {FORMATS.map(({ format, label, progress }) => (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            key={format}
            aria-disabled={download.making !== null}
            onClick={() => void download.start(format, progress, () => call('composite.export', { reference, format, filter }))}
          >
            {download.making === format ? progress : label}
          </button>
        ))}
      </div>
      <p className="govuk-body prm-status" role="status" data-testid="composite-export-status">
        {download.status}
      </p>
    </div>
  );
}
