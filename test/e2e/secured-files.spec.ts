/**
 * Secured files (policy 16), as the Business Unit, an agency's nominated representative and a
 * scrutineer use them: the Business Unit sets up the police's secured files and adds a letter
 * for the agency; the representative adds a folder of records with progress shown, opens one for
 * a purpose and saves a working copy, and checks the set's integrity; the scrutineer is refused;
 * the Business Unit records the agency's confirmation that its files are secured; an
 * administrator switches off opening secured files in other apps.
 * Every screen shown is checked with axe. Invented people and records only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { HELD_WHERE } from '../../shared/vault/securing.ts';
import { OFFICER } from './support/arrange-cases.ts';
import { ADMINISTRATOR } from './support/preview-calls.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { choose, chooseRadio, press, selectByKeyboard, typeInto } from './support/keyboard.ts';
import { accessLogOf, arrangePoliceSet, arrangeSecuredCase, NEXT_REPRESENTATIVE, REPRESENTATIVE, SCRUTINEER } from './support/secured-arrange.ts';
import { makeSecuredFiles, type SecuredFilesOnDisk } from './support/secured-files-on-disk.ts';
import { signIn } from './support/sign-in.ts';
import { POLICE } from './support/stage-cases.ts';

/** Slow enough that a 20 MB upload takes a few seconds, so its progress can be seen part-way. */
const UPLOAD_BYTES_PER_SECOND = 6 * 1024 * 1024;

async function openSection(page: Page, label: string): Promise<void> {
  await press(page, page.getByTestId('case-navigation').getByRole('link', { name: label, exact: true }));
  await expect(page.getByTestId('section-heading')).toHaveText(label);
}

async function signOutAndIn(page: Page, user: { name: string; passphrase: string }): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await signIn(page, user.name, user.passphrase);
}

function policeSet(page: Page): Locator {
  return page.getByRole('region', { name: POLICE, exact: true });
}

/** Throttles the page's uploads through Chromium's own network emulation; null lifts it. */
async function throttleUploads(page: Page, bytesPerSecond: number | null): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond ?? -1 });
}

