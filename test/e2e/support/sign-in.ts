import { expect, type Page } from '@playwright/test';

/** Fills in the sign-in form and sends it, without waiting for what comes next. */
export async function submitSignIn(page: Page, name: string, passphrase: string): Promise<void> {
  await page.getByLabel('Your full name').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in through the form, as a person would, and waits for the case list. */
export async function signIn(page: Page, name: string, passphrase: string): Promise<void> {
  await submitSignIn(page, name, passphrase);
  // Argon2id is slow on purpose.
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible({ timeout: 30_000 });
}
