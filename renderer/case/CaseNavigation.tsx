import type { MouseEvent } from 'react';
import { CASE_KIND_LABELS, type CaseKind } from '../../shared/case-kinds.ts';
import { CASE_SECTIONS, type CaseSection, type Navigate } from '../session/places.ts';
import { sectionLabel, sectionUsedFor } from './sections/index.ts';

export interface CaseNavigationProps {
  readonly reference: string;
  readonly kind: CaseKind;
  readonly current: CaseSection;
  readonly navigate: Navigate;
}

/**
 * The sections of a case's page. The sections this kind of review uses come first; the others
 * stay reachable (a case may change kind) under a heading that says they are not used for it.
 */
export function CaseNavigation({ reference, kind, current, navigate }: CaseNavigationProps) {
  const used = CASE_SECTIONS.filter((section) => sectionUsedFor(section, kind));
  const unused = CASE_SECTIONS.filter((section) => !sectionUsedFor(section, kind));
  const go = (event: MouseEvent<HTMLAnchorElement>, section: CaseSection) => {
    event.preventDefault();
    navigate({ name: 'case', reference, section });
  };
  const list = (sections: readonly CaseSection[]) => (
    <ul className="govuk-list govuk-!-font-size-16">
      {sections.map((section) => (
        <li key={section}>
          {section === current ? (
            <a className="govuk-link govuk-link--no-visited-state govuk-!-font-weight-bold" href={`#${section}`} aria-current="page" onClick={(event) => go(event, section)}>
              {sectionLabel(section, kind)}
            </a>
          ) : (
            <a className="govuk-link govuk-link--no-visited-state" href={`#${section}`} onClick={(event) => go(event, section)}>
              {sectionLabel(section, kind)}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label="Sections of this case" data-testid="case-navigation">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">Sections</h2>
      {list(used)}
      {unused.length === 0 ? null : (
        <>
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2 govuk-!-margin-top-6">{`Not used for a ${CASE_KIND_LABELS[kind].charAt(0).toLowerCase()}${CASE_KIND_LABELS[kind].slice(1)}`}</h2>
          {list(unused)}
        </>
      )}
    </nav>
  );
}
