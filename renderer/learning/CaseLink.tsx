import type { MouseEvent } from 'react';
import type { CaseSection, Navigate } from '../session/places.ts';

export interface CaseLinkProps {
  readonly reference: string;
  /** The section the link opens: a theme's case goes to its learning, a good-practice entry too. */
  readonly section: CaseSection;
  readonly navigate: Navigate;
  /** Words after the reference for a screen reader, when the reference alone is not enough in a list. */
  readonly hiddenSuffix?: string;
}

/** A case's reference as a link to one of its sections, moved to inside the app (never the address bar). */
export function CaseLink({ reference, section, navigate, hiddenSuffix }: CaseLinkProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate({ name: 'case', reference, section });
  };
  return (
    <a className="govuk-link" href={`#case-${reference}-${section}`} onClick={open}>
      {reference}
      {hiddenSuffix === undefined ? null : <span className="govuk-visually-hidden">{` ${hiddenSuffix}`}</span>}
    </a>
  );
}
