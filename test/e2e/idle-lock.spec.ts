import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { ADMINISTRATOR, createLockedStore } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';

const IDLE_LOCK_SECONDS = 3;

test.use({ previewOptions: { idleLockSeconds: IDLE_LOCK_SECONDS } });

test.beforeEach(async ({ preview }) => {
  await createLockedStore(preview);
});

test('an idle session locks by itself, says why, and unlocks again', async ({ page, preview }) => {
  await page.goto(preview.url);
  await signIn(page, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);

  const heading = page.getByRole('heading', { level: 1, name: 'Your session has locked' });
  await expect(heading).toBeVisible({ timeout: 15_000 });
  await expect(heading).toBeFocused();
  await expect(page.getByText(`no activity for ${IDLE_LOCK_SECONDS} seconds`)).toBeVisible();
  await expect(page.getByText('Nothing has been lost.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  // The same person is most likely back at the desk: their name is filled in for them.
  await expect(page.getByLabel('Your full name')).toHaveValue(ADMINISTRATOR.name);
  await checkScreen(page, '20-session-locked');

  await page.getByLabel('Passphrase', { exact: true }).fill(ADMINISTRATOR.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused({ timeout: 30_000 });
});

test('a call refused because the session has locked shows the locked screen too', async ({ page, preview }) => {
  // The list fails once, so there is a button that makes a call; the status checks are kept
  // from noticing the lock, so only the refused call can.
  let failNextList = true;
  await page.route('**/api/cases.dashboard', async (route) => {
    if (!failNextList) return route.continue();
    failNextList = false;
    await route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside the app. The details are in the log for IT.' } } });
  });
  await page.goto(preview.url);
  await signIn(page, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);
  await expect(page.getByText('The cases could not be shown')).toBeVisible();
  await page.route('**/api/app.status', (route) => route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'Held back by the test.' } } }));
  await checkScreen(page, '21-cases-failed');

  await page.waitForTimeout((IDLE_LOCK_SECONDS + 1) * 1000);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your session has locked' })).toBeFocused();
});
