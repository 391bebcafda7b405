/**
 * The good-practice view: the learning of good outcome reviews alongside every other review's,
 * each entry with its case, the date it was screened and its themes. The text is as the
 * records hold it (people in it already go by their published names there); nothing here adds
 * a name. Only the cases this person may read are shown.
 */
import type { z } from 'zod';
import type { GoodPracticeView, learningEntry } from '../../shared/learning/learning.ts';
import type { Session } from '../security/session.ts';
import { themeNamesByCase } from '../store/repositories/case-themes.ts';
import { readableCases } from './learning-access.ts';
import { LEARNING_SOURCE_LABELS, learningTexts, screeningDates } from './learning-texts.ts';

type LearningEntry = z.infer<typeof learningEntry>;

// One collator for the whole sort: localeCompare with a locale builds one per comparison.
const references = new Intl.Collator('en-GB', { numeric: true });

/** The most recently screened first, those not yet screened last; a case's entries stay together. */
function byDecision(a: LearningEntry, b: LearningEntry): number {
  if (a.decidedOn !== b.decidedOn) return a.decidedOn === null ? 1 : b.decidedOn === null ? -1 : (b.decidedOn < a.decidedOn ? -1 : 1);
  return references.compare(a.reference, b.reference);
}

export function readGoodPractice(session: Session): GoodPracticeView {
  session.authorise('cases.list', 'see the learning from reviews');
  const db = session.store.db;
  const mayRead = readableCases(session);
  const cases = new Map((db.prepare('SELECT id, reference, kind FROM cases').all() as { id: number; reference: string; kind: string }[]).map((row) => [row.id, row]));
  const decided = screeningDates(db);
  const themes = themeNamesByCase(db);
  const entries: LearningEntry[] = [];
  for (const text of learningTexts(db)) {
    const found = cases.get(text.caseId);
    if (found === undefined || !mayRead(text.caseId)) continue;
    entries.push({
      reference: found.reference,
      kind: found.kind,
      goodOutcome: found.kind === 'good-outcome-review',
      decidedOn: decided.get(text.caseId) ?? null,
      themes: themes.get(text.caseId) ?? [],
      learning: text.text,
      source: LEARNING_SOURCE_LABELS[text.source],
    });
  }
  // A stable sort keeps each case's entries in their source order.
  entries.sort(byDecision);
  return { goodOutcome: entries.filter((entry) => entry.goodOutcome), others: entries.filter((entry) => !entry.goodOutcome) };
}
