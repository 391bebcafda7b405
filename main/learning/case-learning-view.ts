/** A case's learning as its screen shows it: themes to offer and those tagged, repeat incidents and suggestions, family feedback, events. */
import type { CaseLearningView } from '../../shared/learning/learning.ts';
import type { Session } from '../security/session.ts';
import { themeIdsOfCase } from '../store/repositories/case-themes.ts';
import { listFamilyFeedback } from '../store/repositories/family-feedback.ts';
import { listLearningEvents } from '../store/repositories/learning-events.ts';
import { listThemes } from '../store/repositories/learning-themes.ts';
import { listRepeatIncidents } from '../store/repositories/repeat-incidents.ts';
import { readableCases, type CaseInHand } from './learning-access.ts';
import { repeatSuggestions } from './repeat-suggestions.ts';
import { byName, toThemeView } from './theme-view.ts';

export function buildCaseLearningView(session: Session, inHand: CaseInHand): CaseLearningView {
  const db = session.store.db;
  const { caseId } = inHand;
  const tagged = themeIdsOfCase(db, caseId);
  const onCase = new Set(tagged);
  return {
    reference: inHand.reference,
    canChange: session.can('cases.edit', { caseId }),
    themes: listThemes(db)
      .filter((theme) => !theme.retired || onCase.has(theme.id))
      .sort(byName)
      .map(toThemeView),
    tagged,
    repeatIncidents: listRepeatIncidents(db, caseId).map(({ id, earlierReference, note, flaggedOn, flaggedBy }) => ({ id, earlierReference, note, flaggedOn, flaggedBy })),
    suggestions: repeatSuggestions(db, caseId, readableCases(session)),
    familyFeedback: listFamilyFeedback(db, caseId),
    events: listLearningEvents(db, caseId),
  };
}
