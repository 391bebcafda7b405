/** PLACEHOLDER (helper F fills): a case's themes, repeat incidents and family feedback. */
import type { z } from 'zod';
import type { CaseLearningView, familyFeedbackInput, repeatIncidentInput } from '../../shared/learning/learning.ts';
import type { Session } from '../security/session.ts';

export function readCaseLearning(_session: Session, _reference: string): CaseLearningView {
  throw new Error('not built yet');
}
export function tagThemes(_session: Session, _reference: string, _themeIds: readonly number[]): CaseLearningView {
  throw new Error('not built yet');
}
export function flagRepeat(_session: Session, _reference: string, _input: z.output<typeof repeatIncidentInput>): CaseLearningView {
  throw new Error('not built yet');
}
export function removeRepeat(_session: Session, _reference: string, _id: number): CaseLearningView {
  throw new Error('not built yet');
}
export function saveFamilyFeedback(_session: Session, _reference: string, _id: number | null, _input: z.output<typeof familyFeedbackInput>): CaseLearningView {
  throw new Error('not built yet');
}
