/**
 * Learning events and reflective sessions: recorded after they are held, with the audience, how
 * many attended, and how many of those who gave feedback said they now understand the issues
 * better (the "difference made" figures count them). Anyone who may list cases sees them;
 * whoever manages learning records them.
 */
import type { z } from 'zod';
import { AppError, type Problem } from '../../shared/errors.ts';
import { learningEventInput, type LearningEventsView } from '../../shared/learning/learning.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import type { Session } from '../security/session.ts';
import { caseIdByReference } from '../store/repositories/cases.ts';
import { insertLearningEvent, learningEventExists, listLearningEvents, updateLearningEvent } from '../store/repositories/learning-events.ts';
import { authoriseLearningManagement } from './learning-access.ts';

function eventsView(session: Session): LearningEventsView {
  return { events: listLearningEvents(session.store.db), canManage: session.can('learning.manage') };
}

export function readLearningEvents(session: Session): LearningEventsView {
  session.authorise('cases.list', 'see learning events and reflective sessions');
  return eventsView(session);
}

/** Records an event (id null) or corrects one already recorded. */
export function saveLearningEvent(session: Session, id: number | null, input: z.output<typeof learningEventInput>): LearningEventsView {
  authoriseLearningManagement(session, 'record learning events and reflective sessions');
  const event = parsedOrRefused(learningEventInput, input, 'event.', 'the event');
  session.store.change((db, audit) => {
    const problems: Problem[] = [];
    if (event.heldOn > todayInLondon()) problems.push({ path: 'heldOn', message: 'The date it was held cannot be in the future: record an event after it has been held' });
    const caseId = event.reference === '' ? null : (caseIdByReference(db, event.reference) ?? null);
    if (event.reference !== '' && caseId === null) problems.push({ path: 'reference', message: `There is no case with reference ${event.reference}: check it, or leave it empty for an event about a theme` });
    if (problems.length > 0) refuseProblems(problems, 'event.', 'the event');
    const record = { ...event, caseId };
    let eventId: number;
    if (id === null) eventId = insertLearningEvent(db, record, session.userId, new Date().toISOString());
    else {
      if (!learningEventExists(db, id)) throw new AppError('NOT_FOUND', `There is no learning event with id ${id}. Reload the page.`);
      updateLearningEvent(db, id, record);
      eventId = id;
    }
    audit({ actorId: session.userId, action: 'learning.event-saved', recordType: 'learning-event', recordId: eventId, details: { eventId, kind: event.kind, caseId, edited: id !== null } });
  });
  return eventsView(session);
}
