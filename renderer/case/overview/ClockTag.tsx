import type { ClockView } from '../../../shared/reviews/clocks.ts';
import { clockStatusWords } from './format-clock.ts';

/** A clock's red / amber / green status as a tag with words, so colour is never the only signal. */
export function ClockTag({ clock }: { clock: ClockView }) {
  const { text, tagClass } = clockStatusWords(clock);
  return <strong className={`govuk-tag ${tagClass}`}>{text}</strong>;
}
