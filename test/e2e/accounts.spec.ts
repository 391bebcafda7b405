/**
 * Accounts and keys from the Administration page, and recovery before sign-in: an administrator
 * resets the passphrase of a nominated representative who holds secured files (the reset page
 * says what that does to the files), then changes the store's keys with a new recovery code,
 * watching its progress and writing the code down; the Business Unit re-seals the police's
 * files with the agency's recovery code; then, signed out, the guided recovery turns the old
 * code away and makes a new administrator with the new one. Every screen is checked with axe.
 * Invented people and records only.
 */
import type { Page } from '@playwright/test';
import { PREVIEW_TOKEN_HEADER } from '../../shared/ipc/transport.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { TRANSFER_PATH } from '../../shared/vault/transfer.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { createCase, lock, OFFICER, referral } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { addUserWithOwnPassphrase, ADMINISTRATOR, call } from './support/preview-calls.ts';
import type { RunningPreview } from './support/preview.ts';
import { REPRESENTATIVE } from './support/secured-arrange.ts';
import { signIn } from './support/sign-in.ts';
import { POLICE } from './support/stage-cases.ts';

const TEMPORARY = 'given in person kestrel';
const NEW_ADMINISTRATOR = { name: 'Eilidh Marchbank', passphrase: 'pewter meadow compass' } as const;

/** Files placed in the police's set by whoever is signed in, through the contract and the preview's transfer route. */
async function placeFiles(preview: RunningPreview, reference: string, files: Readonly<Record<string, string>>): Promise<void> {
  const contents = Object.entries(files).map(([path, text]) => ({ path, bytes: Buffer.from(text) }));
  const { tickets } = await call(preview, 'vault.beginIntake', { reference, agency: POLICE, note: 'Sent by the agency', files: contents.map(({ path, bytes }) => ({ path, size: bytes.length })) });
  for (const { path, bytes } of contents) {
    const ticket = tickets.find((grant) => grant.path === path)!.ticket;
    const response = await fetch(`${preview.origin}${TRANSFER_PATH}${encodeURIComponent(ticket)}`, { method: 'PUT', headers: { [PREVIEW_TOKEN_HEADER]: preview.token }, body: bytes });
    if (!response.ok) throw new Error(`${path} was not placed: ${await response.text()}`);
  }
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
}

