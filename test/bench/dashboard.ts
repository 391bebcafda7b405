/**
 * The dashboard with 5,000 synthetic cases, in Debian's Chromium against the preview: the time
 * from the unlock call's answer to the case list painted, and the time a filter takes to show
 * its result. Each run signs in afresh in a new page; filters are changed the way a person
 * changes them (a select's change event, a checkbox's click) and timed inside the page up to
 * the second animation frame after the change, when the new rows have been painted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { addDemoCases } from '../../main/reviews/demo-cases.ts';
import { initialiseStore } from '../../main/security/initialise-store.ts';
import { createUser } from '../../main/security/user-admin.ts';
import { median } from './stats.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ADMINISTRATOR = 'Bench Administrator';
const OFFICER = 'Bench Officer';
const PASSPHRASE = 'copper lantern meadow harbour';
const PREVIEW_LINE = /^Preview: (http:\/\/127\.0\.0\.1:\d+)\/#token=([0-9A-Za-z_-]+)\s*$/m;

export interface DashboardTimes {
  readonly cases: number;
  readonly seedMs: number;
  readonly paintMs: readonly number[];
  readonly signInToPaintMs: readonly number[];
  readonly filterMs: readonly number[];
  readonly filterNames: readonly string[];
  readonly medianPaintMs: number;
  readonly medianFilterMs: number;
}

async function seedStore(folder: string, cases: number): Promise<number> {
  const { session } = await initialiseStore(folder, ADMINISTRATOR, PASSPHRASE);
  try {
    await createUser(session.store, null, { name: OFFICER, role: 'business-unit', organisation: 'Business Unit', passphrase: PASSPHRASE }, 'bench.user-added');
    const started = performance.now();
    addDemoCases(session, cases);
    return performance.now() - started;
  } finally {
    session.lock();
  }
}

function buildRenderer(): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The renderer did not build.');
}

async function startPreview(folder: string, env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/preview/cli.ts', '--port', '0', '--store', folder], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The preview did not start within 60 seconds.')), 60_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const found = PREVIEW_LINE.exec(stdout);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => reject(new Error(`The preview exited (code ${code}) before it was listening.`)));
  });
  return { url: `${match[1]}/#token=${match[2]}`, child };
}

/** Performance.now() in the page after two animation frames: the frame with the change has been painted. */
function afterPaint(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now())))));
}

async function signInAndTime(page: Page, url: string): Promise<{ paintMs: number; signInToPaintMs: number }> {
  await page.goto(url);
  await page.getByLabel('Your full name').fill(OFFICER);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  let unlockedAt = 0;
  const unlocked = page.waitForResponse((response) => response.url().includes('session.unlock')).then(() => {
    unlockedAt = Date.now();
  });
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await unlocked;
  await page.getByTestId('dashboard-table').waitFor({ state: 'visible', timeout: 120_000 });
  const paintedAt = await afterPaint(page);
  return { paintMs: paintedAt - unlockedAt, signInToPaintMs: paintedAt - clickedAt };
}

/** Each change is made in the page and timed there, from the event to the painted result. */
const FILTER_CHANGES: readonly { name: string; run: string }[] = [
  { name: 'kind: rapid review', run: `const s = document.getElementById('filter-kind'); s.value = 'rapid-review'; s.dispatchEvent(new Event('change', { bubbles: true }));` },
  { name: 'stage: screening', run: `const s = document.getElementById('filter-stage'); s.value = 'screening'; s.dispatchEvent(new Event('change', { bubbles: true }));` },
  { name: 'overdue only', run: `document.getElementById('filter-overdue').click();` },
  { name: 'overdue only off', run: `document.getElementById('filter-overdue').click();` },
  { name: 'all stages', run: `const s = document.getElementById('filter-stage'); s.value = ''; s.dispatchEvent(new Event('change', { bubbles: true }));` },
  { name: 'all kinds', run: `const s = document.getElementById('filter-kind'); s.value = ''; s.dispatchEvent(new Event('change', { bubbles: true }));` },
];

async function timeFilters(page: Page): Promise<{ name: string; ms: number }[]> {
  const times: { name: string; ms: number }[] = [];
  for (const change of FILTER_CHANGES) {
    const before = await page.getByTestId('dashboard-count').textContent();
    const ms = await page.evaluate(
      (script) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          new Function(script)();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        }),
      change.run,
    );
    const after = await page.getByTestId('dashboard-count').textContent();
    if (change.name !== 'overdue only off' && change.name !== 'all kinds' && before === after) throw new Error(`The filter "${change.name}" did not change the count (${after}): the benchmark is not measuring a filter.`);
    times.push({ name: change.name, ms });
  }
  return times;
}

export async function measureDashboard(cases = 5_000, runs = 5): Promise<DashboardTimes> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-bench-dashboard-'));
  const previousCheckpointDir = process.env.PRM_CHECKPOINT_DIR;
  process.env.PRM_CHECKPOINT_DIR = path.join(root, 'checkpoints');
  let preview: ChildProcess | null = null;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const folder = path.join(root, 'store');
    const seedMs = await seedStore(folder, cases);
    buildRenderer();
    const started = await startPreview(folder, { ...process.env, PRM_CHECKPOINT_DIR: process.env.PRM_CHECKPOINT_DIR });
    preview = started.child;
    const paintMs: number[] = [];
    const signInToPaintMs: number[] = [];
    const filterMs: number[] = [];
    let filterNames: string[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
      const page = await context.newPage();
      const times = await signInAndTime(page, started.url);
      paintMs.push(times.paintMs);
      signInToPaintMs.push(times.signInToPaintMs);
      const filters = await timeFilters(page);
      filterNames = filters.map((filter) => filter.name);
      filterMs.push(...filters.map((filter) => filter.ms));
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByLabel('Your full name').waitFor();
      await context.close();
    }
    return { cases, seedMs, paintMs, signInToPaintMs, filterMs, filterNames, medianPaintMs: median(paintMs), medianFilterMs: median(filterMs) };
  } finally {
    await browser.close();
    preview?.kill('SIGTERM');
    if (previousCheckpointDir === undefined) delete process.env.PRM_CHECKPOINT_DIR;
    else process.env.PRM_CHECKPOINT_DIR = previousCheckpointDir;
    fs.rmSync(root, { recursive: true, force: true });
  }
}
