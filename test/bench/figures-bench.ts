/**
 * The annual figures over ten years of synthetic data (figures-seed.ts) in a real SQLCipher
 * store: the time to compute one financial year's figures and the whole decade's, and to render
 * one year's workbook and annual-report PDF. The store is locked after seeding and unlocked
 * afresh, so the first computation reads its pages from the encrypted file (reported apart);
 * every figure is the median of its runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { summaryRows, type FiguresPeriod, type FiguresView } from '../../shared/figures/figures.ts';
import { computeFigures } from '../../main/figures/compute-figures.ts';
import { figuresPdf } from '../../main/exports/pdf/figures-pdf.ts';
import { figuresWorkbook } from '../../main/exports/xlsx/figures-workbook.ts';
import { initialiseStore } from '../../main/security/initialise-store.ts';
import { unlock } from '../../main/security/unlock.ts';
import { DECADE, seedDecade, type SeededDecade } from './figures-seed.ts';

const ADMINISTRATOR = 'Bench Administrator';
const PASSPHRASE = 'copper lantern meadow harbour';
/** The year the figures are asked for: the last full year of the decade. */
export const BENCH_YEAR: FiguresPeriod = { from: '2025-04-01', to: '2026-03-31' };
const TODAY = '2026-04-15';

export interface FiguresTimes {
  readonly seeded: SeededDecade;
  readonly seedMs: number;
  readonly storeMiB: number;
  readonly firstYearMs: number;
  readonly yearMs: readonly number[];
  readonly decadeMs: readonly number[];
  /** Null while the workbook or the PDF cannot be made yet. */
  readonly renderMs: readonly number[] | null;
  readonly renderProblem: string | null;
  readonly year: FiguresView;
  readonly decade: FiguresView;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

export function figureValue(view: FiguresView, name: string): number | null {
  const cell = summaryRows(view).find((candidate) => candidate.name === name);
  if (cell === undefined) throw new Error(`The figures have no ${name}.`);
  return cell.value;
}

async function renderTimes(view: FiguresView, runs: number): Promise<{ times: number[] | null; problem: string | null }> {
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      const workbook = await figuresWorkbook(view);
      const pdf = await figuresPdf(view, { partnershipName: 'Northam Safeguarding Children Partnership' });
      times.push(performance.now() - start);
      if (workbook.length === 0 || pdf.length === 0) return { times: null, problem: 'the workbook or the PDF came out empty' };
    }
  } catch (error) {
    return { times: null, problem: error instanceof Error ? error.message : String(error) };
  }
  return { times, problem: null };
}

export async function measureFigures(runs = 7): Promise<FiguresTimes> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-bench-figures-'));
  const previousCheckpointDir = process.env.PRM_CHECKPOINT_DIR;
  // Checkpoints go to the temporary folder, never to the real application-data folder.
  process.env.PRM_CHECKPOINT_DIR = path.join(root, 'checkpoints');
  try {
    const folder = path.join(root, 'store');
    const { session: first } = await initialiseStore(folder, ADMINISTRATOR, PASSPHRASE);
    const seeding = timed(() => seedDecade(first));
    first.lock();
    const storeMiB = fs.readdirSync(folder).reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0) / (1024 * 1024);
    const session = await unlock(folder, ADMINISTRATOR, PASSPHRASE);
    try {
      const db = session.store.db;
      const cold = timed(() => computeFigures(db, BENCH_YEAR, TODAY));
      const yearMs: number[] = [];
      let year = cold.value;
      for (let run = 0; run < runs; run += 1) {
        const warm = timed(() => computeFigures(db, BENCH_YEAR, TODAY));
        yearMs.push(warm.ms);
        year = warm.value;
      }
      const decadeMs: number[] = [];
      let decade = year;
      for (let run = 0; run < Math.max(5, Math.ceil(runs / 2)); run += 1) {
        const whole = timed(() => computeFigures(db, DECADE, TODAY));
        decadeMs.push(whole.ms);
        decade = whole.value;
      }
      const render = await renderTimes(year, 5);
      return { seeded: seeding.value, seedMs: seeding.ms, storeMiB, firstYearMs: cold.ms, yearMs, decadeMs, renderMs: render.times, renderProblem: render.problem, year, decade };
    } finally {
      session.lock();
    }
  } finally {
    if (previousCheckpointDir === undefined) delete process.env.PRM_CHECKPOINT_DIR;
    else process.env.PRM_CHECKPOINT_DIR = previousCheckpointDir;
    fs.rmSync(root, { recursive: true, force: true });
  }
}
