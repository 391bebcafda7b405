/**
 * The assurance report exported from a real store, its plans built through the action plan's own
 * services: per case and per agency, as PDF (read back by poppler's pdftotext) and as .xlsx (read
 * back by exceljs), each action found with its state and the totals; who may export and who is
 * refused; and the audit event each export writes, with ids and the format only.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionView } from '../../../shared/actions/action-plan.ts';
import { readActionPlan } from '../../../main/actions/action-plan-view.ts';
import { attachEvidence, updateProgress } from '../../../main/actions/action-plan-writing.ts';
import { ASSURANCE_EXPORTED, exportAgencyAssurance, exportCaseAssurance, type FileOut } from '../../../main/actions/assurance-report.ts';
import { knownAgencies } from '../../../main/evidence/agencies.ts';
import { saveLetterhead } from '../../../main/evidence/letterhead.ts';
import type { Session } from '../../../main/security/session.ts';
import { ACTIONS_SHEET, ASSURANCE_HEADER_ROW, SUMMARY_SHEET } from '../../../main/exports/xlsx/assurance-workbook.ts';
import {
  addAction,
  addRecommendation,
  asyncRefusalOf,
  auditDetails,
  completeAction,
  daysFromToday,
  EDUCATION,
  FAR_AHEAD,
  HEALTH,
  HOUSING,
  LONG_AGO,
  makeEvidenceStore,
  newCase,
  POLICE,
  signInForAgency,
  type EvidenceStore,
} from '../actions/action-plan-fixture.ts';
import { letterhead } from '../evidence/evidence-fixture.ts';
import { expectMarkedOnEveryPage } from '../exports/pdf-checks.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

let store: EvidenceStore;
let caseA: string;
let caseB: string;
let caseAId: number;
let ids: Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'b1' | 'b2', number>;
let scrutineer: Session;
let reviewerOfA: Session;
let policeOnA: Session;

const WHAT = {
  a1: 'Police audit strategy discussions for unseen adults',
  a2: 'Police brief response officers on the household checklist',
  a3: 'Health visitors record every adult seen at each visit',
  a4: 'Schools refresh their designated leads’ training',
  a5: 'Health rewrite the missed appointments policy',
  b1: 'Police review repeat missing episodes with children’s services',
  b2: 'Housing share tenancy changes with the case worker',
} as const;

function pdfTextOf(file: FileOut): { pages: string[]; text: string } {
  const bytes = new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
  const pages = expectMarkedOnEveryPage(bytes);
  return { pages, text: flat(pages.join(' ')) };
}

async function sheetsOf(file: FileOut): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

/** The Actions sheet's rows below its header, as plain values. */
function actionRows(workbook: ExcelJS.Workbook): unknown[][] {
  const sheet = workbook.getWorksheet(ACTIONS_SHEET)!;
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number > ASSURANCE_HEADER_ROW) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

function summaryRow(workbook: ExcelJS.Workbook, offset: number): unknown[] {
  return (workbook.getWorksheet(SUMMARY_SHEET)!.getRow(ASSURANCE_HEADER_ROW + offset).values as unknown[]).slice(1);
}

const asDate = (iso: string | null) => (iso === null ? undefined : new Date(`${iso}T00:00:00Z`));

/** The audit events of the export, newest last, with where they point. */
function exportEvents(session: Session): { recordType: string; recordId: string; details: Record<string, unknown> }[] {
  const rows = session.store.db.prepare('SELECT record_type AS recordType, record_id AS recordId FROM audit_events WHERE action = ? ORDER BY seq').all(ASSURANCE_EXPORTED) as { recordType: string; recordId: string }[];
  const details = auditDetails(session, ASSURANCE_EXPORTED);
  return rows.map((row, index) => ({ ...row, details: details[index]! }));
}

