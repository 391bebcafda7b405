import { createStoreWithOfficer, lock, OFFICER } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { ADMINISTRATOR, call } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';

test('an administrator changes a deadline, the naming and the agencies, with problems shown beside their fields', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await createStoreWithOfficer(preview);
  await lock(preview);
  await page.goto(preview.url);
  await signIn(page, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);
  await page.getByTestId('service-menu').getByRole('button', { name: 'Policy settings' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Policy settings' })).toBeFocused();

  const screening = page.getByLabel('Screening decision (working days)');
  await expect(screening).toHaveValue('5');
  await expect(page.locator('#policy-amounts-screening-hint')).toHaveText('Screening decision within 5 working days of receiving the referral. The default is 5.');
  await checkScreen(page, '60-policy');

  // Two mistakes: both in the summary, each beside its field, nothing saved.
  await screening.fill('five');
  await page.getByLabel('Due soon (working days)').fill('25');
  await page.getByRole('button', { name: 'Save policy settings' }).press('Enter');
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter a whole number of working days for “Screening decision”',
    'Enter the number of working days left when a deadline shows as due soon, from 0 to 20',
  ]);
  await expect(page.locator('#policy-amounts-screening-error')).toContainText('Enter a whole number of working days');
  await expect(page).toHaveTitle(/^Error: Policy settings/);
  await checkScreen(page, '61-policy-errors');
  expect((await call(preview, 'policy.get', {})).policy.amounts.screening).toBe(5);

  await summary.getByRole('link', { name: /Screening decision/ }).press('Enter');
  await expect(screening).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('7');
  await expect(page.locator('#policy-amounts-screening-hint')).toHaveText('Screening decision within 7 working days of receiving the referral. The default is 5.');
  await page.getByLabel('Due soon (working days)').fill('3');
  await page.getByLabel('Chosen pseudonyms').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Save policy settings' }).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'The policy settings have been saved' })).toBeVisible();
  const saved = await call(preview, 'policy.get', {});
  expect(saved.policy.amounts.screening).toBe(7);
  expect(saved.policy.amberWorkingDays).toBe(3);
  expect(saved.publicationNaming).toBe('pseudonyms');
  await expect(screening).toHaveValue('7');

  // Agencies: a new one (its name is needed), then counted as a statutory partner.
  await page.getByRole('button', { name: 'Add agency' }).press('Enter');
  await expect(page.locator('#agency-name-error')).toContainText('Enter the agency’s name');
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await page.getByLabel('Agency name').fill('Salford Foundation Trust');
  await page.getByRole('button', { name: 'Add agency' }).press('Enter');
  await expect(page.getByTestId('agency-status')).toHaveText('Salford Foundation Trust has been added to the agencies.');
  await expect(page.getByLabel('Agency name')).toHaveValue('');
  await page.getByRole('combobox', { name: 'Statutory partner for Salford Foundation Trust' }).selectOption('health');
  await expect(page.getByTestId('agency-status')).toHaveText('Salford Foundation Trust now counts as ICB (health).');
  const organisations = (await call(preview, 'policy.get', {})).organisations;
  expect(organisations.find((organisation) => organisation.name === 'Salford Foundation Trust')?.statutoryPartner).toBe('health');
  await checkScreen(page, '62-policy-saved');
});

test('someone who may not change the settings sees them read-only, and is told who can change them', async ({ page, preview }) => {
  await createStoreWithOfficer(preview);
  await lock(preview);
  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await page.getByTestId('service-menu').getByRole('button', { name: 'Policy settings' }).press('Enter');
  const readOnly = page.getByTestId('policy-read-only');
  await expect(readOnly).toContainText('Only administrators can change these settings.');
  await expect(readOnly).toContainText('Screening decision within 5 working days of receiving the referral');
  await expect(readOnly).toContainText('Letter codes');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save policy settings' })).toHaveCount(0);
  await checkScreen(page, '63-policy-read-only');
});
