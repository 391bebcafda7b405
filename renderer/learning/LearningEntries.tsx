/**
 * Each review's learning: its case, kind, when it was decided, its themes, and the learning as
 * written. Main sends one entry per place the learning is written (the referral, the findings,
 * the report); they are shown together on one card for their case.
 */
import type { z } from 'zod';
import type { learningEntry } from '../../shared/learning/learning.ts';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';
import { CaseLink } from './CaseLink.tsx';
import { kindLabel } from './learning-words.ts';
import { Paragraphs } from './Paragraphs.tsx';

type LearningEntry = z.infer<typeof learningEntry>;

export interface LearningEntriesProps {
  readonly entries: readonly LearningEntry[];
  readonly navigate: Navigate;
  /** What to say when there are none. */
  readonly empty: string;
}

/** Entries grouped by case, in the order main sent them (its entries for one case come together). */
export function byCase(entries: readonly LearningEntry[]): LearningEntry[][] {
  const groups = new Map<string, LearningEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.reference);
    if (group === undefined) groups.set(entry.reference, [entry]);
    else group.push(entry);
  }
  return [...groups.values()];
}

export function LearningEntries({ entries, navigate, empty }: LearningEntriesProps) {
  if (entries.length === 0) {
    return (
      <p className="govuk-body" data-testid="learning-entries-none">
        {empty}
      </p>
    );
  }
  return (
    <>
      {byCase(entries).map((group) => {
        const [first] = group as [LearningEntry, ...LearningEntry[]];
        return (
          <article className="govuk-summary-card" key={first.reference} data-testid="learning-entry">
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">
                <CaseLink reference={first.reference} section="learning" navigate={navigate} />
              </h3>
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body-s prm-secondary-text govuk-!-margin-bottom-2">
                {`${kindLabel(first.kind)}, ${first.decidedOn === null ? 'not decided yet' : `decided ${formatDate(first.decidedOn)}`}`}
              </p>
              {first.themes.length === 0 ? null : (
                <ul className="govuk-list govuk-!-margin-bottom-3" aria-label="Themes">
                  {first.themes.map((theme) => (
                    <li key={theme} className="govuk-!-display-inline-block govuk-!-margin-right-1 govuk-!-margin-bottom-1">
                      <strong className="govuk-tag govuk-tag--blue">{theme}</strong>
                    </li>
                  ))}
                </ul>
              )}
              {group.map((entry, index) => (
                <div key={`${entry.source}:${index}`}>
                  <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{entry.source}</h4>
                  <Paragraphs text={entry.learning} />
                </div>
              ))}
            </div>
          </article>
        );
      })}
    </>
  );
}