beforeAll(async () => {
  store = await makeEvidenceStore();
  saveLetterhead(store.admin, letterhead());
  const a = newCase(store.officer);
  caseA = a.reference;
  caseAId = a.id;
  caseB = newCase(store.officer).reference;
  const recA1 = addRecommendation(store.officer, caseA, { text: 'Agencies ask about every adult in the household.', type: 'multi-agency', systemicFactor: 'Unseen adults were not asked about.' });
  const recA2 = addRecommendation(store.officer, caseA, { text: 'Missed health appointments are escalated.', type: 'single-agency', systemicFactor: 'Missed appointments went unremarked.' });
  const recB = addRecommendation(store.officer, caseB, { text: 'Repeat missing episodes trigger a joint review.', type: 'partnership-wide', systemicFactor: 'Missing episodes were handled one at a time.' });
  ids = {
    a1: addAction(store.officer, caseA, recA1, { what: WHAT.a1, agency: POLICE, dueOn: LONG_AGO }),
    a2: addAction(store.officer, caseA, recA1, { what: WHAT.a2, agency: POLICE, dueOn: FAR_AHEAD }),
    a3: addAction(store.officer, caseA, recA1, { what: WHAT.a3, agency: HEALTH, responsiblePerson: 'Named nurse Siân Ó Briain', dueOn: LONG_AGO }),
    a4: addAction(store.officer, caseA, recA2, { what: WHAT.a4, agency: EDUCATION, dueOn: LONG_AGO }),
    a5: addAction(store.officer, caseA, recA2, { what: WHAT.a5, agency: HEALTH, dueOn: LONG_AGO }),
    b1: addAction(store.officer, caseB, recB, { what: WHAT.b1, agency: POLICE, dueOn: '2021-03-31' }),
    b2: addAction(store.officer, caseB, recB, { what: WHAT.b2, agency: HOUSING, dueOn: FAR_AHEAD }),
  };
  attachEvidence(store.officer, caseA, ids.a3, { name: 'Home visit audit.pdf', mediaType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4 invented') });
  completeAction(store.officer, caseA, ids.a3, daysFromToday(-3), { evidence: 'Invented audit: every adult recorded at 19 of 20 visits.', accepted: true });
  completeAction(store.officer, caseA, ids.a4, daysFromToday(-2));
  updateProgress(store.officer, caseA, ids.a5, { status: 'no-longer-needed', completedOn: null, evidence: '', evidenceAcceptedOn: null });
  scrutineer = await store.signIn('Sam Scrutineer', 'scrutineer');
  reviewerOfA = await store.signIn('Ines Reviewer', 'lead-reviewer', caseA);
  policeOnA = await signInForAgency(store, 'Rhiannon Example', 'agency-contributor', caseA, POLICE);
});

afterAll(() => {
  // The fixture locks the sessions it signed in; this one was signed in for an agency.
  if (policeOnA !== undefined && !policeOnA.locked) policeOnA.lock();
  store?.cleanup();
});

describe('a case’s assurance report', () => {
  it('as a PDF: the letterhead, the case, the totals by agency and every action with its state, audited', async () => {
    const before = exportEvents(store.officer).length;
    const file = await exportCaseAssurance(store.officer, caseA.toLowerCase(), 'pdf');
    expect(file.fileName).toBe(`${caseA}-action-plan-assurance.pdf`);
    expect(file.mediaType).toBe('application/pdf');
    const { pages, text } = pdfTextOf(file);
    expect(flat(pages[0]!)).toContain('Northam Safeguarding Children Partnership');
    expect(text).toContain(`Case ${caseA}, Rapid review: 2 recommendations and 5 actions.`);
    expect(text).toMatch(/All agencies 5 2 1 1 1 1/);
    expect(text).toMatch(new RegExp(`${POLICE} 2 0 0 1 1 0`));
    expect(text).toMatch(new RegExp(`${HEALTH} 2 1 1 0 0 1`));
    for (const key of ['a1', 'a2', 'a3', 'a4', 'a5'] as const) expect(text).toContain(WHAT[key]);
    expect(text).not.toContain(WHAT.b1);
    expect(text).toContain('Overdue');
    expect(text).toContain('Home visit audit.pdf');
    expect(text).toContain('Invented audit: every adult recorded at 19 of 20 visits.');
    expect(text).toContain('Named nurse Siân Ó Briain');
    const events = exportEvents(store.officer);
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toEqual({ recordType: 'case', recordId: String(caseAId), details: { caseId: caseAId, format: 'pdf', scope: 'case', actions: 5 } });
  });

  it('as a workbook: the totals, and a row per action with every field the plan holds', async () => {
    const file = await exportCaseAssurance(store.officer, caseA, 'xlsx');
    expect(file.fileName).toBe(`${caseA}-action-plan-assurance.xlsx`);
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await sheetsOf(file);
    expect(summaryRow(workbook, 1)).toEqual(['All agencies', 5, 2, 1, 1, 1, 1]);
    const plan = readActionPlan(store.officer, caseA);
    const expected = plan.recommendations.flatMap((recommendation) =>
      recommendation.actions.map((action: ActionView) => [
        caseA,
        'Rapid review',
        recommendation.number,
        recommendation.type === 'multi-agency' ? 'Multi-agency' : 'Single-agency',
        recommendation.text,
        recommendation.systemicFactor,
        action.what,
        action.agency,
        action.responsiblePerson,
        asDate(action.dueOn),
        action.intendedOutcome,
        { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Complete', 'no-longer-needed': 'No longer needed' }[action.status],
        action.overdue ? 'Yes' : 'No',
        asDate(action.completedOn),
        action.evidence === '' ? undefined : action.evidence,
        action.evidenceFiles.length === 0 ? undefined : action.evidenceFiles.map((each) => each.name).join('; '),
        asDate(action.evidenceAcceptedOn),
        action.uid,
      ]),
    );
    expect(expected).toHaveLength(5);
    // exceljs reads a blank cell in the middle of a row as undefined, and drops none at the end here (the uid is last).
    expect(actionRows(workbook)).toEqual(expected);
    const byWhat = new Map(actionRows(workbook).map((row) => [row[6], row]));
    expect(byWhat.get(WHAT.a1)![12]).toBe('Yes');
    expect(byWhat.get(WHAT.a3)!.slice(11, 13)).toEqual(['Complete', 'No']);
    expect(byWhat.get(WHAT.a3)![16]).toEqual(asDate(daysFromToday(-3)));
    expect(exportEvents(store.officer).at(-1)!.details).toEqual({ caseId: caseAId, format: 'xlsx', scope: 'case', actions: 5 });
  });

  it('may be exported by the Independent Scrutineer, who reads every case but changes none', async () => {
    const file = await exportCaseAssurance(scrutineer, caseB, 'pdf');
    const { text } = pdfTextOf(file);
    expect(text).toContain(WHAT.b1);
    expect(text).toMatch(/All agencies 2 0 0 1 1 0/);
    expect(exportEvents(store.officer).at(-1)!.details).toMatchObject({ format: 'pdf', scope: 'case', actions: 2 });
  });

  it('is refused to those who read the case only through an assignment to it, and to an administrator, the refusal recorded', async () => {
    const before = exportEvents(store.officer).length;
    const refusals = () => (store.officer.store.db.prepare(`SELECT count(*) AS n FROM audit_events WHERE action = 'access.refused'`).get() as { n: number }).n;
    const refusedBefore = refusals();
    for (const session of [reviewerOfA, policeOnA, store.admin]) {
      const refusal = await asyncRefusalOf(() => exportCaseAssurance(session, caseA, 'pdf'));
      expect(refusal.code).toBe('NOT_ALLOWED');
      expect(refusal.message).toContain('export this case’s action plan assurance report');
    }
    expect(exportEvents(store.officer)).toHaveLength(before);
    expect(refusals()).toBe(refusedBefore + 3);
  });

  it('names an unknown case rather than making an empty report', async () => {
    const refusal = await asyncRefusalOf(() => exportCaseAssurance(store.officer, 'PRM-1999-999', 'pdf'));
    expect(refusal.code).toBe('NOT_FOUND');
  });
});

describe('an agency’s assurance report', () => {
  it('as a PDF: the agency’s totals first, then its actions grouped by case, audited against the agency', async () => {
    const police = knownAgencies(store.officer.store.db).find((agency) => agency.name === POLICE)!;
    const file = await exportAgencyAssurance(store.officer, 'greater manchester police', 'pdf');
    expect(file.fileName).toBe('greater-manchester-police-action-plan-assurance.pdf');
    const { pages, text } = pdfTextOf(file);
    expect(flat(pages[0]!)).toContain(`Every action ${POLICE} owns, across 2 reviews: 3 actions.`);
    expect(text).toMatch(/All reviews 3 0 0 2 1 0/);
    expect(text).toMatch(new RegExp(`${caseA} 2 0 0 1 1 0`));
    expect(text).toMatch(new RegExp(`${caseB} 1 0 0 1 0 0`));
    expect(text.indexOf(`${caseA} – Rapid review`)).toBeGreaterThan(-1);
    expect(text.indexOf(`${caseA} – Rapid review`)).toBeLessThan(text.indexOf(`${caseB} – Rapid review`));
    for (const key of ['a1', 'a2', 'b1'] as const) expect(text).toContain(WHAT[key]);
    for (const key of ['a3', 'a4', 'a5', 'b2'] as const) expect(text).not.toContain(WHAT[key]);
    expect(text).toContain('Recommendation 1 – Multi-agency');
    expect(text).toContain('Recommendation 1 – Partnership-wide');
    expect(text).not.toContain('Recommendation 2 – Single-agency');
    expect(exportEvents(store.officer).at(-1)).toEqual({ recordType: 'organisation', recordId: String(police.id), details: { organisationId: police.id, format: 'pdf', scope: 'agency', cases: 2, actions: 3 } });
  });

  it('as a workbook: a row per action the agency owns, each with its case', async () => {
    const file = await exportAgencyAssurance(store.officer, POLICE, 'xlsx');
    expect(file.fileName).toBe('greater-manchester-police-action-plan-assurance.xlsx');
    const workbook = await sheetsOf(file);
    expect(summaryRow(workbook, 0)[0]).toBe('Case');
    expect(summaryRow(workbook, 1)).toEqual(['All reviews', 3, 0, 0, 2, 1, 0]);
    expect(summaryRow(workbook, 2)).toEqual([caseA, 2, 0, 0, 1, 1, 0]);
    const rows = actionRows(workbook);
    expect(rows.map((row) => [row[0], row[6], row[7], row[12]])).toEqual([
      [caseA, WHAT.a1, POLICE, 'Yes'],
      [caseA, WHAT.a2, POLICE, 'No'],
      [caseB, WHAT.b1, POLICE, 'Yes'],
    ]);
    expect(rows[2]![9]).toEqual(asDate('2021-03-31'));
  });

  it('shows someone assigned for an agency only their own case’s actions, and refuses them another agency', async () => {
    const workbook = await sheetsOf(await exportAgencyAssurance(policeOnA, POLICE, 'xlsx'));
    expect(actionRows(workbook).map((row) => row[6])).toEqual([WHAT.a1, WHAT.a2]);
    expect(summaryRow(workbook, 1)).toEqual(['All reviews', 2, 0, 0, 1, 1, 0]);
    const before = exportEvents(store.officer).length;
    expect((await asyncRefusalOf(() => exportAgencyAssurance(policeOnA, HEALTH, 'pdf'))).code).toBe('NOT_ALLOWED');
    expect((await asyncRefusalOf(() => exportAgencyAssurance(store.admin, POLICE, 'pdf'))).code).toBe('NOT_ALLOWED');
    expect(exportEvents(store.officer)).toHaveLength(before);
  });

  it('says so for an agency with no actions, and refuses an agency not on the list or none at all', async () => {
    const { text } = pdfTextOf(await exportAgencyAssurance(store.officer, 'Youth Justice', 'pdf'));
    expect(text).toContain('Youth Justice owns no actions in any review.');
    expect(text).toMatch(/All reviews 0 0 0 0 0 0/);
    expect((await asyncRefusalOf(() => exportAgencyAssurance(store.officer, 'Ministry of Invented Things', 'pdf'))).code).toBe('INVALID_INPUT');
    expect((await asyncRefusalOf(() => exportAgencyAssurance(store.officer, '  ', 'xlsx'))).problems).toEqual([{ path: 'agency', message: 'Choose the agency' }]);
  });
});
