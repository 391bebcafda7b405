/**
 * The renderer under the production Content-Security-Policy: the preview serves the page with
 * exactly the headers the app's own app:// protocol gives it (main/app/protocol.ts), and a walk
 * through the demo store — sign-in, the dashboard, a case and its sections, the annual figures
 * with their SVG charts, a download — meets no violation: none reported to the page, none in
 * the console.
 */
import path from 'node:path';
import { respond } from '../../main/app/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../main/renderer-files.ts';
import { expect, test } from './support/fixtures.ts';
import { REPOSITORY_ROOT } from './support/paths.ts';

/** What the HTTP server adds of its own, which the app:// protocol has no counterpart for. */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

test.use({ previewOptions: { demo: true } });

test('the renderer meets no Content-Security-Policy violation from sign-in to a download', async ({ page, preview }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`), true);
  });
  const consoleMentions: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) consoleMentions.push(message.text());
  });

  // The page arrives with the production policy, and with every header the app's protocol sends.
  const landing = await page.goto(preview.url);
  const served = await landing!.allHeaders();
  expect(served['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const app = await respond({ url: 'app://renderer/index.html', method: 'GET' }, path.join(REPOSITORY_ROOT, 'out', 'renderer'), () => {});
  const appHeaders = Object.fromEntries([...app.headers].map(([name, value]) => [name.toLowerCase(), value]));
  const previewHeaders = Object.fromEntries(Object.entries(served).filter(([name]) => !TRANSPORT_HEADERS.has(name)));
  expect(previewHeaders).toEqual(appHeaders);

  await page.getByLabel('Your full name').fill('Demo Business Unit Officer');
  await page.getByLabel('Passphrase', { exact: true }).fill('demo passphrase only');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dashboard = page.getByTestId('dashboard-table');
  await expect(dashboard).toBeVisible({ timeout: 30_000 });

  // A case, section by section.
  await dashboard.locator('tbody th a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/PRM-\d{4}-\d{3}/);
  const navigation = page.getByTestId('case-navigation');
  await expect(navigation.getByRole('link').first()).toBeVisible();
  const sections = await navigation.getByRole('link').allTextContents();
  expect(sections.length).toBeGreaterThan(3);
  for (const name of sections) {
    await navigation.getByRole('link', { name, exact: true }).click();
    await expect(page.getByTestId('section-heading')).toHaveText(name);
  }

  // The annual figures, drawn as SVG charts, and their workbook downloaded.
  await page.getByTestId('service-menu').getByRole('button', { name: 'Annual figures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual figures' })).toBeVisible();
  await expect(page.getByTestId('figure-chart-svg').first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the workbook (.xlsx)' }).click();
  await downloading;
  await expect(page.getByTestId('figures-download-status')).toContainText('has been downloaded');

  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  expect(consoleMentions).toEqual([]);
});
