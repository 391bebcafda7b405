/**
 * A real temporary store for the learning services (the evidence tests' store: an administrator,
 * a Business Unit officer "Ffion Officer", others signed in by role), and small builders the
 * learning, figures and screen tests share: tag a case with themes by name, record a learning
 * event, the family's feedback, and a repeat incident. Invented people and events only.
 */
import type { z } from 'zod';
import type { CaseLearningView, familyFeedbackInput, learningEventInput, LearningEventView } from '../../../shared/learning/learning.ts';
import { figureKey } from '../../../shared/figures/figures.ts';
import { flagRepeat, readCaseLearning, saveFamilyFeedback, tagThemes } from '../../../main/learning/case-learning.ts';
import { saveLearningEvent } from '../../../main/learning/learning-events.ts';
import { addTheme, readThemes } from '../../../main/learning/themes.ts';
import type { Session } from '../../../main/security/session.ts';

export { auditCount, auditDetails, count, lastAuditAction, makeEvidenceStore, newCase, refusalOf, testChange, type EvidenceStore } from '../evidence/evidence-fixture.ts';

/**
 * Tags the case with exactly these themes, found by name ignoring case, accents and punctuation;
 * a name the list does not have yet is added to it first (so `officer` must manage learning).
 */
export function tagCase(officer: Session, reference: string, themeNames: readonly string[]): CaseLearningView {
  let themes = readThemes(officer).themes.map((recurrence) => recurrence.theme);
  const ids = themeNames.map((name) => {
    let theme = themes.find((candidate) => candidate.key === figureKey(name));
    if (theme === undefined) {
      themes = addTheme(officer, name).themes.map((recurrence) => recurrence.theme);
      theme = themes.find((candidate) => candidate.key === figureKey(name))!;
    }
    return theme.id;
  });
  return tagThemes(officer, reference, ids);
}

export type EventOverrides = Partial<z.input<typeof learningEventInput>>;

/** A learning event held on 2025-11-20 (30 attended, 20 gave feedback, 15 understand better), with these changes; returns it as saved. */
export function addEvent(officer: Session, overrides: EventOverrides = {}): LearningEventView {
  const event = {
    kind: 'learning-event',
    title: 'Invented learning event: seeing the child',
    heldOn: '2025-11-20',
    audience: 'Practitioners from every agency',
    reference: '',
    attendance: 30,
    feedbackResponses: 20,
    understandBetter: 15,
    notes: '',
    ...overrides,
  } as z.output<typeof learningEventInput>;
  const view = saveLearningEvent(officer, null, event);
  return view.events.reduce((latest, candidate) => (candidate.id > latest.id ? candidate : latest));
}

/** The family's feedback, given on 2025-12-01 and "yes, sensitive" unless overridden; returns its id. */
export function addFamilyFeedback(officer: Session, reference: string, overrides: Partial<z.input<typeof familyFeedbackInput>> = {}): number {
  const feedback = { receivedOn: '2025-12-01', sensitive: 'yes', comments: 'Invented: the family felt listened to.', ...overrides } as z.output<typeof familyFeedbackInput>;
  const view = saveFamilyFeedback(officer, reference, null, feedback);
  return Math.max(...view.familyFeedback.map((item) => item.id));
}

/** Flags `reference` as a repeat incident of the earlier case; returns the repeat's id. */
export function flagRepeatOf(officer: Session, reference: string, earlierReference: string, note = ''): number {
  const view = flagRepeat(officer, reference, { earlierReference, note });
  return view.repeatIncidents.find((repeat) => repeat.earlierReference.toLowerCase() === earlierReference.trim().toLowerCase())!.id;
}

/** The case's learning as its officer sees it. */
export function caseLearning(session: Session, reference: string): CaseLearningView {
  return readCaseLearning(session, reference);
}

/** The good-outcome fields a good outcome referral needs; the learning for others as given. */
export function goodOutcome(learning = 'Invented: a shared plan, reviewed weekly, kept Child P in school.') {
  return {
    livedExperience: 'Child P now sleeps through the night and goes to school every day.',
    stepsTaken: 'A lead professional was named and the family chose who came to meetings.',
    before: 'Three agencies each held part of the picture.',
    barriers: 'Different systems: overcome by one shared chronology.',
    effect: 'Attendance rose from 60% to 96% over two terms.',
    learning,
  };
}
