import { useRef } from 'react';
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { buildRapidReviewAgenda } from '../../../shared/reviews/agenda.ts';
import { formatDate } from '../../components/format-date.ts';
import './agenda-print.css';

/** The meeting's agenda (toolkit item 12), built from the case, to read on screen or print for the meeting. */
export function MeetingAgenda({ view, meetingId }: { view: CaseView; meetingId: number }) {
  const details = useRef<HTMLDetailsElement>(null);
  const agenda = buildRapidReviewAgenda(view, meetingId, formatDate);

  const print = () => {
    const box = details.current;
    if (box === null) return;
    const wasOpen = box.open;
    box.open = true;
    box.classList.add('prm-agenda-printing');
    document.body.classList.add('prm-printing-agenda');
    // Print dialogs block until closed; the page goes back to normal when they return.
    window.print();
    document.body.classList.remove('prm-printing-agenda');
    box.classList.remove('prm-agenda-printing');
    box.open = wasOpen;
  };

  return (
    <details className="govuk-details" ref={details} data-testid={`agenda-${meetingId}`}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Agenda for this meeting</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">OFFICIAL-SENSITIVE</p>
        <h4 className="govuk-heading-m govuk-!-margin-bottom-1">{agenda.title}</h4>
        <p className="govuk-body govuk-!-margin-bottom-1">Case {agenda.caseReference}</p>
        <p className="govuk-body govuk-!-margin-bottom-1">{agenda.when}</p>
        <p className="govuk-body">{agenda.chair}</p>
        <ol className="govuk-list govuk-list--number">
          {agenda.items.map((item) => (
            <li key={item.heading}>
              <span className="govuk-!-font-weight-bold">{item.heading}</span>
              <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-1">
                {item.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={print}>
          Print the agenda
        </button>
      </div>
    </details>
  );
}
