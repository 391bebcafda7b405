/**
 * Retention by keyboard: the administrator opens the Retention tab, finds a closed review's drafts
 * due with the copy sent out not yet confirmed deleted, deletes the drafts after typing the case
 * reference, and reads the report of what went and which backups may still hold it.
 */
import { ADMINISTRATOR } from './support/preview-calls.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { press, typeInto } from './support/keyboard.ts';
import { DRAFT_RECIPIENT, arrangeRetentionStore } from './support/retention-arrange.ts';
import { signIn } from './support/sign-in.ts';

test('the administrator deletes a closed review’s drafts by keyboard, confirming with the case reference, and sees the report', async ({ page, preview }) => {
  const { reference } = await arrangeRetentionStore(preview);

  await page.goto(preview.url);
  await signIn(page, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);
  await press(page, page.getByTestId('service-menu').getByRole('button', { name: 'Administration' }));
  await press(page, page.getByTestId('administration-tabs').getByRole('link', { name: 'Retention' }));

  const drafts = page.getByTestId('retention-drafts');
  const row = drafts.getByTestId('retention-drafts-row').filter({ hasText: reference });
  await expect(row).toContainText('Draft report versions 1 and 2');
  await expect(row).toContainText('1 copy, 1 not confirmed deleted');
  await expect(page.getByTestId('retention-history-none')).toBeVisible();
  await press(page, row.locator('summary'));
  await expect(row).toContainText(`Version 3 to ${DRAFT_RECIPIENT.recipient} (${DRAFT_RECIPIENT.agency}), sent as a file`);
  await checkScreen(page, 'retention-1-due');

  await press(page, row.getByRole('button', { name: `Delete drafts of case ${reference}` }));
  await expect(page.getByRole('heading', { level: 2, name: `Delete the drafts of case ${reference}` })).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Delete for good' }));
  await expect(page.getByTestId('error-summary')).toContainText(`Type the case reference, ${reference}, to confirm`);
  await checkScreen(page, 'retention-2-confirm');
  await typeInto(page, page.getByLabel(`To confirm, type the case reference: ${reference}`), reference);
  await page.keyboard.press('Enter');

  const report = page.getByTestId('deletion-report');
  await expect(report.getByText(`The drafts of case ${reference} have been deleted`)).toBeVisible();
  await expect(page.getByTestId('deletion-report-summary')).toContainText('2 rows from 1 table');
  await expect(page.getByTestId('deletion-report-backups')).toContainText('No backup in the app’s register was made before it.');
  await checkScreen(page, 'retention-3-report');

  await press(page, page.getByRole('button', { name: 'Back to retention' }));
  await expect(page.getByRole('heading', { level: 2, name: 'Due under the retention policy' })).toBeFocused();
  await expect(row).toContainText('Waiting for confirmations');
  await expect(page.getByTestId('retention-history')).toContainText(reference);
});
