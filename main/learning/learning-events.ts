/** PLACEHOLDER (helper F fills): learning events and reflective sessions. */
import type { z } from 'zod';
import type { learningEventInput, LearningEventsView } from '../../shared/learning/learning.ts';
import type { Session } from '../security/session.ts';

export function readLearningEvents(_session: Session): LearningEventsView {
  throw new Error('not built yet');
}
export function saveLearningEvent(_session: Session, _id: number | null, _input: z.output<typeof learningEventInput>): LearningEventsView {
  throw new Error('not built yet');
}
