/**
 * The Business Unit's record of each agency's securing (policy 16), on its own install: the
 * agency's confirmation that its records about the case are secured (which stops the agency's
 * securing-confirmation clock), and at the close its instruction to release or destroy them and
 * the confirmation that it was done. The Business Unit records these for the agency, so each
 * change is audited against the case with the names and free text in the erasable details.
 */
import { AppError, type Problem } from '../../shared/errors.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { confirmationInput, instructionInput, type ConfirmationInput, type InstructionInput, type SecuringView } from '../../shared/vault/securing.ts';
import { requireAgency } from '../evidence/agencies.ts';
import { caseToChange, caseToRead } from '../evidence/evidence-access.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import { syncClocks } from '../reviews/clock-sync.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import type { Audit } from '../store/open-store.ts';
import { findRequestForAgency, linkAgencyToCase } from '../store/repositories/information-requests.ts';
import type { Organisation } from '../store/repositories/organisations.ts';
import { findSecuring, saveConfirmation, saveInstruction } from '../store/repositories/securing-records.ts';
import { buildSecuringView } from './securing-view.ts';

/** A date the agency gave: not in the future, and not before the date it follows (when there is one). */
function dateProblems(date: string, what: string, today: string, path: string, after: { date: string; what: string } | null): Problem[] {
  if (date > today) return [{ path, message: `${what} cannot be in the future` }];
  if (after !== null && date < after.date) return [{ path, message: `${what} must be on or after ${after.what} (${after.date})` }];
  return [];
}

export function readSecuring(session: Session, reference: string): SecuringView {
  const { caseId } = caseToRead(session, reference, 'see whether agencies have secured their files');
  return buildSecuringView(session, caseId);
}

/**
 * What is wrong with the dates of an agency's confirmation for this case: confirmed in the future,
 * before the request was sent, or after its instruction for the records. Paths under "confirmation.".
 */
export function confirmationProblems(db: Db, caseId: number, organisationId: number, confirmation: ConfirmationInput, today: string): Problem[] {
  const request = findRequestForAgency(db, caseId, organisationId);
  const path = 'confirmation.confirmedOn';
  const what = 'The date the agency confirmed';
  const problems = dateProblems(confirmation.confirmedOn, what, today, path, request === undefined ? null : { date: request.sentOn, what: 'the date the request was sent' });
  const instructionOn = findSecuring(db, caseId, organisationId)?.instruction?.givenOn;
  if (problems.length === 0 && instructionOn !== undefined && confirmation.confirmedOn > instructionOn) {
    problems.push({ path, message: `${what} must be on or before the date it gave its instruction for the records (${instructionOn})` });
  }
  return problems;
}

/**
 * Saves a checked confirmation, brings the case's clocks into line and audits it. Call inside the
 * change; `details` adds to the audit event's (how it came: a bundle's id).
 */
export function writeConfirmation(db: Db, audit: Audit, actorId: string, caseId: number, organisation: Organisation, confirmation: ConfirmationInput, details: Record<string, unknown> = {}): void {
  const existing = findSecuring(db, caseId, organisation.id);
  saveConfirmation(db, caseId, organisation.id, confirmation, actorId, new Date().toISOString());
  linkAgencyToCase(db, caseId, organisation.id);
  syncClocks(db, caseId);
  audit({
    actorId,
    action: 'securing.confirmed',
    recordType: 'case',
    recordId: caseId,
    details: {
      agency: organisation.name,
      confirmedOn: confirmation.confirmedOn,
      representativeName: confirmation.representativeName,
      heldWhere: confirmation.heldWhere,
      heldDetails: confirmation.heldDetails,
      corrected: (existing?.confirmation ?? null) !== null,
      ...details,
    },
  });
}

/** Records, or corrects, an agency's confirmation that its records about the case are secured. */
export function confirmSecuring(session: Session, reference: string, agency: string, input: ConfirmationInput): SecuringView {
  const { caseId } = caseToChange(session, reference, 'record agencies’ confirmations that their files are secured');
  const confirmation = parsedOrRefused(confirmationInput, input, 'confirmation.', 'the confirmation');
  session.store.change((db, audit) => {
    const organisation = requireAgency(db, agency, 'agency');
    const problems = confirmationProblems(db, caseId, organisation.id, confirmation, todayInLondon());
    if (problems.length > 0) refuseProblems(problems, '', 'the confirmation');
    writeConfirmation(db, audit, session.userId, caseId, organisation, confirmation);
  });
  return buildSecuringView(session, caseId);
}

/** Records, or corrects, the agency's instruction at the close (release or destroy) and when it confirmed it was done. */
export function recordInstruction(session: Session, reference: string, agency: string, input: InstructionInput): SecuringView {
  const { caseId } = caseToChange(session, reference, 'record agencies’ instructions for their secured files');
  const instruction = parsedOrRefused(instructionInput, input, 'instruction.', 'the instruction');
  session.store.change((db, audit) => {
    const organisation = requireAgency(db, agency, 'agency');
    const existing = findSecuring(db, caseId, organisation.id);
    const confirmation = existing?.confirmation ?? null;
    if (existing === undefined || confirmation === null) {
      throw new AppError('CONFLICT', `Record ${organisation.name}’s confirmation that its files are secured before recording its instruction for them.`);
    }
    const today = todayInLondon();
    const problems = [
      ...dateProblems(instruction.givenOn, 'The date the agency gave its instruction', today, 'instruction.givenOn', {
        date: confirmation.confirmedOn,
        what: 'the date it confirmed its files were secured',
      }),
      ...(instruction.confirmedOn === null
        ? []
        : dateProblems(instruction.confirmedOn, 'The date the agency confirmed it was done', today, 'instruction.confirmedOn', { date: instruction.givenOn, what: 'the date it gave its instruction' })),
    ];
    if (problems.length > 0) refuseProblems(problems, '', 'the instruction');
    saveInstruction(db, caseId, organisation.id, instruction, session.userId, new Date().toISOString());
    audit({
      actorId: session.userId,
      action: 'securing.instruction-recorded',
      recordType: 'case',
      recordId: caseId,
      details: { agency: organisation.name, instruction: instruction.instruction, givenOn: instruction.givenOn, confirmedOn: instruction.confirmedOn, corrected: existing.instruction !== null },
    });
  });
  return buildSecuringView(session, caseId);
}
