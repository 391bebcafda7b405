import { useEffect, useRef, useState } from 'react';

/**
 * What a section says after a save. It takes focus, since the form (and the button that was
 * pressed) has just gone: a keyboard user carries on from the message, not the top of the page.
 */
export function SavedNotice({ message }: { message: string | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message !== null) box.current?.focus();
  }, [message]);
  if (message === null) return null;
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="status" tabIndex={-1} ref={box} aria-labelledby="stage-saved-title" data-testid="saved-notice">
      <div className="govuk-notification-banner__header">
        <h3 className="govuk-notification-banner__title" id="stage-saved-title">
          Saved
        </h3>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
      </div>
    </div>
  );
}

/** A section's form state: which form is open (by a key the section chooses), and the last save's message. */
export function useStageEditing<K extends string>() {
  const [editing, setEditing] = useState<K | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    editing,
    notice,
    open: (key: K) => {
      setNotice(null);
      setEditing(key);
    },
    close: () => setEditing(null),
    saved: (message: string) => {
      setEditing(null);
      setNotice(message);
    },
  };
}
