import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { CLOCK_DEFINITIONS, CLOCKS, type ClockName } from '../../../shared/reviews/clocks.ts';
import { formatDate } from '../../components/format-date.ts';
import { RecordMeta } from '../components/RecordMeta.tsx';

function clockLabel(value: unknown): string {
  return typeof value === 'string' && (CLOCKS as readonly string[]).includes(value) ? CLOCK_DEFINITIONS[value as ClockName].label : 'A clock';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The delays and exceptions recorded so far, each with who recorded it and when. */
export function ClockExceptionList({ view }: { view: CaseView }) {
  const exceptions = view.records.filter((record) => record.type === 'clock-exception');
  if (exceptions.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-m">Delays and exceptions recorded</h3>
      <ul className="govuk-list" data-testid="clock-exceptions">
        {exceptions.map((record) => {
          const subject = text(record.data['subject']);
          const toldOn = text(record.data['panelToldOn']);
          return (
            <li key={record.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{`${clockLabel(record.data['clock'])}${subject === '' ? '' : `: ${subject}`}`}</p>
              <p className="govuk-body govuk-!-margin-bottom-1">{text(record.data['reason'])}</p>
              <p className="govuk-body govuk-!-margin-bottom-1">{toldOn === '' ? 'The National Panel has not been told yet.' : `The National Panel was told on ${formatDate(toldOn)}.`}</p>
              <RecordMeta record={record} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
