import { CASE_KIND_LABELS, CASE_STAGE_LABELS } from '../../../shared/case-kinds.ts';
import type { TimelineStage } from '../../../shared/ipc/case-calls.ts';
import { formatDate } from '../../components/format-date.ts';
import { formatClockDate } from './format-clock.ts';

const STATE_WORDS = {
  done: { text: 'Done', tagClass: 'govuk-tag--green' },
  current: { text: 'Current stage', tagClass: 'govuk-tag--blue' },
  'to-come': { text: 'To come', tagClass: 'govuk-tag--grey' },
} as const;

function dateOrBlank(date: string | null, blank: string) {
  return date === null ? <span className="prm-secondary-text">{blank}</span> : formatDate(date);
}

/**
 * Every stage of the case's path, done, current and to come, with when each began and ended and
 * when it is due. A rapid review that became an LCSPR shows both paths: one case, one history.
 */
export function StageTimeline({ timeline }: { timeline: readonly TimelineStage[] }) {
  const kinds = new Set(timeline.map((stage) => stage.kind));
  return (
    <div className="prm-table-scroll" role="region" aria-label="Stages of the case" tabIndex={0}>
      <table className="govuk-table" data-testid="stage-timeline">
        <caption className="govuk-table__caption govuk-table__caption--m">Stages</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Stage
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Started
            </th>
            <th scope="col" className="govuk-table__header">
              Finished
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {timeline.map((stage) => {
            const words = STATE_WORDS[stage.state];
            return (
              <tr className="govuk-table__row" key={`${stage.kind}:${stage.stage}`} aria-current={stage.state === 'current' ? 'step' : undefined}>
                <th scope="row" className="govuk-table__header">
                  {CASE_STAGE_LABELS[stage.stage]}
                  {kinds.size > 1 ? <span className="govuk-body-s prm-secondary-text govuk-!-display-block govuk-!-margin-bottom-0">{CASE_KIND_LABELS[stage.kind]}</span> : null}
                </th>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${words.tagClass}`}>{words.text}</strong>
                </td>
                <td className="govuk-table__cell">{dateOrBlank(stage.enteredOn, stage.state === 'to-come' ? 'Not yet' : 'Not recorded')}</td>
                <td className="govuk-table__cell">{dateOrBlank(stage.leftOn, stage.state === 'done' ? 'Not recorded' : 'Not yet')}</td>
                <td className="govuk-table__cell">{stage.dueOn === null ? <span className="prm-secondary-text">No clock</span> : formatClockDate(stage.dueOn)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