test('the representative adds files with progress shown, opens one for a purpose and saves a working copy; another user is refused; the Business Unit records the agency’s confirmation', async ({ page, preview }) => {
  test.setTimeout(240_000);
  const files: SecuredFilesOnDisk = makeSecuredFiles();
  try {
    const reference = await arrangeSecuredCase(preview);
    await page.goto(preview.url);

    // The Business Unit: nothing secured yet.
    await signIn(page, OFFICER.name, OFFICER.passphrase);
    await press(page, page.getByRole('link', { name: reference }).first());
    await openSection(page, 'Secured files');
    await expect(page.getByTestId('secured-files-empty')).toContainText('No agency has secured files for this case on this install.');
    await checkScreen(page, 'secured-files-01-empty');

    // Set up, sent empty first: each missing answer is said beside its field.
    await press(page, page.getByRole('button', { name: 'Set up secured files for an agency' }));
    await expect(page.getByRole('heading', { name: 'Set up secured files for an agency' })).toBeFocused();
    await press(page, page.getByRole('button', { name: 'Set up secured files' }));
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.locator('#agency-error')).toContainText('Choose the agency');
    await expect(page.locator('#representative-error')).toContainText('Choose the agency’s nominated representative');
    await checkScreen(page, 'secured-files-02-set-up-errors');
    await selectByKeyboard(page, page.getByLabel('Agency', { exact: true }), POLICE);
    // Only the agency's own people can be its representative.
    await expect(page.getByLabel('Nominated representative').getByRole('option')).toHaveText(['Choose…', REPRESENTATIVE.name]);
    await selectByKeyboard(page, page.getByLabel('Nominated representative'), REPRESENTATIVE.name);
    await press(page, page.getByRole('button', { name: 'Set up secured files' }));

    // The agency's recovery code, shown once.
    await expect(page.getByRole('heading', { name: `Print ${POLICE}’s recovery code` })).toBeFocused();
    await expect(page.getByTestId('agency-recovery-code-value')).toHaveText(/^([A-Z2-7]{1,5}-)+[A-Z2-7]{1,5}-?$/);
    await expect(page.getByTestId('agency-recovery-code')).toContainText('nobody at the partnership keeps a copy');
    await checkScreen(page, 'secured-files-03-agency-recovery-code');
    await press(page, page.getByRole('button', { name: 'Continue' }));
    await expect(page.locator('#agency-code-kept-error')).toContainText(`Confirm you have printed or written down ${POLICE}’s recovery code`);
    await choose(page, page.getByLabel(`I have printed or written down ${POLICE}’s recovery code`));
    await press(page, page.getByRole('button', { name: 'Continue' }));
    await expect(page.getByTestId('outcome-banner')).toContainText(`${POLICE}’s secured files are set up`);
    await expect(policeSet(page)).toContainText(REPRESENTATIVE.name);
    await expect(policeSet(page).getByTestId('secured-set-empty')).toBeVisible();
    await expect(policeSet(page).getByTestId('secured-set-access')).toContainText(`only ${REPRESENTATIVE.name}, its nominated representative, can`);
    await checkScreen(page, 'secured-files-04-set-up');

    // The Business Unit adds a letter for the agency, and cannot open it.
    await press(page, policeSet(page).getByRole('button', { name: `Add files for ${POLICE}` }));
    await expect(page.getByRole('heading', { name: `Add files to ${POLICE}’s secured files` })).toBeFocused();
    await page.locator('#files').setInputFiles(files.letter);
    await expect(page.getByTestId('chosen-files')).toContainText('1 file chosen');
    await press(page, page.getByRole('button', { name: 'Add the files' }));
    await expect(page.getByTestId('outcome-banner')).toContainText('Letter to the agency.txt has been added');
    const letterRow = policeSet(page).getByRole('row', { name: /Letter to the agency\.txt/ });
    await expect(letterRow).toContainText('Placed by the Business Unit for the agency');
    await expect(letterRow.getByRole('button')).toHaveCount(0);

    // The representative's list of cases holds only the case they are the representative for.
    await signOutAndIn(page, REPRESENTATIVE);
    await expect(page.getByTestId('dashboard-table').locator('tbody tr')).toHaveCount(1);
    await checkScreen(page, 'secured-files-05-representative-cases');
    await press(page, page.getByTestId('dashboard-table').getByRole('link', { name: reference }));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
    await openSection(page, 'Secured files');
    await expect(policeSet(page)).toContainText(`${REPRESENTATIVE.name} (you)`);

    // A folder, its sub-folder kept; the large file's progress is seen part-way.
    await press(page, policeSet(page).getByRole('button', { name: `Add files for ${POLICE}` }));
    await page.locator('#files-folder').setInputFiles(files.folder);
    await expect(page.getByTestId('chosen-files')).toContainText('3 files chosen, 20 MB in all');
    await expect(page.getByTestId('chosen-files')).toContainText(files.interviewSummary);
    await typeInto(page, page.getByLabel('Note (optional)'), 'Exported from the force’s records system on the day of the request.');
    await throttleUploads(page, UPLOAD_BYTES_PER_SECOND);
    await press(page, page.getByRole('button', { name: 'Add the files' }));
    await expect(page.getByRole('heading', { name: `Adding files to ${POLICE}’s secured files` })).toBeFocused();
    const overall = page.getByRole('progressbar', { name: '3 files, 20 MB in all' });
    await expect(overall).toBeVisible();
    await expect.poll(async () => Number(await overall.getAttribute('value')), { message: 'the overall progress part-way' }).toBeGreaterThan(0);
    await expect(page.getByRole('progressbar', { name: `File 1 of 3: ${files.largeExport}` })).toBeVisible();
    expect(Number(await overall.getAttribute('value'))).toBeLessThan(100);
    await expect(page.getByTestId('intake-announcement')).toHaveText(/^File 1 of 3, Body-worn video export\.bin: (0|25|50|75)% sent$/);
    await expect(page.getByRole('button', { name: 'Cancel adding files' })).toBeVisible();
    await checkScreen(page, 'secured-files-06-adding');
    await expect(page.getByTestId('outcome-banner')).toContainText('All 3 files have been added', { timeout: 60_000 });
    await expect(page.getByTestId('outcome-banner')).toBeFocused();
    await throttleUploads(page, null);
    const table = policeSet(page).getByTestId('secured-files-table');
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.getByRole('row', { name: /Interview summary\.txt/ })).toContainText('Police records / Interviews');
    await expect(table.getByRole('row', { name: /Body-worn video export\.bin/ })).toContainText('20 MB');
    await checkScreen(page, 'secured-files-07-added');

    // Opening asks the purpose first; a working copy comes back byte for byte.
    await press(page, table.getByRole('button', { name: `Open ${files.custodyRecord}` }));
    await expect(page.getByRole('heading', { name: 'Open Custody record.txt' })).toBeFocused();
    await press(page, page.getByRole('button', { name: 'Continue' }));
    await expect(page.locator('#purpose-error')).toContainText('Enter why you need to open this file');
    await expect(page.locator('#mode-error')).toContainText('Choose whether to open the file in your default app or save a working copy');
    await checkScreen(page, 'secured-files-08-open-errors');
    const purpose = 'Preparing the police chronology for the rapid review';
    await typeInto(page, page.getByLabel('Why do you need to open this file?'), purpose);
    await chooseRadio(page, page.getByRole('group', { name: 'How do you want to open it?' }), 'Save a working copy');
    const downloaded = page.waitForEvent('download');
    await press(page, page.getByRole('button', { name: 'Save the working copy' }));
    const copy = await downloaded;
    expect(copy.suggestedFilename()).toBe('Custody record.txt');
    const saved = path.join(files.root, 'working-copy.txt');
    await copy.saveAs(saved);
    expect(fs.readFileSync(saved).equals(files.bytesOf(files.custodyRecord))).toBe(true);
    await expect(page.getByTestId('outcome-banner')).toContainText('Your working copy of Custody record.txt has been saved');
    await checkScreen(page, 'secured-files-09-copy-saved');

    // An integrity check of every file.
    await press(page, policeSet(page).getByRole('button', { name: `Check integrity for ${POLICE}` }));
    await expect(page.getByTestId('integrity-result')).toContainText('All 4 files are intact');
    await expect(policeSet(page)).toContainText(`Checked by ${REPRESENTATIVE.name}`);
    await checkScreen(page, 'secured-files-10-integrity');

    // A scrutineer may read the case, but not the police's secured files.
    await signOutAndIn(page, SCRUTINEER);
    await press(page, page.getByRole('link', { name: reference }).first());
    await openSection(page, 'Secured files');
    await expect(page.getByTestId('vault-not-allowed')).toContainText('You cannot see the secured files for this case.');
    await expect(page.getByTestId('secured-set')).toHaveCount(0);
    await checkScreen(page, 'secured-files-11-not-allowed');

    // Back at the Business Unit: the police's confirmation that their files are secured, here.
    await signOutAndIn(page, OFFICER);
    await press(page, page.getByRole('link', { name: reference }).first());
    await openSection(page, 'Securing files');
    await press(page, page.getByRole('button', { name: `Record the confirmation for ${POLICE}` }));
    await typeInto(page, page.getByLabel('Name of the agency’s nominated representative'), REPRESENTATIVE.name);
    await chooseRadio(page, page.getByRole('group', { name: 'Where are the records held?' }), HELD_WHERE['this-app']);
    await press(page, page.getByRole('button', { name: 'Save the confirmation' }));
    await expect(page.getByTestId('saved-notice')).toContainText(`${POLICE}’s confirmation that its files are secured has been recorded.`);
    const confirmed = page.getByTestId('securing-table').getByRole('row', { name: new RegExp(POLICE) });
    await expect(confirmed).toContainText(`by ${REPRESENTATIVE.name}`);
    await expect(confirmed.getByTestId('securing-tag')).toHaveText('Confirmed');
    await checkScreen(page, 'secured-files-12-securing-confirmed');

    // An administrator switches off opening secured files in other apps.
    await signOutAndIn(page, ADMINISTRATOR);
    await press(page, page.getByTestId('service-menu').getByRole('button', { name: 'Policy settings' }));
    const setting = page.getByTestId('open-in-default-app-setting');
    await expect(setting).toContainText('At the moment, nominated representatives may open secured files in their default app.');
    await chooseRadio(page, setting.getByRole('group', { name: 'May nominated representatives open secured files in their default app?' }), 'No, they may only save a working copy');
    await press(page, setting.getByRole('button', { name: 'Save the secured files setting' }));
    await expect(page.getByTestId('open-in-default-app-status')).toHaveText('Nominated representatives can now only save working copies of secured files.');
    await checkScreen(page, 'secured-files-13-setting-off');

    // The access log has the placing, the copy with its purpose, and the check, each by whom.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
    const log = await accessLogOf(preview, reference);
    expect(log.openInDefaultAppAllowed).toBe(false);
    const copied = log.entries.find((entry) => entry.action === 'secured.copied');
    expect(copied).toMatchObject({ person: REPRESENTATIVE.name, agency: POLICE, file: files.custodyRecord, purpose });
    expect(log.entries.filter((entry) => entry.action === 'secured.placed').map((entry) => entry.person).sort()).toEqual([OFFICER.name, ...Array(3).fill(REPRESENTATIVE.name)].sort());
    expect(log.entries.some((entry) => entry.action === 'secured.integrity-checked' && entry.person === REPRESENTATIVE.name)).toBe(true);
  } finally {
    files.remove();
  }
});

