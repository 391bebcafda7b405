/**
 * A case's learning: the themes tagged on it, repeat incidents flagged against earlier cases,
 * and the family's feedback on whether the review was sensitive to them. Reading needs the
 * right to read the case; each change the right to change it, and each is audited with ids
 * and kinds only (never the note or what the family said).
 */
import type { z } from 'zod';
import { AppError, type Problem } from '../../shared/errors.ts';
import { familyFeedbackInput, repeatIncidentInput, type CaseLearningView } from '../../shared/learning/learning.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { themeIdsOfCase, replaceCaseThemes } from '../store/repositories/case-themes.ts';
import { caseIdByReference, caseSummaryById } from '../store/repositories/cases.ts';
import { findFamilyFeedback, insertFamilyFeedback, updateFamilyFeedback } from '../store/repositories/family-feedback.ts';
import { listThemes } from '../store/repositories/learning-themes.ts';
import { deleteRepeatIncident, findRepeatIncident, insertRepeatIncident, repeatAlreadyFlagged } from '../store/repositories/repeat-incidents.ts';
import { buildCaseLearningView } from './case-learning-view.ts';
import { caseLearningToChange, caseLearningToRead } from './learning-access.ts';
import { isEarlierCase } from './repeat-suggestions.ts';

export function readCaseLearning(session: Session, reference: string): CaseLearningView {
  return buildCaseLearningView(session, caseLearningToRead(session, reference));
}

/** Problems with a new set of themes: an id no theme has, or a retired theme not already on the case. */
function tagProblems(db: Db, caseId: number, themeIds: readonly number[]): Problem[] {
  const themes = new Map(listThemes(db).map((theme) => [theme.id, theme]));
  const already = new Set(themeIdsOfCase(db, caseId));
  const problems: Problem[] = [];
  themeIds.forEach((id, index) => {
    const theme = themes.get(id);
    if (theme === undefined) problems.push({ path: `${index}`, message: `There is no learning theme with id ${id}: reload the page and choose again` });
    else if (theme.retired && !already.has(id)) problems.push({ path: `${index}`, message: `“${theme.name}” is retired: it stays on the cases it was tagged on but cannot be added to others` });
  });
  return problems;
}

/** Makes the case's themes exactly these: a retired theme may stay but not be newly added. */
export function tagThemes(session: Session, reference: string, themeIds: readonly number[]): CaseLearningView {
  const inHand = caseLearningToChange(session, reference, 'tag this case with learning themes');
  const wanted = [...new Set(themeIds)];
  session.store.change((db, audit) => {
    const problems = tagProblems(db, inHand.caseId, wanted);
    if (problems.length > 0) refuseProblems(problems, 'themeIds.', 'the themes');
    replaceCaseThemes(db, inHand.caseId, wanted, session.userId, new Date().toISOString());
    audit({ actorId: session.userId, action: 'learning.themes-tagged', recordType: 'case', recordId: inHand.caseId, details: { caseId: inHand.caseId, themes: wanted.length } });
  });
  return buildCaseLearningView(session, inHand);
}

const EARLIER = 'incident.earlierReference';

function refuseEarlier(message: string): never {
  throw new AppError('INVALID_INPUT', `${message}.`, [{ path: EARLIER, message }]);
}

/** The earlier case by its reference, checked: it exists, this person may read it, and it is a different, earlier case. */
function earlierCaseFor(session: Session, caseId: number, earlierReference: string): number {
  const db = session.store.db;
  const earlierId = caseIdByReference(db, earlierReference);
  if (earlierId === undefined) refuseEarlier(`There is no case with reference ${earlierReference}. Check the reference`);
  if (earlierId === caseId) refuseEarlier('Enter the reference of an earlier case, not this one');
  session.authorise('cases.read', 'link this case to that earlier case', { caseId: earlierId });
  if (!isEarlierCase(db, earlierId, caseId)) {
    refuseEarlier(`${caseSummaryById(db, earlierId).reference} was referred after this case. Flag the repeat incident on the later case instead`);
  }
  return earlierId;
}

export function flagRepeat(session: Session, reference: string, input: z.output<typeof repeatIncidentInput>): CaseLearningView {
  const inHand = caseLearningToChange(session, reference, 'flag a repeat incident on this case');
  const incident = parsedOrRefused(repeatIncidentInput, input, 'incident.', 'the repeat incident');
  const earlierCaseId = earlierCaseFor(session, inHand.caseId, incident.earlierReference);
  session.store.change((db, audit) => {
    if (repeatAlreadyFlagged(db, inHand.caseId, earlierCaseId)) {
      const message = `This case is already flagged as a repeat of ${caseSummaryById(db, earlierCaseId).reference}`;
      throw new AppError('CONFLICT', `${message}.`, [{ path: EARLIER, message }]);
    }
    const repeatId = insertRepeatIncident(db, { caseId: inHand.caseId, earlierCaseId, note: incident.note, flaggedBy: session.userId, flaggedAt: new Date().toISOString() });
    audit({ actorId: session.userId, action: 'learning.repeat-flagged', recordType: 'case', recordId: inHand.caseId, details: { caseId: inHand.caseId, repeatId, earlierCaseId } });
  });
  return buildCaseLearningView(session, inHand);
}

export function removeRepeat(session: Session, reference: string, id: number): CaseLearningView {
  const inHand = caseLearningToChange(session, reference, 'flag a repeat incident on this case');
  session.store.change((db, audit) => {
    const repeat = findRepeatIncident(db, inHand.caseId, id);
    if (repeat === undefined) throw new AppError('NOT_FOUND', `There is no repeat incident with id ${id} on case ${inHand.reference}. It may have been removed already: reload the page.`);
    deleteRepeatIncident(db, id);
    audit({ actorId: session.userId, action: 'learning.repeat-removed', recordType: 'case', recordId: inHand.caseId, details: { caseId: inHand.caseId, repeatId: id, earlierCaseId: repeat.earlierCaseId } });
  });
  return buildCaseLearningView(session, inHand);
}

/** Records the family's feedback (id null) or corrects feedback already recorded on this case. */
export function saveFamilyFeedback(session: Session, reference: string, id: number | null, input: z.output<typeof familyFeedbackInput>): CaseLearningView {
  const inHand = caseLearningToChange(session, reference, 'record the family’s feedback on this case');
  const feedback = parsedOrRefused(familyFeedbackInput, input, 'feedback.', 'the family’s feedback');
  if (feedback.receivedOn > todayInLondon()) refuseProblems([{ path: 'receivedOn', message: 'The date the feedback was given cannot be in the future' }], 'feedback.', 'the family’s feedback');
  session.store.change((db, audit) => {
    let feedbackId: number;
    if (id === null) feedbackId = insertFamilyFeedback(db, inHand.caseId, feedback, session.userId, new Date().toISOString());
    else {
      if (findFamilyFeedback(db, inHand.caseId, id) === undefined) throw new AppError('NOT_FOUND', `There is no family feedback with id ${id} on case ${inHand.reference}. Reload the page.`);
      updateFamilyFeedback(db, id, feedback);
      feedbackId = id;
    }
    audit({ actorId: session.userId, action: 'learning.family-feedback-saved', recordType: 'case', recordId: inHand.caseId, details: { caseId: inHand.caseId, feedbackId, edited: id !== null } });
  });
  return buildCaseLearningView(session, inHand);
}
