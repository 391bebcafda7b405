// Browser tests: the built renderer against the real services, through the preview server, in
// Debian's Chromium (never a downloaded browser). Each test starts its own preview on a fresh store.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  // Not test-results/ itself: Playwright empties its output folder, and the unit tests' report lives there.
  outputDir: 'test-results/e2e-artifacts',
  // Two at a time: each test spends much of its time starting its preview and waiting on the
  // page, so two share the machine's two cores well (each file's tests still run in order).
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Argon2id makes each store and each sign-in take a second or so, on purpose.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    // Recording a trace slows every keyboard step by about a third; CI runs without one to stay
    // within its time budget, and a failing test still leaves its screenshot.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
