/**
 * Backups from the app, end to end: an administrator follows the dashboard's reminder to the
 * Backups tab, backs up into a new folder (the progress shown, then the backup listed as
 * verified); then, on a second computer whose store was lost (a preview on an empty folder),
 * restores that backup from the first-run screen and is signed in to it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { startPreview } from './support/preview.ts';
import { ADMINISTRATOR, call } from './support/preview-calls.ts';

declare global {
  interface Window {
    /** The backup's progress as the page showed it, read by a mutation observer. */
    backupProgressSeen?: string[];
  }
}

test('an administrator backs up the store, and restores that backup on a computer whose store was lost', async ({ page, preview }) => {
  const backupRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-e2e-backups-'));
  const backupFolder = path.join(backupRoot, 'Backup 1');
  // The second computer starts while the first is used: its own preview, on an empty folder.
  const lostComputerStarting = startPreview();
  try {
    // A store with its administrator signed in: the page opens on their dashboard.
    await call(preview, 'store.create', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase, confirmPassphrase: ADMINISTRATOR.passphrase });
    await page.goto(preview.url);
    const notice = page.getByTestId('backup-reminder-notice');
    await expect(notice).toContainText('No verified backup of the store has been made from this app. Back up at least every 7 days.');
    await notice.getByRole('link', { name: 'Back up the store' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Back up the store' })).toBeVisible();
    await expect(page.getByTestId('backup-reminder')).toContainText('No verified backup');
    await expect(page.getByTestId('backups-none')).toHaveText('No backups have been made from this app yet.');

    await page.evaluate(() => {
      window.backupProgressSeen = [];
      new MutationObserver(() => {
        const words = document.getElementById('backup-progress-words')?.textContent;
        if (words && window.backupProgressSeen?.at(-1) !== words) window.backupProgressSeen?.push(words);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByLabel('Folder to back up into').fill(backupFolder);
    await page.getByLabel('Folder to back up into').press('Enter');

    const made = page.getByTestId('backup-made-banner');
    await expect(made).toBeFocused();
    await expect(made).toContainText('The backup was made and verified');
    await expect(made).toContainText(backupFolder);
    expect((await page.evaluate(() => window.backupProgressSeen ?? [])).length).toBeGreaterThan(0);
    const row = page.getByTestId('backup-row');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(backupFolder);
    await expect(row.locator('.govuk-tag')).toHaveText('Verified');
    await expect(page.getByTestId('backup-reminder-ok')).toContainText('The last verified backup was made today');
    expect(fs.readdirSync(backupFolder).sort()).toEqual(['backup.json', 'store.keys.json', 'store.prm']);
    await checkScreen(page, 'backups-01-made-and-listed');

    // The second computer: no store yet.
    const lostComputer = await lostComputerStarting;
    await page.goto(lostComputer.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Set up Practice Review Manager' })).toBeFocused();
    await page.getByRole('button', { name: 'Restore from a backup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Restore from a backup' })).toBeFocused();
    await expect(page.getByText(lostComputer.storeFolder)).toBeVisible();
    await checkScreen(page, 'backups-02-restore-screen');

    await page.getByLabel('Folder that holds the backup').fill(backupFolder);
    await page.getByLabel('Your full name').fill(ADMINISTRATOR.name);
    await page.getByLabel('Passphrase', { exact: true }).fill(ADMINISTRATOR.passphrase);
    await page.getByRole('button', { name: 'Restore and sign in' }).click();
    await expect(page.getByText(`Signed in as ${ADMINISTRATOR.name}`)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused();
    expect(fs.readdirSync(lostComputer.storeFolder)).toEqual(expect.arrayContaining(['store.prm', 'store.keys.json']));
    // The page leaves the second preview before it stops, so no request of its fails.
    await page.goto('about:blank');
  } finally {
    await (await lostComputerStarting).stop();
    fs.rmSync(backupRoot, { recursive: true, force: true });
  }
});
