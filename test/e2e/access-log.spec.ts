import { referral } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { press, selectByKeyboard } from './support/keyboard.ts';
import { ADMINISTRATOR, call } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';

const POLICE = 'Greater Manchester Police';
const REPRESENTATIVE = 'Amara Okafor';

test('an administrator reads the secured files’ access log, filters it and downloads it, by keyboard', async ({ page, preview }) => {
  // A store where an administrator has set up Police's secured files, and then tried to open one.
  await call(preview, 'store.create', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase, confirmPassphrase: ADMINISTRATOR.passphrase });
  await call(preview, 'users.add', { name: REPRESENTATIVE, role: 'nominated-representative', organisation: POLICE, passphrase: 'lichen copper harbour' });
  const today = todayInLondon();
  const { reference } = (await call(preview, 'cases.create', { referral: referral({ referralDate: today, incidentDate: addCalendarDays(today, -2) }) })).summary;
  await call(preview, 'vault.setUp', { reference, agency: POLICE, representative: REPRESENTATIVE });
  await expect(call(preview, 'vault.open', { reference, agency: POLICE, fileId: 1, purpose: 'Reading the referral before the panel', mode: 'copy' })).rejects.toThrow(/NOT_ALLOWED/);
  await call(preview, 'session.lock', {});

  await page.goto(preview.url);
  await signIn(page, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);
  await press(page, page.getByTestId('service-menu').getByRole('button', { name: 'Access log' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Secured files access log' })).toBeFocused();
  await expect(page.getByTestId('service-menu').getByRole('button', { name: 'Access log' })).toHaveAttribute('aria-current', 'page');
  const table = page.getByTestId('access-log-table');
  await expect(page.getByTestId('access-log-count')).toHaveText('Showing 1 to 3 of 3 events');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText('Set up');
  await expect(table.getByRole('row').nth(1)).toContainText(`Representative: ${REPRESENTATIVE}`);
  await checkScreen(page, '90-access-log');

  // Only the refusals, chosen by keyboard: the administrator's own attempt on Police's files.
  await selectByKeyboard(page, page.getByLabel('Action'), 'Refused');
  await expect(page.getByTestId('access-log-count')).toHaveText('Showing 1 to 1 of 1 event that matches the filters');
  const refusal = table.getByRole('row').nth(1);
  await expect(refusal).toContainText(ADMINISTRATOR.name);
  await expect(refusal).toContainText(reference);
  await expect(refusal).toContainText('Refused: their role does not include it');
  await checkScreen(page, '91-access-log-filtered');

  const downloading = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Download as spreadsheet' }));
  expect((await downloading).suggestedFilename()).toBe(`access-log-${today}.xlsx`);
  await expect(page.getByTestId('access-log-download-status')).toContainText('has been downloaded');

  // A filter that keeps nothing says so; clearing it brings every event back.
  await page.getByLabel('Action').selectOption({ label: 'Integrity checked' });
  await expect(page.getByTestId('access-log-count')).toHaveText('No events match these filters.');
  await press(page, page.getByRole('button', { name: 'Clear filters' }));
  await expect(page.getByTestId('access-log-count')).toHaveText('Showing 1 to 3 of 3 events');
});
