/**
 * The annual figures screen: every chart passes axe and has its table with the same labels and
 * numbers, the period changes by keyboard (a financial year, then other dates with a mistake
 * put right), and the workbook and the annual report download.
 */
import fs from 'node:fs';
import { financialYearName } from '../../shared/figures/figures.ts';
import { periodWords } from '../../renderer/figures/figure-words.ts';
import { OFFICER } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { arrangeFiguresStore } from './support/figures-arrange.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { press, selectByKeyboard, tabTo, typeDate } from './support/keyboard.ts';
import { signIn } from './support/sign-in.ts';
import { addCalendarDays } from '../../shared/working-days.ts';

interface ChartAndTable {
  readonly figure: string;
  readonly chart: { readonly rows: string[][]; readonly bars: string[][]; readonly columns: string[] };
  readonly table: { readonly rows: string[][]; readonly bars: string[][]; readonly columns: string[] };
}

/** What each chart draws and writes, beside what its table holds. */
async function chartsAndTables(page: Page): Promise<ChartAndTable[]> {
  return page.locator('figure[data-testid="figure-chart"]').evaluateAll((figures) =>
    figures.map((figure) => {
      const text = (element: Element) => (element.textContent ?? '').trim();
      const chartRows = [...figure.querySelectorAll('svg .prm-chart__row')];
      const tableRows = [...figure.querySelectorAll('table tbody tr')];
      const stackedLabels = [...(chartRows[0]?.querySelectorAll('.prm-chart__value-label') ?? [])].map(text);
      return {
        figure: (figure as HTMLElement).dataset.figure ?? '',
        chart: {
          rows: chartRows.map((row) => [[...row.querySelectorAll('.prm-chart__label tspan')].map(text).join(' '), ...[...row.querySelectorAll('.prm-chart__value')].map(text)]),
          bars: chartRows.map((row) => [...row.querySelectorAll('rect.prm-chart__bar')].map((bar) => (bar as SVGElement).dataset.value ?? '')),
          columns: stackedLabels.length === 0 ? ['Number'] : stackedLabels,
        },
        table: {
          rows: tableRows.map((row) => [...row.children].map(text)),
          // Every number above nought has a bar; nought and "Not applicable" have none.
          bars: tableRows.map((row) => [...row.querySelectorAll('td')].map(text).filter((value) => /^[\d,.]+$/.test(value) && Number(value.replace(/,/g, '')) > 0)),
          columns: [...figure.querySelectorAll('table thead th')].slice(1).map(text),
        },
      };
    }),
  );
}

/** A figure's value in "All figures", from the row its name heads (as the action plan's journey reads it). */
const figureValue = (page: Page, name: string) =>
  page.getByTestId('all-figures').getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');

test('the Business Unit reads the annual figures as charts and tables, changes the period by keyboard and downloads them', async ({ page, preview }) => {
  const { today, thisYear, lastYear } = await arrangeFiguresStore(preview);

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await press(page, page.getByTestId('service-menu').getByRole('button', { name: 'Annual figures' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Annual figures' })).toBeFocused();
  const shown = page.getByTestId('figures-period-shown');
  await expect(shown).toHaveText(`Figures for ${periodWords(thisYear)}.`);
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue(thisYear.from);
  await expect(figureValue(page, 'referrals.total')).toHaveText('2');
  await checkScreen(page, 'figures-1-this-year');

  // Each chart is an image with a name and a description, and its table holds what it draws.
  const charts = page.getByTestId('figure-chart-svg');
  const chartCount = await charts.count();
  expect(chartCount).toBeGreaterThan(3);
  await expect(page.getByTestId('figure-chart-table')).toHaveCount(chartCount);
  for (let index = 0; index < chartCount; index += 1) {
    await expect(charts.nth(index)).toHaveAccessibleName(/: chart$/);
    await expect(charts.nth(index)).toHaveAccessibleDescription(/The table after the chart gives the same numbers\.$/);
  }
  const compared = await chartsAndTables(page);
  expect(compared).toHaveLength(chartCount);
  for (const { figure, chart, table } of compared) {
    expect(chart.rows, `${figure}: labels and numbers`).toEqual(table.rows);
    expect(chart.bars, `${figure}: bars`).toEqual(table.bars);
    expect(chart.columns, `${figure}: columns`).toEqual(table.columns);
  }
  expect(compared.some(({ chart }) => chart.columns.length > 1), 'a stacked bar chart among them').toBe(true);

  // Last financial year, chosen by keyboard: its one referral.
  await selectByKeyboard(page, page.getByLabel('Period', { exact: true }), `${financialYearName(lastYear.from)} financial year`);
  await expect(shown).toHaveText(`Figures for ${periodWords(thisYear)}.`);
  await press(page, page.getByRole('button', { name: 'Show the figures' }));
  await expect(shown).toHaveText(`Figures for ${periodWords(lastYear)}.`);
  await expect(figureValue(page, 'referrals.total')).toHaveText('1');

  // Other dates: a last day before the first is refused with the shared schema's words, then put right.
  // Back up the page to the choice, rather than round every table after it.
  await tabTo(page, page.getByLabel('Period', { exact: true }), 'back');
  await selectByKeyboard(page, page.getByLabel('Period', { exact: true }), 'Other dates');
  const lastDay = page.getByRole('group', { name: 'Last day' });
  await typeDate(page, lastDay, addCalendarDays(lastYear.from, -1));
  await press(page, page.getByRole('button', { name: 'Show the figures' }));
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('error-summary')).toContainText('Enter a last day on or after the first day');
  await typeDate(page, lastDay, today);
  await press(page, page.getByRole('button', { name: 'Show the figures' }));
  await expect(shown).toHaveText(`Figures for ${periodWords({ from: lastYear.from, to: today })}.`);
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  await expect(figureValue(page, 'referrals.total')).toHaveText('3');

  // The same figures as a workbook and as the annual report.
  for (const [button, start] of [
    ['Download the workbook (.xlsx)', 'PK'],
    ['Download the annual report (PDF)', '%PDF'],
  ] as const) {
    const downloading = page.waitForEvent('download');
    await press(page, page.getByRole('button', { name: button }));
    const download = await downloading;
    expect(fs.readFileSync(await download.path()).subarray(0, start.length).toString('latin1'), button).toBe(start);
    await expect(page.getByTestId('figures-download-status')).toContainText(`${download.suggestedFilename()} has been downloaded`);
  }

  // A phone's width (or 400% zoom): the charts are laid out again and nothing is wider than the window.
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(charts.first()).toHaveAttribute('width', String(await page.locator('.prm-chart').first().evaluate((holder) => holder.clientWidth)));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
