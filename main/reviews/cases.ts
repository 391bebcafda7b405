/** The minimal case record: enough for assignments and the demo; the lifecycle issue extends it. */
import { AppError } from '../../shared/errors.ts';
import { z } from 'zod';
import { CASE_KINDS, CASE_STAGES } from '../../shared/case-kinds.ts';
import type { Session } from '../security/session.ts';
import { insertCase, listCases as listCaseRows, nextCaseReference, type CaseSummary } from '../store/repositories/cases.ts';
import { organisationByName } from '../store/repositories/organisations.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const newCaseSchema = z.object({
  kind: z.enum(CASE_KINDS),
  stage: z.enum(CASE_STAGES).default('referral'),
  incidentDate: isoDate.nullable(),
  referralDate: isoDate,
  agencies: z.array(z.string()).default([]),
});
export type NewCaseInput = z.input<typeof newCaseSchema>;

export function createCase(session: Session, input: NewCaseInput): CaseSummary {
  session.authorise('cases.create', 'create cases');
  const parsed = newCaseSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('INVALID_INPUT', `The case's ${issue.path.join('.') || 'details'} is not valid: ${issue.message}.`);
  }
  const store = session.store;
  const agencyIds = parsed.data.agencies.map((name) => organisationByName(store.db, name).id);
  const id = store.change((db, audit) => {
    const reference = nextCaseReference(db, Number(parsed.data.referralDate.slice(0, 4)));
    const caseId = insertCase(db, { ...parsed.data, reference, agencyIds }, new Date().toISOString());
    audit({ actorId: session.userId, action: 'case.created', recordType: 'case', recordId: caseId });
    return caseId;
  });
  return listCaseRows(store.db).find((row) => row.id === id)!;
}

export function listCases(session: Session): CaseSummary[] {
  session.authorise('cases.list', 'list cases');
  return listCaseRows(session.store.db);
}
