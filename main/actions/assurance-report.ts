/**
 * The action plan assurance report (policy: action plans monitored by the Business Unit, with an
 * assurance report per case or per agency, and annual scrutiny), as a PDF or an .xlsx.
 *
 * Per case: for those allowed by assurance-access.ts, the case's whole plan. Per agency: exactly
 * what the agency view (readOwedActions) shows this person for that agency, so whoever may see an
 * agency's actions may take them away as a report, and no one sees more in the report than on
 * screen. Each export takes the plan out of the store, so it is audited, after the file is made so
 * that a failure records nothing that did not happen: ids and the format, never names or text.
 */
import { AppError } from '../../shared/errors.ts';
import { CASE_KIND_LABELS } from '../../shared/case-kinds.ts';
import { requireAgency } from '../evidence/agencies.ts';
import { safeFileName } from '../evidence/evidence-exports.ts';
import { fileNamePart } from '../exchange/flows/request-files.ts';
import type { AssuranceReportInput } from '../exports/pdf/assurance-input.ts';
import { assurancePdf } from '../exports/pdf/assurance-pdf.ts';
import { assuranceWorkbook } from '../exports/xlsx/assurance-workbook.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import { caseSummaryById } from '../store/repositories/cases.ts';
import { readLetterhead } from '../store/repositories/letterhead.ts';
import { readActionPlan } from './action-plan-view.ts';
import { agencyAssuranceInput } from './assurance-agency-data.ts';
import { caseForAssurance } from './assurance-access.ts';
import { caseAssuranceInput, type AssuranceFurniture } from './assurance-case-data.ts';
import { readOwedActions } from './owed-actions.ts';

/** A file made for the person asking, as the contract's fileOutput carries it. */
export interface FileOut {
  readonly fileName: string;
  readonly mediaType: string;
  readonly contentBase64: string;
}

export const ASSURANCE_EXPORTED = 'action-plan.assurance-exported';

type Format = 'pdf' | 'xlsx';
const MEDIA_TYPES: Readonly<Record<Format, string>> = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/** Until an administrator sets the letterhead, the partnership's name has nowhere to come from. */
const PARTNERSHIP_FALLBACK = 'The Safeguarding Children Partnership';

function requireFormat(format: string): Format {
  if (format === 'pdf' || format === 'xlsx') return format;
  throw new AppError('INVALID_INPUT', 'Choose PDF or spreadsheet.', [{ path: 'format', message: 'Choose PDF or spreadsheet' }]);
}

function furnitureOf(db: Db): AssuranceFurniture {
  const letterhead = readLetterhead(db);
  return { letterhead, partnershipName: letterhead?.partnershipName ?? PARTNERSHIP_FALLBACK };
}

async function render(input: AssuranceReportInput, format: Format): Promise<Uint8Array> {
  return format === 'pdf' ? assurancePdf(input) : assuranceWorkbook(input);
}

function fileOut(name: string, format: Format, bytes: Uint8Array): FileOut {
  return { fileName: safeFileName(`${name}-action-plan-assurance.${format}`), mediaType: MEDIA_TYPES[format], contentBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

export async function exportCaseAssurance(session: Session, reference: string, format: 'pdf' | 'xlsx'): Promise<FileOut> {
  const { caseId, reference: caseReference } = caseForAssurance(session, reference);
  const chosen = requireFormat(format);
  const db = session.store.db;
  const plan = readActionPlan(session, caseReference);
  const input = caseAssuranceInput(plan, CASE_KIND_LABELS[caseSummaryById(db, caseId).kind], furnitureOf(db));
  const file = fileOut(caseReference, chosen, await render(input, chosen));
  session.store.change((_db, audit) =>
    audit({ actorId: session.userId, action: ASSURANCE_EXPORTED, recordType: 'case', recordId: caseId, details: { caseId, format: chosen, scope: 'case', actions: input.totals.actions } }),
  );
  return file;
}

export async function exportAgencyAssurance(session: Session, agency: string, format: 'pdf' | 'xlsx'): Promise<FileOut> {
  // An empty name would ask the agency view for every agency at once.
  if (agency.trim() === '') throw new AppError('INVALID_INPUT', 'Choose the agency.', [{ path: 'agency', message: 'Choose the agency' }]);
  const owed = readOwedActions(session, agency, false);
  const chosen = requireFormat(format);
  const db = session.store.db;
  const organisation = requireAgency(db, owed.agency ?? agency, 'agency');
  const input = agencyAssuranceInput(db, organisation.name, owed.today, owed.actions, furnitureOf(db));
  const file = fileOut(fileNamePart(organisation.name), chosen, await render(input, chosen));
  session.store.change((_db, audit) =>
    audit({
      actorId: session.userId,
      action: ASSURANCE_EXPORTED,
      recordType: 'organisation',
      recordId: organisation.id,
      details: { organisationId: organisation.id, format: chosen, scope: 'agency', cases: input.cases.length, actions: input.totals.actions },
    }),
  );
  return file;
}
