/**
 * The assurance report's layouts on hand-made plans: the counts add up, the PDF prints every
 * action with its state and the totals, keeps each recommendation with its first action, and is
 * marked, numbered and free of people in its properties; the workbook holds a Summary and an
 * Actions sheet with a row per action, real dates, frozen headers and filters.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assuranceTotals } from '../../../main/actions/assurance-totals.ts';
import { assurancePdf } from '../../../main/exports/pdf/assurance-pdf.ts';
import { ACTIONS_HEADERS, ACTIONS_SHEET, ASSURANCE_HEADER_ROW, assuranceWorkbook, SUMMARY_SHEET } from '../../../main/exports/xlsx/assurance-workbook.ts';
import { expectMarkedOnEveryPage, expectOnlyLiberationSansEmbedded, expectProperties } from '../exports/pdf-checks.ts';
import { pdfInfo, pdfPageTexts } from '../exports/pdf-text.ts';
import { agencyInput, caseInput, EDUCATION, HEALTH, POLICE, sampleAction } from './assurance-samples.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');
const PARTNERSHIP = 'Northam Safeguarding Children Partnership';
const PEOPLE = ['Zoë Łukasiewicz', 'Siân Ó Briain', 'Ngozi Adébáyọ̀', 'Ffion Hughes'];

describe('the assurance totals', () => {
  it('puts every action in one of complete, no longer needed, overdue and not yet due', () => {
    const totals = assuranceTotals([
      sampleAction({ status: 'complete', completedOn: '2026-01-01', evidenceAcceptedOn: '2026-01-05' }),
      sampleAction({ status: 'complete', completedOn: '2026-01-01' }),
      sampleAction({ status: 'in-progress', overdue: true }),
      sampleAction({ status: 'not-started', overdue: true }),
      sampleAction({ status: 'in-progress' }),
      sampleAction({ status: 'no-longer-needed' }),
    ]);
    expect(totals).toEqual({ actions: 6, complete: 2, completeWithEvidenceAccepted: 1, overdue: 2, notYetDue: 1, noLongerNeeded: 1 });
    expect(totals.complete + totals.noLongerNeeded + totals.overdue + totals.notYetDue).toBe(totals.actions);
  });
});

describe('the assurance PDF for a case', () => {
  const input = caseInput();
  let bytes: Uint8Array;
  let pages: string[];
  let text: string;

  beforeAll(async () => {
    bytes = await assurancePdf(input);
    pages = pdfPageTexts(bytes);
    text = flat(pages.join(' '));
  });

  it('is A4 landscape and opens with the case, its kind, the day it was counted and the totals', () => {
    expect(pdfInfo(bytes)['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
    const first = flat(pages[0]!);
    expect(first).toContain(PARTNERSHIP);
    expect(first).toContain('Action plan assurance report: PRM-2025-014');
    expect(first).toContain('Case PRM-2025-014, Rapid review: 3 recommendations and 5 actions.');
    expect(first).toContain('Counted on 10 March 2026.');
    // The totals row, then each agency's: actions, complete, with evidence accepted, overdue, not yet due, no longer needed.
    expect(first).toMatch(/All agencies 5 2 1 1 1 1/);
    expect(first).toMatch(new RegExp(`${HEALTH} 3 1 1 0 1 1`));
    expect(first).toMatch(new RegExp(`${POLICE} 1 0 0 1 0 0`));
    expect(first).toMatch(new RegExp(`${EDUCATION} 1 1 0 0 0 0`));
  });

  it('prints every recommendation and every action with its owner, status, evidence and files', () => {
    for (const recommendation of input.cases[0]!.recommendations) {
      expect(text).toContain(recommendation.text);
      expect(text).toContain(`Systemic factor it addresses: ${recommendation.systemicFactor}`);
      for (const action of recommendation.actions) {
        expect(text).toContain(action.what);
        expect(text).toContain(action.responsiblePerson);
      }
    }
    expect(text).toContain('Recommendation 1 – Multi-agency');
    expect(text).toContain('Recommendation 3 – National');
    expect(text).toContain('No actions have been agreed for this recommendation yet.');
    expect(text).toMatch(/Overdue In progress/);
    // Status and date are two lines of one cell, which pdftotext may read apart.
    expect(text).toContain('on 20 Feb 2026');
    expect(text).toContain('Files: Audit of strategy discussions.xlsx; Briefing note – Łódź visit.pdf');
    expect(text).toContain('1 Mar 2026');
    expect(text).toContain('No longer needed');
  });

  it('is OFFICIAL-SENSITIVE, numbered and in Liberation Sans on every page, with no person in its properties', async () => {
    expect(pages.length).toBeGreaterThan(1);
    expectMarkedOnEveryPage(bytes);
    expectOnlyLiberationSansEmbedded(bytes);
    await expectProperties(bytes, 'Action plan assurance report – PRM-2025-014', PARTNERSHIP, PEOPLE);
  });

  it('says so when the case has no recommendations yet', async () => {
    const empty = await assurancePdf(caseInput({ cases: [{ reference: 'PRM-2025-014', kindLabel: 'Rapid review', recommendations: [] }], breakdown: [], totals: assuranceTotals([]) }));
    const only = flat(pdfPageTexts(empty).join(' '));
    expect(only).toContain('No recommendations have been recorded for this case yet.');
    expect(only).toMatch(/All agencies 0 0 0 0 0 0/);
  });
});

describe('the assurance PDF for an agency', () => {
  const input = agencyInput(30);
  let pages: string[];

  beforeAll(async () => {
    pages = pdfPageTexts(await assurancePdf(input));
  });

  it('gives the agency’s totals first, then a row per case', () => {
    const first = flat(pages[0]!);
    expect(first).toContain(`Every action ${POLICE} owns, across 2 reviews: 31 actions.`);
    expect(first).toMatch(/All reviews 31 0 0 9 22 0/);
    expect(first).toMatch(/PRM-2025-014 1 0 0 1 0 0/);
    expect(first).toMatch(/PRM-2025-031 30 0 0 8 22 0/);
  });

  it('groups the actions by case, and keeps each case and recommendation heading on the page of its first action', () => {
    const text = flat(pages.join(' '));
    expect(text.indexOf('PRM-2025-014 – Rapid review')).toBeLessThan(text.indexOf('PRM-2025-031 – Local child safeguarding practice review'));
    const second = pages.findIndex((page) => flat(page).includes('PRM-2025-031 – Local child safeguarding practice review'));
    expect(flat(pages[second]!)).toContain('Recommendation 1 – Partnership-wide');
    expect(flat(pages[second]!)).toContain('Police action 1 on escalation');
    for (let index = 1; index <= 30; index += 1) expect(text).toContain(`Police action ${index} on escalation`);
    // The table's header is repeated on every page the table reaches.
    for (const page of pages.slice(second + 1)) expect(flat(page)).toContain('Intended outcome: what will change');
  });
});

describe('the assurance workbook', () => {
  const input = caseInput();
  const actions = input.cases[0]!.recommendations.flatMap((recommendation) => recommendation.actions);
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await assuranceWorkbook(input)) as unknown as ArrayBuffer);
  });

  it('has a Summary sheet and an Actions sheet, each with a frozen, filtered header under the marking', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([SUMMARY_SHEET, ACTIONS_SHEET]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A4').value).toBe('OFFICIAL-SENSITIVE');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: ASSURANCE_HEADER_ROW });
      expect(sheet.getRow(ASSURANCE_HEADER_ROW).getCell(1).font?.bold).toBe(true);
      expect(sheet.headerFooter.oddHeader).toContain('OFFICIAL-SENSITIVE');
    }
    expect(workbook.getWorksheet(ACTIONS_SHEET)!.getColumn('G').width).toBe(45);
    expect(workbook.getWorksheet(SUMMARY_SHEET)!.getColumn('A').width).toBe(40);
    expect(workbook.getWorksheet(ACTIONS_SHEET)!.autoFilter).toBe(`A${ASSURANCE_HEADER_ROW}:R${ASSURANCE_HEADER_ROW}`);
    expect(workbook.getWorksheet(SUMMARY_SHEET)!.autoFilter).toBe(`A${ASSURANCE_HEADER_ROW}:G${ASSURANCE_HEADER_ROW}`);
  });

  it('sums up the case, then each agency', () => {
    const sheet = workbook.getWorksheet(SUMMARY_SHEET)!;
    expect(sheet.getCell('A1').value).toBe('Action plan assurance report – PRM-2025-014');
    expect((sheet.getRow(ASSURANCE_HEADER_ROW).values as unknown[]).slice(1)).toEqual(['Agency', 'Actions', 'Complete', 'Complete with evidence accepted', 'Overdue', 'Not yet due', 'No longer needed']);
    const rows = [1, 2, 3, 4].map((offset) => (sheet.getRow(ASSURANCE_HEADER_ROW + offset).values as unknown[]).slice(1));
    expect(rows).toEqual([
      ['All agencies', 5, 2, 1, 1, 1, 1],
      [EDUCATION, 1, 1, 0, 0, 0, 0],
      [POLICE, 1, 0, 0, 1, 0, 0],
      [HEALTH, 3, 1, 1, 0, 1, 1],
    ]);
  });

  it('has a row per action with every field, its dates as dates and whether it is overdue', () => {
    const sheet = workbook.getWorksheet(ACTIONS_SHEET)!;
    expect((sheet.getRow(ASSURANCE_HEADER_ROW).values as unknown[]).slice(1)).toEqual([...ACTIONS_HEADERS]);
    const body = actions.map((_, index) => (sheet.getRow(ASSURANCE_HEADER_ROW + 1 + index).values as unknown[]).slice(1));
    expect(sheet.rowCount).toBe(ASSURANCE_HEADER_ROW + actions.length);
    expect(body.map((row) => row[6])).toEqual(actions.map((action) => action.what));
    expect(body.map((row) => row[17])).toEqual(actions.map((action) => action.uid));
    expect(body[0]!.slice(0, 13)).toEqual([
      'PRM-2025-014',
      'Rapid review',
      1,
      'Multi-agency',
      input.cases[0]!.recommendations[0]!.text,
      input.cases[0]!.recommendations[0]!.systemicFactor,
      actions[0]!.what,
      POLICE,
      'Detective Inspector Zoë Łukasiewicz',
      new Date(Date.UTC(2026, 0, 31)),
      actions[0]!.intendedOutcome,
      'In progress',
      'Yes',
    ]);
    expect(body[1]!.slice(11, 17)).toEqual(['Complete', 'No', new Date(Date.UTC(2026, 1, 20)), actions[1]!.evidence, 'Audit of strategy discussions.xlsx; Briefing note – Łódź visit.pdf', new Date(Date.UTC(2026, 2, 1))]);
    expect(body[3]!.slice(11, 13)).toEqual(['No longer needed', 'No']);
    expect(sheet.getCell(`J${ASSURANCE_HEADER_ROW + 1}`).numFmt).toBe('dd/mm/yyyy');
  });

  it('names no person in its properties', () => {
    const properties = JSON.stringify({ creator: workbook.creator, lastModifiedBy: workbook.lastModifiedBy, title: workbook.title, subject: workbook.subject, company: workbook.company, manager: workbook.manager, keywords: workbook.keywords, description: workbook.description });
    expect(workbook.creator).toBe('Practice Review Manager');
    expect(workbook.title).toBe('Action plan assurance report – PRM-2025-014');
    for (const name of PEOPLE) for (const part of name.split(/\s+/)) expect(properties).not.toContain(part);
  });
});
