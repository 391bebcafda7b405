/**
 * THE MUST-SHOW: the .xlsx re-opens with exceljs with the same numbers as the screen. The
 * figures are computed on the seeded set of cases whose numbers were worked out by hand, the
 * workbook is written and opened again, and its Summary sheet is the screen's list of figures
 * one for one (name and value, in order), each figure's sheet is the screen's table, and the
 * hand-worked numbers are the ones it holds.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryRows, type FiguresView } from '../../../shared/figures/figures.ts';
import { computeFigures } from '../../../main/figures/compute-figures.ts';
import { ABOUT_SHEET, figureSheetNames, figuresWorkbook, SUMMARY_SHEET } from '../../../main/exports/xlsx/figures-workbook.ts';
import { makeEvidenceStore, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { HAND_WORKED, PERIOD, seedFigureCases, TODAY } from '../figures/figures-fixture.ts';
import { readFigureSheet, readSummary, summaryValue } from './read-figures-workbook.ts';

let store: EvidenceStore;
let view: FiguresView;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  store = await makeEvidenceStore();
  seedFigureCases(store.officer);
  // What the screen shows: the same computation the figures.get call returns.
  view = computeFigures(store.officer.store.db, PERIOD, TODAY);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await figuresWorkbook(view)) as unknown as ArrayBuffer);
}, 180_000);
afterAll(() => store?.cleanup());

describe('the figures workbook on the seeded cases', () => {
  it('has the screen’s figures in its Summary sheet, one for one, name and value, in the screen’s order', () => {
    expect(workbook.worksheets[0]!.name).toBe(SUMMARY_SHEET);
    const screen = summaryRows(view);
    expect(screen.length).toBeGreaterThan(50);
    expect(readSummary(workbook)).toEqual(screen);
  });

  it('holds the numbers worked out by hand', () => {
    const names = Object.keys(HAND_WORKED);
    expect(names.length).toBeGreaterThan(10);
    expect(Object.fromEntries(names.map((name) => [name, summaryValue(workbook, name)]))).toEqual(HAND_WORKED);
  });

  it('has each figure’s table on its own sheet, in the screen’s order, with the same labels and numbers', () => {
    const names = figureSheetNames(view.tables);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([SUMMARY_SHEET, ...names, ABOUT_SHEET]);
    view.tables.forEach((table, index) => {
      expect(readFigureSheet(workbook.getWorksheet(names[index]!)!)).toEqual({
        headers: table.columns.map((column) => column.label),
        rows: table.rows.map((row) => ({ label: row.label, values: row.cells.map((cell) => cell.value) })),
      });
    });
  });
});
