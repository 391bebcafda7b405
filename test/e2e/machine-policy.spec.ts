/**
 * IT's machine policy on screen: a preview started under a policy file, as IT would place one.
 * Before anyone signs in the first-run form asks for IT's passphrase length; an administrator
 * sees what IT set, and the idle lock and secured files settings locked, with no way to change them.
 */
import path from 'node:path';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { REPOSITORY_ROOT } from './support/paths.ts';
import { ADMINISTRATOR, call } from './support/preview-calls.ts';

test.use({ previewOptions: { machinePolicyFile: path.join(REPOSITORY_ROOT, 'test', 'fixtures', 'policy', 'e2e-policy.json') } });

test('an administrator sees what IT set on this computer, with the settings IT locked shown read-only', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Practice Review Manager' })).toBeVisible();
  await expect(page.getByLabel('Create a passphrase')).toHaveAccessibleDescription('At least 16 characters, for example three random words.');

  // The administrator the store is created with stays signed in: the page picks the session up.
  await call(preview, 'store.create', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase, confirmPassphrase: ADMINISTRATOR.passphrase });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await page.getByTestId('service-menu').getByRole('button', { name: 'Policy settings' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Policy settings' })).toBeFocused();

  const setByIt = page.getByTestId('set-by-it');
  await expect(setByIt.getByRole('heading', { level: 2, name: 'Set by IT on this computer' })).toBeVisible();
  await expect(setByIt.getByRole('row')).toHaveText([
    'SettingValueWhere IT set it',
    'Idle lockSessions lock after 5 minutes without activityIn the machine policy file',
    'Minimum passphrase length16 charactersIn the machine policy file',
    'Secured filesNominated representatives can only save working copies of secured filesIn the machine policy file',
    'Backup reminderWhen the last verified backup is more than 3 days oldIn the machine policy file',
  ]);

  const idleLock = page.getByTestId('idle-lock-setting');
  await expect(idleLock.getByTestId('idle-lock-locked')).toContainText('Locked by IT');
  await expect(idleLock).toContainText('Sessions lock after 5 minutes without activity.');
  await expect(idleLock).toContainText('IT has set this for everyone who uses this computer, in the machine policy file, so it cannot be changed here.');
  await expect(idleLock.getByRole('textbox')).toHaveCount(0);

  const securedFiles = page.getByTestId('open-in-default-app-setting');
  await expect(securedFiles.getByTestId('open-in-default-app-locked')).toContainText('Locked by IT');
  await expect(securedFiles).toContainText('Nominated representatives can only save working copies of secured files.');
  await expect(securedFiles.getByRole('radio')).toHaveCount(0);
  await expect(securedFiles.getByRole('button')).toHaveCount(0);
  await checkScreen(page, 'machine-policy-locked-by-it');
});
