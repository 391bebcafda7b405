import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresView, summaryRows, type FiguresView } from '../../../shared/figures/figures.ts';
import { computeFigures, readFigures } from '../../../main/figures/compute-figures.ts';
import { count, makeEvidenceStore, refusalOf, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { HAND_WORKED, PERIOD, seedFigureCases, TODAY, type SeededCases } from './figures-fixture.ts';
import { documentedNames, documentedTableKeys } from './reference-page.ts';

let store: EvidenceStore;
let cases: SeededCases;
let view: FiguresView;

beforeAll(async () => {
  store = await makeEvidenceStore();
  cases = seedFigureCases(store.officer);
  view = figuresView.parse(computeFigures(store.officer.store.db, PERIOD, TODAY));
});
afterAll(() => store.cleanup());

function values(figures: FiguresView): Map<string, number | null> {
  return new Map(summaryRows(figures).map((cell) => [cell.name, cell.value]));
}

describe('the annual figures of a seeded set of cases', () => {
  it('seeds the cases through the real services', () => {
    expect(Object.keys(cases)).toHaveLength(15);
    expect(count(store.officer, 'cases')).toBe(15);
    expect(count(store.officer, 'plan_actions')).toBe(9);
    expect(count(store.officer, 'learning_events')).toBe(6);
  });

  it('gives every hand-worked number, and nothing else', () => {
    const computed = values(view);
    expect(Object.fromEntries(computed)).toEqual(HAND_WORKED);
  });

  it('counts a clock missed even after its stage is done, and one met on its due date', () => {
    const computed = values(view);
    // A's lead reviewer was appointed three days late: the stage is done, the deadline still missed.
    expect(computed.get('timeliness.lead_reviewer.missed')).toBe(1);
    // E's screening was decided on its due date.
    expect(computed.get('timeliness.screening.met')).toBe(8);
  });

  it('gives the same numbers to the signed-in officer on any later day', () => {
    const today = readFigures(store.officer, PERIOD);
    expect(today.today > TODAY).toBe(true);
    expect(Object.fromEntries(values(today))).toEqual(HAND_WORKED);
  });

  it('gives each table a title, a description naming its date rule, and a cell for every column of every row', () => {
    for (const table of view.tables) {
      expect(table.title).not.toBe('');
      expect(table.description).toMatch(/counted by|in the period/);
      for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
    }
    expect(view.tables.find((table) => table.key === 'timeliness')).toMatchObject({ section: 'how-well', chart: 'stacked-bar' });
    expect(new Set(view.tables.map((table) => table.section))).toEqual(new Set(['how-much', 'how-well', 'difference-made']));
    expect(view).toMatchObject({ from: PERIOD.from, to: PERIOD.to, today: TODAY });
  });

  it('counts nothing in a period before anything happened, but still lists every fixed row', () => {
    const empty = values(computeFigures(store.officer.store.db, { from: '2019-04-01', to: '2020-03-31' }, TODAY));
    expect(empty.get('referrals.total')).toBe(0);
    expect(empty.get('referrals.by_kind.good_outcome_review')).toBe(0);
    expect(empty.get('timeliness.screening.missed')).toBe(0);
    expect(empty.get('timeliness.screening.median_days')).toBeNull();
    expect([...empty.keys()].some((name) => name.startsWith('referrals.by_agency.'))).toBe(false);
    // A retired theme with nothing tagged in the period is left out; one in use stays.
    expect(empty.has('referrals.by_theme.fathers_and_other_men')).toBe(false);
    expect(empty.get('referrals.by_theme.information_sharing')).toBe(0);
  });

  it('counts one day as a period, both ends included', () => {
    const day = values(computeFigures(store.officer.store.db, { from: '2026-03-31', to: '2026-03-31' }, TODAY));
    // C was referred that day; D's referral clock and N's papers were due that day.
    expect(day.get('referrals.total')).toBe(1);
    expect(day.get('timeliness.referral.missed')).toBe(1);
    expect(day.get('timeliness.papers.met')).toBe(1);
    // A's action due that day, done that day with its evidence accepted.
    expect(day.get('actions.completed_with_evidence')).toBe(1);
  });

  it('refuses a period that ends before it starts, and someone without the figures permission', async () => {
    const backwards = refusalOf(() => readFigures(store.officer, { from: '2026-03-31', to: '2025-04-01' }));
    expect(backwards.code).toBe('INVALID_INPUT');
    expect(backwards.problems).toEqual([{ path: 'to', message: 'Enter a last day on or after the first day' }]);
    const reviewer = await store.signIn('Hollis Reviewer', 'lead-reviewer', cases.A);
    const refused = refusalOf(() => readFigures(reviewer, PERIOD));
    expect(refused.code).toBe('NOT_ALLOWED');
    expect(refused.message).toMatch(/see the annual figures/);
  });
});

describe('the reference page of figure names (docs/figures.md)', () => {
  const page = fs.readFileSync(new URL('../../../docs/figures.md', import.meta.url), 'utf8');

  it('documents every name computed, and each name is computed once', () => {
    const names = summaryRows(view).map((cell) => cell.name);
    expect(new Set(names).size).toBe(names.length);
    const { patterns } = documentedNames(page);
    const undocumented = names.filter((name) => !patterns.some((pattern) => pattern.test(name)));
    expect(undocumented).toEqual([]);
  });

  it('lists no fixed name that is not computed', () => {
    const names = new Set(summaryRows(view).map((cell) => cell.name));
    const { fixed } = documentedNames(page);
    expect(fixed.length).toBeGreaterThan(100);
    expect(fixed.filter((name) => !names.has(name))).toEqual([]);
  });

  it('lists the tables in the order they are shown', () => {
    expect(documentedTableKeys(page)).toEqual(view.tables.map((table) => table.key));
    expect(new Set(view.tables.map((table) => table.key)).size).toBe(view.tables.length);
  });
});
