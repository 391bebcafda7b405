import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Fieldset } from './Fieldset.tsx';

export interface DateInputProps {
  /** The day box's id, so an error summary link lands on the first box; the others add -month and -year. */
  readonly id: string;
  /** The question, shown as the fieldset's legend. */
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /**
   * 'YYYY-MM-DD', or '' when all three boxes are empty. Anything else typed (a missing part, a
   * 31 February, a two-digit year) comes out as a string that is not a real date, for example
   * "2026-02-31" or "2026--03", so main's check answers "Enter … as a real date".
   */
  readonly value: string;
  readonly onChange: (value: string) => void;
}

interface Parts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

const EMPTY: Parts = { day: '', month: '', year: '' };

/** The three boxes for a date as GOV.UK asks for one: day, month and year, in a fieldset. */
export function DateInput({ id, label, hint, error, value, onChange }: DateInputProps) {
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  // The boxes keep what was typed, which may not be a date yet; only a value from outside
  // (a reset, a record loaded) replaces them.
  const lastSent = useRef(value);
  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setParts(partsOf(value));
    }
  }, [value]);

  const change = (part: keyof Parts, text: string) => {
    const next = { ...parts, [part]: text };
    setParts(next);
    const sent = isoFrom(next);
    lastSent.current = sent;
    onChange(sent);
  };

  const hintWithExample = hint ?? 'For example, 27 3 2026';
  const box = (part: keyof Parts, boxId: string, boxLabel: string, width: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={boxId}>
          {boxLabel}
        </label>
        <input
          className={`govuk-input govuk-date-input__input ${width}${error === undefined ? '' : ' govuk-input--error'}`}
          id={boxId}
          name={boxId}
          type="text"
          inputMode="numeric"
          spellCheck={false}
          value={parts[part]}
          onChange={(event) => change(part, event.target.value)}
        />
      </div>
    </div>
  );

  return (
    <Fieldset id={id} legend={label} hint={hintWithExample} error={error} role="group">
      <div className="govuk-date-input">
        {box('day', id, 'Day', 'govuk-input--width-2')}
        {box('month', `${id}-month`, 'Month', 'govuk-input--width-2')}
        {box('year', `${id}-year`, 'Year', 'govuk-input--width-4')}
      </div>
    </Fieldset>
  );
}

function partsOf(value: string): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return EMPTY;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/** What the boxes say, as 'YYYY-MM-DD' — a real date only if they make one; '' if all are empty. */
export function isoFrom(parts: Parts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return '';
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(part: string): string {
  return /^\d$/.test(part) ? `0${part}` : part;
}

/** Whether a value from a DateInput is a date that exists, for a form's own check before sending. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
