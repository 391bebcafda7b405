/**
 * Earlier cases the person search found with someone on this case (by name, other names or date
 * of birth), not yet flagged: each says who matched whom, and can be taken up in one step.
 */
import type { z } from 'zod';
import type { repeatSuggestion } from '../../shared/learning/learning.ts';
import { formatDate } from '../components/format-date.ts';
import type { Navigate } from '../session/places.ts';
import type { RepeatForm } from './case-learning-part.ts';
import { CaseLink } from './CaseLink.tsx';
import { kindLabel, roleWords } from './learning-words.ts';

type RepeatSuggestion = z.infer<typeof repeatSuggestion>;

export interface RepeatSuggestionsProps {
  readonly suggestions: readonly RepeatSuggestion[];
  readonly canChange: boolean;
  readonly navigate: Navigate;
  readonly open: RepeatForm;
  readonly onOpen: (form: RepeatForm) => void;
}

/** "Child Q (the child here) matches Child B, and Adult C (a family member here) matches Adult A", by published names only. */
export function whoMatched(suggestion: RepeatSuggestion): string {
  return suggestion.matches.map((match) => `${match.here} (${match.role === 'child' ? 'the child' : `a ${roleWords(match.role)}`} here) matches ${match.there}`).join(', and ');
}

export function RepeatSuggestions({ suggestions, canChange, navigate, open, onOpen }: RepeatSuggestionsProps) {
  const unflagged = suggestions.filter((suggestion) => !suggestion.flagged);
  if (unflagged.length === 0) return null;
  return (
    <div data-testid="repeat-suggestions">
      <h4 className="govuk-heading-s">Possible repeat incidents found by the person search</h4>
      <ul className="govuk-list">
        {unflagged.map((suggestion) => (
          <li key={suggestion.earlierReference} className="govuk-inset-text govuk-!-margin-top-0 govuk-!-margin-bottom-4" data-testid="repeat-suggestion">
            <p className="govuk-body govuk-!-margin-bottom-2">
              {`${whoMatched(suggestion)} on case `}
              <CaseLink reference={suggestion.earlierReference} section="people" navigate={navigate} />
              {`, a ${kindLabel(suggestion.earlierKind).toLowerCase()} referred on ${formatDate(suggestion.earlierReferralDate)}.`}
            </p>
            {canChange && !(open?.kind === 'suggested' && open.earlierReference === suggestion.earlierReference) ? (
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onOpen({ kind: 'suggested', earlierReference: suggestion.earlierReference })}>
                Flag as a repeat incident<span className="govuk-visually-hidden">{`: ${suggestion.earlierReference}`}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
