/**
 * The Business Unit's record of each agency's securing (PLACEHOLDER: the securing part builds this).
 */
import { AppError } from '../../shared/errors.ts';
import type { ConfirmationInput, InstructionInput, SecuringView } from '../../shared/vault/securing.ts';
import type { Session } from '../security/session.ts';

export function readSecuring(_session: Session, _reference: string): SecuringView {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}

export function confirmSecuring(_session: Session, _reference: string, _agency: string, _confirmation: ConfirmationInput): SecuringView {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}

export function recordInstruction(_session: Session, _reference: string, _agency: string, _instruction: InstructionInput): SecuringView {
  throw new AppError('NOT_FOUND', 'Not built yet.');
}
