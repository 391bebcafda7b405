import { CLOCK_DEFINITIONS, type ClockView } from '../../../shared/reviews/clocks.ts';
import { formatDate } from '../../components/format-date.ts';

/** The clock's state in words (never colour alone), in GOV.UK tag colours. */
export function clockStateWords(clock: ClockView): { words: string; tagClass: string } {
  if (clock.state === 'met') return { words: 'Met', tagClass: 'govuk-tag--green' };
  if (clock.state === 'missed') return { words: 'Missed', tagClass: 'govuk-tag--red' };
  switch (clock.rag) {
    case 'red':
      return { words: 'Overdue', tagClass: 'govuk-tag--red' };
    case 'amber':
      return { words: 'Due soon', tagClass: 'govuk-tag--orange' };
    case 'green':
      return { words: 'On time', tagClass: 'govuk-tag--blue' };
    default:
      // Only a clock that must last (a publication kept up) runs with no colour.
      return { words: 'Running', tagClass: 'govuk-tag--grey' };
  }
}

/** "27 March 2026", or "27 March 2026 at 10:00" for the papers clock's date and time. */
export function dueText(dueOn: string): string {
  const [date, time] = dueOn.split('T');
  return time === undefined ? formatDate(dueOn) : `${formatDate(date ?? dueOn)} at ${time}`;
}

function daysLeftText(clock: ClockView): string {
  if (clock.daysLeft === null) return clock.completedOn === null ? '' : `; done on ${dueText(clock.completedOn)}`;
  const unit = clock.rule.includes('working days') ? 'working day' : 'day';
  const count = Math.abs(clock.daysLeft);
  const plural = count === 1 ? unit : `${unit}s`;
  return clock.daysLeft < 0 ? `; ${count} ${plural} overdue` : `; ${count} ${plural} left`;
}

/** One clock in a sentence: its rule, due date, days left and state; and any delay recorded against it. */
export function ClockTag({ clock }: { clock: ClockView }) {
  const state = clockStateWords(clock);
  return (
    <div className="govuk-!-margin-bottom-4" data-testid={`clock-${clock.clock}`}>
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong className={`govuk-tag ${state.tagClass}`}>{state.words}</strong>{' '}
        <span>
          {/* A publication is not "due" to come down: it must stay up at least until then. */}
          {CLOCK_DEFINITIONS[clock.clock].direction === 'at-least' ? `${clock.label}: at least until ${dueText(clock.dueOn)}` : `${clock.label}: due ${dueText(clock.dueOn)}`}
          {daysLeftText(clock)}.
        </span>
      </p>
      <p className="govuk-hint govuk-!-margin-bottom-1">{clock.rule}.</p>
      {clock.exception === null ? null : (
        <p className="govuk-body-s">
          Delay recorded: {clock.exception.reason}{' '}
          {clock.exception.panelToldOn === null ? '(the National Panel has not yet been told)' : `(the National Panel was told on ${formatDate(clock.exception.panelToldOn)})`}
        </p>
      )}
    </div>
  );
}

/** The case's clocks of one kind (and subject, when a clock runs once per meeting or agency). */
export function clocksFor(clocks: readonly ClockView[], clock: ClockView['clock'], subject?: string): ClockView[] {
  return clocks.filter((candidate) => candidate.clock === clock && (subject === undefined || candidate.subject === subject));
}