test('an administrator resets a representative’s passphrase and changes the keys; the Business Unit re-seals; the recovery code makes a new administrator', async ({ page, preview }) => {
  // About fifteen Argon2id derivations (slow on purpose), nine axe checks and a rekey.
  test.setTimeout(90_000);
  const today = todayInLondon();
  // Arranged through calls: the representative never signs in, and the Business Unit adds the police's files for the agency.
  const { recoveryCode: firstCode } = await call(preview, 'store.create', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase, confirmPassphrase: ADMINISTRATOR.passphrase });
  await call(preview, 'users.add', { name: REPRESENTATIVE.name, role: 'nominated-representative', organisation: POLICE, passphrase: REPRESENTATIVE.passphrase });
  await addUserWithOwnPassphrase(preview, { name: OFFICER.name, role: 'business-unit', organisation: 'Business Unit', passphrase: OFFICER.passphrase });
  await call(preview, 'session.unlock', { name: OFFICER.name, passphrase: OFFICER.passphrase });
  const reference = (await createCase(preview, referral({ referralDate: addCalendarDays(today, -3), incidentDate: addCalendarDays(today, -4) }))).summary.reference;
  const policeCode = (await call(preview, 'vault.setUp', { reference, agency: POLICE, representative: REPRESENTATIVE.name })).recoveryCode!;
  await placeFiles(preview, reference, { 'Custody record.txt': 'An invented custody record.', 'Intelligence log.txt': 'An invented log.' });
  await lock(preview);

  // The Users tab, and the reset of the representative's passphrase.
  await page.goto(preview.url);
  await signIn(page, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);
  await page.getByTestId('service-menu').getByRole('button', { name: 'Administration' }).click();
  const users = page.getByTestId('users-table');
  const representativeRow = users.getByRole('row').filter({ hasText: REPRESENTATIVE.name });
  await expect(representativeRow).toContainText(`${POLICE}, case ${reference}: 2 files`);
  await expect(users.getByRole('row').filter({ hasText: ADMINISTRATOR.name }).getByRole('button')).toHaveCount(0);
  await checkScreen(page, 'accounts-01-users');

  await representativeRow.getByRole('button', { name: `Reset passphrase for ${REPRESENTATIVE.name}` }).click();
  const form = page.getByTestId('reset-passphrase-form');
  await expect(form.getByRole('heading', { level: 2, name: `Reset ${REPRESENTATIVE.name}’s passphrase` })).toBeFocused();
  await expect(form.getByTestId('holdings-notice')).toContainText(`cannot open these files until ${POLICE}’s recovery code has sealed them to their new key`);
  await form.getByRole('button', { name: 'Reset the passphrase' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Enter the temporary passphrase');
  await page.getByLabel('Temporary passphrase', { exact: true }).fill(TEMPORARY);
  await page.getByLabel('Confirm the temporary passphrase').fill(TEMPORARY);
  await checkScreen(page, 'accounts-02-reset');
  await form.getByRole('button', { name: 'Reset the passphrase' }).click();
  const outcome = page.getByTestId('reset-outcome');
  await expect(outcome).toContainText(`${REPRESENTATIVE.name}’s passphrase has been reset`, { timeout: 15_000 });
  await expect(outcome.getByTestId('holdings-notice')).toContainText('Re-seal with the recovery code');
  await expect(representativeRow).toContainText('Must choose a new passphrase');
  await expect(representativeRow).toContainText('2 files to re-seal');

  // The Keys tab: a rekey with a new recovery code, its progress, and the code written down.
  await page.getByTestId('administration-tabs').getByRole('link', { name: 'Keys' }).click();
  await expect(page.getByTestId('keys-summary')).toContainText('The first key, made when the store was set up');
  await checkScreen(page, 'accounts-03-keys');
  await page.getByLabel('Also make a new recovery code').check();
  await page.getByRole('button', { name: 'Change the keys' }).click();
  await expect(page.getByTestId('rekey-progress')).toBeVisible();
  const newCode = page.getByTestId('new-recovery-code');
  await expect(newCode.getByRole('heading', { name: 'Write down the new recovery code' })).toBeFocused({ timeout: 15_000 });
  const secondCode = (await newCode.getByTestId('recovery-code').innerText()).replace(/\s/g, '');
  expect(secondCode).toMatch(/^([A-Z2-7]{5}-){10}[A-Z2-7]{5}$/);
  await checkScreen(page, 'accounts-04-new-recovery-code');
  await page.getByLabel('I have written down the new recovery code').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('outcome-banner')).toContainText('The keys have been changed');
  await expect(page.getByTestId('keys-summary')).toContainText('Key 2, made on');

  // The Business Unit re-seals the police's files to the representative's new key with the agency's code.
  await signOut(page);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await page.getByRole('link', { name: reference }).first().click();
  await page.getByTestId('case-navigation').getByRole('link', { name: 'Secured files', exact: true }).click();
  const seals = page.getByTestId('seals-to-renew');
  await expect(seals).toContainText(`2 files in ${POLICE}’s secured files will not open for ${REPRESENTATIVE.name}`);
  await seals.getByRole('button', { name: `Re-seal with the recovery code for ${POLICE}` }).click();
  await page.getByLabel(`${POLICE}’s recovery code`).fill(policeCode.toLowerCase());
  await checkScreen(page, 'accounts-05-reseal');
  await page.getByRole('button', { name: 'Re-seal the files' }).click();
  await expect(page.getByTestId('outcome-banner')).toContainText(`${POLICE}’s files are sealed to ${REPRESENTATIVE.name}’s new key`);
  await expect(seals).toHaveCount(0);

  // Signed out: the guided recovery, reached from the sign-in screen.
  await signOut(page);
  await page.getByText('If you have forgotten your passphrase').click();
  await page.getByTestId('use-recovery-code').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Make a new administrator with the recovery code' })).toBeFocused();
  await checkScreen(page, 'accounts-06-recover-intro');
  await page.getByRole('button', { name: 'Continue' }).click();
  const codeField = page.getByLabel('Recovery code');
  await expect(page.getByRole('heading', { level: 1, name: 'Enter the recovery code' })).toBeFocused();
  await codeField.fill(firstCode);
  await page.getByRole('button', { name: 'Continue' }).click();
  // The code printed when the store was made was replaced by the rekey.
  await expect(page.getByTestId('error-summary')).toContainText('That recovery code does not open this store');
  await expect(page).toHaveTitle(/^Error: Enter the recovery code/);
  await checkScreen(page, 'accounts-07-recover-wrong-code');
  await codeField.fill(secondCode.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Make the new administrator' })).toBeFocused();
  await checkScreen(page, 'accounts-08-recover-administrator');
  await page.getByLabel('Full name of the new administrator').fill(NEW_ADMINISTRATOR.name);
  await page.getByLabel('Create a passphrase').fill(NEW_ADMINISTRATOR.passphrase);
  await page.getByLabel('Confirm the passphrase').fill(NEW_ADMINISTRATOR.passphrase);
  await page.getByRole('button', { name: 'Make the administrator and sign in' }).click();
  await expect(page.getByTestId('recovery-done')).toContainText(`You are signed in as ${NEW_ADMINISTRATOR.name}, an administrator`, { timeout: 15_000 });
  await checkScreen(page, 'accounts-09-recovered');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Signed in as ${NEW_ADMINISTRATOR.name}`)).toBeVisible();
});
