import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';

const NAME = 'Sam Okafor';
const PASSPHRASE = 'harbour thistle pencil';

test('the first person sets up the store, keeps the recovery code, signs out and signs in again', async ({ page, preview }) => {
  await page.goto(preview.url);

  await expect(page.getByRole('heading', { level: 1, name: 'Set up Practice Review Manager' })).toBeFocused();
  // The token is for this tab only: it must not stay in the address bar or the history.
  expect(page.url()).not.toContain('token');
  await checkScreen(page, '01-first-run');

  await page.getByRole('button', { name: 'Set up the store' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page).toHaveTitle('Error: Set up Practice Review Manager – Practice Review Manager');
  await checkScreen(page, '02-first-run-errors');

  await page.getByLabel('Your full name').fill(NAME);
  await page.getByLabel('Create a passphrase').fill(PASSPHRASE);
  await page.getByLabel('Confirm your passphrase').fill(`${PASSPHRASE}!`);
  await page.getByRole('button', { name: 'Set up the store' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('The passphrases do not match');
  await page.getByLabel('Confirm your passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set up the store' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Write down the recovery code/ })).toBeFocused({ timeout: 30_000 });
  const code = await page.getByTestId('recovery-code').innerText();
  expect(code.replace(/\s+/g, '')).toMatch(/^([A-Z2-7]{5}-?){10}[A-Z2-7]{1,5}-?$/);
  await checkScreen(page, '03-recovery-code');

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Confirm you have written down the recovery code');
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await checkScreen(page, '04-recovery-code-not-confirmed');

  await page.getByLabel('I have written down the recovery code').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused();
  await expect(page.getByText('There are no cases yet.')).toBeVisible();
  await expect(page.getByText(`Signed in as ${NAME}`)).toBeVisible();
  await checkScreen(page, '05-cases-empty');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await checkScreen(page, '06-signed-out');

  await page.getByLabel('Your full name').fill(NAME);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused({ timeout: 30_000 });
  await expect(page.getByText('There are no cases yet.')).toBeVisible();
  // The recovery code was shown once, and is not to be found again.
  await expect(page.getByText(code.split(/\s+/)[0]!)).toHaveCount(0);
  await checkScreen(page, '07-cases-empty-after-sign-in');
});
