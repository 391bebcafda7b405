import { useState } from 'react';

/** About three lines of a narrow table column: enough to know what the entry is about. */
const SHORT_LENGTH = 140;

/** Where to cut: at the last space before the limit, so no word is split. */
function cutAt(text: string, limit: number): number {
  const space = text.lastIndexOf(' ', limit);
  return space > limit / 2 ? space : limit;
}

/**
 * A chronology cell's text, cut short with a "Show more" button when long: a page of a hundred
 * entries stays scannable, and the whole text is one key press away. Line breaks are kept.
 */
export function LongText({ text, label }: { text: string; label: string }) {
  const [open, setOpen] = useState(false);
  if (text.trim() === '') return null;
  if (text.length <= SHORT_LENGTH) return <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
  return (
    <>
      <span style={{ whiteSpace: 'pre-wrap' }}>{open ? text : `${text.slice(0, cutAt(text, SHORT_LENGTH)).trimEnd()}…`}</span>{' '}
      <button type="button" className="prm-link-button govuk-body-s" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Show less' : 'Show more'}
        <span className="govuk-visually-hidden">{` of ${label}`}</span>
      </button>
    </>
  );
}
