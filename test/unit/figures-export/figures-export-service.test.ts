/**
 * exportFigures on a real store: the Business Unit's workbook holds the numbers the screen's call
 * returns, named for its period; the Independent Scrutineer's PDF carries the partnership's name
 * from the letterhead; each export is in the audit chain with its period and format only; and
 * someone without figures.read, or a period that ends before it starts, is refused with nothing
 * recorded as exported.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryRows } from '../../../shared/figures/figures.ts';
import { saveLetterhead } from '../../../main/evidence/letterhead.ts';
import { readFigures } from '../../../main/figures/compute-figures.ts';
import { exportFigures, FIGURES_EXPORTED } from '../../../main/figures/figures-export.ts';
import type { Session } from '../../../main/security/session.ts';
import { asyncRefusalOf, auditDetails, letterhead, makeEvidenceStore, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { pdfInfo, pdfText } from '../exports/pdf-text.ts';
import { readSummary } from './read-figures-workbook.ts';

const YEAR = { from: '2025-04-01', to: '2026-03-31' };

let store: EvidenceStore;
let scrutineer: Session;
let panelMember: Session;

beforeAll(async () => {
  store = await makeEvidenceStore();
  saveLetterhead(store.admin, letterhead());
  scrutineer = await store.signIn('Idris Scrutineer', 'scrutineer');
  panelMember = await store.signIn('Noor Panel', 'screening-panel');
}, 120_000);
afterAll(() => store.cleanup());

const bytesOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');

describe('exportFigures', () => {
  it('gives the Business Unit a workbook named for the period, with the screen’s numbers in its Summary sheet', async () => {
    const file = await exportFigures(store.officer, YEAR, 'xlsx');
    expect(file.fileName).toBe('annual-figures-2025-04-01-to-2026-03-31.xlsx');
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytesOf(file) as unknown as ArrayBuffer);
    const screen = summaryRows(readFigures(store.officer, YEAR));
    expect(screen.length).toBeGreaterThan(0);
    expect(readSummary(workbook)).toEqual(screen);
    expect(auditDetails(store.officer, FIGURES_EXPORTED).at(-1)).toEqual({ from: '2025-04-01', to: '2026-03-31', format: 'xlsx' });
  });

  it('gives the Independent Scrutineer the annual report as a PDF under the partnership’s name', async () => {
    const file = await exportFigures(scrutineer, { from: '2025-04-01', to: '2025-09-30' }, 'pdf');
    expect(file.fileName).toBe('annual-figures-2025-04-01-to-2025-09-30.pdf');
    expect(file.mediaType).toBe('application/pdf');
    const bytes = new Uint8Array(bytesOf(file));
    expect(pdfInfo(bytes)).toMatchObject({ Title: 'Annual figures 1 April 2025 to 30 September 2025', Author: 'Northam Safeguarding Children Partnership' });
    const text = pdfText(bytes);
    expect(text).toContain('Northam Safeguarding Children Partnership');
    expect(text).toContain('How much did we do?');
    // The letterhead's signatory is a person: the annual figures name nobody.
    expect(text).not.toContain('Żelazna');
    expect(auditDetails(scrutineer, FIGURES_EXPORTED).at(-1)).toEqual({ from: '2025-04-01', to: '2025-09-30', format: 'pdf' });
  });

  it('refuses someone whose role does not include the figures, recording the refusal and no export', async () => {
    const before = auditDetails(store.officer, FIGURES_EXPORTED).length;
    const refusal = await asyncRefusalOf(() => exportFigures(panelMember, YEAR, 'xlsx'));
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(refusal.message).toBe('You are not allowed to export the annual figures. Ask an administrator if your role should include it.');
    expect(auditDetails(store.officer, 'access.refused').at(-1)).toMatchObject({ permission: 'figures.read', attempted: 'export the annual figures' });
    expect(auditDetails(store.officer, FIGURES_EXPORTED)).toHaveLength(before);
  });

  it('refuses a period whose last day is before its first, naming the last day', async () => {
    const before = auditDetails(store.officer, FIGURES_EXPORTED).length;
    const refusal = await asyncRefusalOf(() => exportFigures(store.officer, { from: '2026-03-31', to: '2025-04-01' }, 'pdf'));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems).toEqual([{ path: 'to', message: 'Enter a last day on or after the first day' }]);
    expect(auditDetails(store.officer, FIGURES_EXPORTED)).toHaveLength(before);
  });
});