test('the set is handed to a new representative with the agency’s recovery code, then released and destroyed', async ({ page, preview }) => {
  test.setTimeout(180_000);
  const reference = await arrangeSecuredCase(preview, [NEXT_REPRESENTATIVE]);
  const recoveryCode = await arrangePoliceSet(preview, reference, { 'Custody record.txt': 'Custody record (invented for testing)\n', 'Interviews/Interview summary.txt': 'Interview summary (invented for testing)\n' });
  await page.goto(preview.url);

  // The Business Unit, without the representative, needs the agency's recovery code.
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await press(page, page.getByRole('link', { name: reference }).first());
  await openSection(page, 'Secured files');
  await press(page, policeSet(page).getByRole('button', { name: `Change representative for ${POLICE}` }));
  await expect(page.getByRole('heading', { name: `Change ${POLICE}’s nominated representative` })).toBeFocused();
  await selectByKeyboard(page, page.getByLabel('New nominated representative'), NEXT_REPRESENTATIVE.name);
  await typeInto(page, page.getByLabel(`${POLICE}’s recovery code`), 'AAAAA-BBBBB-CCCCC');
  await press(page, page.getByRole('button', { name: 'Change the representative' }));
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.locator('#recoveryCode-error')).toBeVisible();
  await checkScreen(page, 'secured-files-14-change-representative-refused');
  await typeInto(page, page.getByLabel(`${POLICE}’s recovery code`), recoveryCode.toLowerCase());
  await press(page, page.getByRole('button', { name: 'Change the representative' }));
  await expect(page.getByTestId('outcome-banner')).toContainText(`${NEXT_REPRESENTATIVE.name} is now ${POLICE}’s nominated representative`);
  await expect(policeSet(page)).toContainText(NEXT_REPRESENTATIVE.name);

  // The new representative releases the set as one zip in the browser, then destroys it.
  await signOutAndIn(page, NEXT_REPRESENTATIVE);
  await press(page, page.getByTestId('dashboard-table').getByRole('link', { name: reference }));
  await openSection(page, 'Secured files');

  // A large file cancelled on its way is listed as not added, and nothing of it is kept.
  const files = makeSecuredFiles();
  try {
    await press(page, policeSet(page).getByRole('button', { name: `Add files for ${POLICE}` }));
    await page.locator('#files').setInputFiles(files.bytesPath(files.largeExport));
    await throttleUploads(page, UPLOAD_BYTES_PER_SECOND);
    await press(page, page.getByRole('button', { name: 'Add the files' }));
    const overall = page.getByRole('progressbar', { name: '1 file, 20 MB' });
    await expect.poll(async () => Number(await overall.getAttribute('value')), { message: 'the upload part-way' }).toBeGreaterThan(0);
    await press(page, page.getByRole('button', { name: 'Cancel adding files' }));
    await expect(page.getByTestId('intake-outcome')).toBeFocused();
    await expect(page.getByTestId('intake-outcome')).toContainText('You cancelled adding Body-worn video export.bin: it was not added');
    await expect(page.getByTestId('intake-not-added')).toHaveText('Body-worn video export.bin (20 MB): stopped when you cancelled');
    await checkScreen(page, 'secured-files-15-cancelled');
    await throttleUploads(page, null);
    await press(page, page.getByRole('button', { name: 'Close' }));
    await expect(policeSet(page).getByTestId('secured-files-table').locator('tbody tr')).toHaveCount(2);
  } finally {
    files.remove();
  }

  await press(page, policeSet(page).getByRole('button', { name: `Release for ${POLICE}` }));
  await expect(page.getByRole('heading', { name: `Release ${POLICE}’s secured files` })).toBeFocused();
  await typeInto(page, page.getByLabel('Why are the files being released?'), 'The police instructed release at the close of the review.');
  const downloaded = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Release the files' }));
  const zip = await downloaded;
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  const zipBytes = fs.readFileSync(await zip.path());
  expect(zipBytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  expect(zipBytes.includes(Buffer.from('Interviews/Interview summary.txt'))).toBe(true);
  await expect(page.getByTestId('outcome-banner')).toContainText(`${POLICE}’s secured files have been released`);
  await expect(policeSet(page)).toContainText('Released');

  await press(page, policeSet(page).getByRole('button', { name: `Destroy for ${POLICE}` }));
  await expect(page.getByRole('heading', { name: `Destroy ${POLICE}’s secured files` })).toBeFocused();
  await typeInto(page, page.getByLabel('Why are the files being destroyed?'), 'The police instructed destruction after the release.');
  await typeInto(page, page.getByLabel(`To confirm, type the agency’s name: ${POLICE}`), 'Greater Manchester');
  await press(page, page.getByRole('button', { name: 'Destroy the secured files' }));
  await expect(page.locator('#confirmAgency-error')).toContainText(`Type the agency’s name exactly as shown: ${POLICE}`);
  await checkScreen(page, 'secured-files-16-destroy-errors');
  await typeInto(page, page.getByLabel(`To confirm, type the agency’s name: ${POLICE}`), POLICE);
  await press(page, page.getByRole('button', { name: 'Destroy the secured files' }));
  await expect(page.getByTestId('outcome-banner')).toContainText(`${POLICE}’s secured files have been destroyed`);
  await expect(policeSet(page).getByTestId('secured-set-empty')).toContainText('The files were destroyed on the agency’s instruction.');
  await expect(policeSet(page).getByRole('button')).toHaveCount(0);
  await checkScreen(page, 'secured-files-17-destroyed');
});
