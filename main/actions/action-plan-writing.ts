/** PLACEHOLDER (helper A fills): changing a case's action plan. */
import type { z } from 'zod';
import type { actionInput, ActionPlanView, progressInput, recommendationInput } from '../../shared/actions/action-plan.ts';
import type { Session } from '../security/session.ts';

export interface EvidenceFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export function saveRecommendation(_session: Session, _reference: string, _id: number | null, _input: z.output<typeof recommendationInput>): ActionPlanView {
  throw new Error('not built yet');
}
export function removeRecommendation(_session: Session, _reference: string, _id: number): ActionPlanView {
  throw new Error('not built yet');
}
export function saveAction(_session: Session, _reference: string, _id: number | null, _input: z.output<typeof actionInput>): ActionPlanView {
  throw new Error('not built yet');
}
export function updateProgress(_session: Session, _reference: string, _id: number, _progress: z.output<typeof progressInput>): ActionPlanView {
  throw new Error('not built yet');
}
export function attachEvidence(_session: Session, _reference: string, _id: number, _file: EvidenceFile): ActionPlanView {
  throw new Error('not built yet');
}
export function takeUpUpdate(_session: Session, _reference: string, _updateId: number): ActionPlanView {
  throw new Error('not built yet');
}
