import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { ADMINISTRATOR, call } from './support/preview-calls.ts';
import { signIn, submitSignIn } from './support/sign-in.ts';

/** Someone an administrator adds: they sign in first with the passphrase the administrator set. */
const NEW_USER = { name: 'Priya Castellane', givenPassphrase: 'violet harbour kettle', ownPassphrase: 'amber orchard lighthouse' } as const;

test.beforeEach(async ({ preview }) => {
  await call(preview, 'store.create', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase, confirmPassphrase: ADMINISTRATOR.passphrase });
  await call(preview, 'users.add', { name: NEW_USER.name, role: 'business-unit', organisation: 'Business Unit', passphrase: NEW_USER.givenPassphrase });
  await call(preview, 'session.lock', {});
});

test('someone added by an administrator chooses their own passphrase before anything else, and signs in with it afterwards', async ({ page, preview }) => {
  // Ten or so Argon2id derivations, each slow on purpose.
  test.setTimeout(120_000);
  await page.goto(preview.url);
  await submitSignIn(page, NEW_USER.name, NEW_USER.givenPassphrase);

  const heading = page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' });
  await expect(heading).toBeFocused({ timeout: 30_000 });
  await expect(page).toHaveTitle('Choose a new passphrase – Practice Review Manager');
  await expect(page.getByText('An administrator set the passphrase you signed in with.')).toBeVisible();
  await expect(page.getByText(`Signed in as ${NEW_USER.name}`)).toBeVisible();
  const current = page.getByLabel('Current passphrase');
  const next = page.getByLabel('New passphrase', { exact: true });
  const confirm = page.getByLabel('Confirm new passphrase');
  await expect(current).toHaveAttribute('autocomplete', 'current-password');
  await expect(next).toHaveAttribute('autocomplete', 'new-password');
  await expect(next).toHaveAccessibleDescription('At least 12 characters, for example three random words.');
  await expect(confirm).toHaveAttribute('autocomplete', 'new-password');
  // Nothing else is offered until the passphrase is changed.
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toHaveCount(0);
  await checkScreen(page, '40-change-passphrase');

  const change = page.getByRole('button', { name: 'Change passphrase' });
  const summary = page.getByTestId('error-summary');
  await change.click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveText(['Enter your current passphrase', 'Enter a new passphrase', 'Type your new passphrase again to confirm it']);
  await expect(page).toHaveTitle('Error: Choose a new passphrase – Practice Review Manager');
  await checkScreen(page, '41-change-passphrase-empty');

  // A wrong current passphrase is refused by main, and named beside its field.
  await current.fill('not the words I was given');
  await next.fill(NEW_USER.ownPassphrase);
  await confirm.fill(NEW_USER.ownPassphrase);
  await change.click();
  await expect(summary).toHaveText(/That passphrase is not right\. Check it and try again\./, { timeout: 30_000 });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('#current-passphrase-error')).toContainText('That passphrase is not right. Check it and try again.');
  await expect(current).toHaveAttribute('aria-describedby', 'current-passphrase-hint current-passphrase-error');
  await expect(current).toHaveValue('');
  await checkScreen(page, '42-change-passphrase-wrong-current');
  await summary.getByRole('link', { name: 'That passphrase is not right' }).click();
  await expect(current).toBeFocused();

  await current.fill(NEW_USER.givenPassphrase);
  await confirm.fill(`${NEW_USER.ownPassphrase}s`);
  await change.click();
  await expect(summary).toBeFocused();
  await expect(summary).toHaveText(/The new passphrases do not match/);
  await expect(page.locator('#confirm-passphrase-error')).toContainText('The new passphrases do not match. Type the same new passphrase twice');
  await checkScreen(page, '43-change-passphrase-not-matching');

  await next.fill(NEW_USER.givenPassphrase);
  await confirm.fill(NEW_USER.givenPassphrase);
  await change.click();
  await expect(page.locator('#new-passphrase-error')).toContainText('Your new passphrase must be different from your current passphrase');
  await next.fill('too short');
  await change.click();
  await expect(page.locator('#new-passphrase-error')).toContainText('Your new passphrase must be 12 characters or more');

  // Signing out still works here; signing in again with the given passphrase comes back here.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await submitSignIn(page, NEW_USER.name, NEW_USER.givenPassphrase);
  await expect(heading).toBeFocused({ timeout: 30_000 });
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
  await expect(current).toHaveValue('');

  // The change itself, with the keyboard alone: each field is followed by its Show button.
  await page.keyboard.press('Tab');
  await expect(current).toBeFocused();
  await page.keyboard.type(NEW_USER.givenPassphrase);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.type(NEW_USER.ownPassphrase);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.type(NEW_USER.ownPassphrase);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused({ timeout: 30_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'Your passphrase has been changed' })).toContainText('Use your new passphrase each time you sign in');
  await expect(page.getByText('There are no cases yet.')).toBeVisible();
  await expect(page).toHaveTitle('Cases – Practice Review Manager');
  await checkScreen(page, '44-passphrase-changed');

  // The passphrase the administrator set no longer opens anything; the person's own does, straight to the cases.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await submitSignIn(page, NEW_USER.name, NEW_USER.givenPassphrase);
  await expect(page.locator('#passphrase-error')).toContainText('That passphrase is not right', { timeout: 30_000 });
  await signIn(page, NEW_USER.name, NEW_USER.ownPassphrase);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused();
  await expect(heading).toHaveCount(0);
  await expect(page.getByText('Your passphrase has been changed')).toHaveCount(0);
});

test.describe('with a short idle lock', () => {
  const IDLE_LOCK_SECONDS = 3;
  test.use({ previewOptions: { idleLockSeconds: IDLE_LOCK_SECONDS } });

  test('the session still locks itself on the change-passphrase screen, and comes back to it', async ({ page, preview }) => {
    await page.goto(preview.url);
    await submitSignIn(page, NEW_USER.name, NEW_USER.givenPassphrase);
    const heading = page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' });
    await expect(heading).toBeFocused({ timeout: 30_000 });

    await expect(page.getByRole('heading', { level: 1, name: 'Your session has locked' })).toBeFocused({ timeout: 15_000 });
    await expect(page.getByLabel('Your full name')).toHaveValue(NEW_USER.name);
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

    await page.getByLabel('Passphrase', { exact: true }).fill(NEW_USER.givenPassphrase);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(heading).toBeFocused({ timeout: 30_000 });
  });
});
