/**
 * Working across organisations with sealed, signed bundles (issue 8), on the Business Unit's
 * side: trust the police's install by its fingerprint (a wrong one refused first), send the
 * case's information request to it as a bundle, and import the police's return — made on a real
 * second install in the test process — to see the request marked received. Every screen shown
 * is checked with axe. Invented people and records only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { OFFICER } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { makeAgencyInstall, POLICE_INSTALL_NAME, type AgencyInstall } from './support/exchange-agency.ts';
import { arrangeBusinessUnit } from './support/exchange-arrange.ts';
import { expect, test } from './support/fixtures.ts';
import { press, typeInto } from './support/keyboard.ts';
import { signIn } from './support/sign-in.ts';
import { POLICE } from './support/stage-cases.ts';

const POLICE_INSTALL = `${POLICE} – ${POLICE_INSTALL_NAME}`;
/** Well formed, and not the police's: what a mistyped or forged fingerprint looks like. */
const WRONG_FINGERPRINT = 'AAAA BBBB CCCC DDDD EEEE FFFF';

async function goTo(page: Page, menuItem: string, heading: string): Promise<void> {
  await press(page, page.getByTestId('service-menu').getByRole('button', { name: menuItem, exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
}

async function openSection(page: Page, label: string): Promise<void> {
  await press(page, page.getByTestId('case-navigation').getByRole('link', { name: label, exact: true }));
  await expect(page.getByTestId('section-heading')).toHaveText(label);
}

test('the Business Unit trusts the police’s install by its fingerprint, sends it the request as a bundle and imports the return, and the request shows as received', async ({ page, preview }) => {
  // Two installs, two stores made with Argon2id and four screens checked with axe: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-e2e-exchange-'));
  let police: AgencyInstall | null = null;
  try {
    const businessUnit = await arrangeBusinessUnit(preview);
    police = await makeAgencyInstall();
    const policeCard = path.join(work, 'Police contact card.json');
    fs.writeFileSync(policeCard, police.cardJson);

    await page.goto(preview.url);
    await signIn(page, OFFICER.name, OFFICER.passphrase);

    // Contacts: this install's own fingerprint to read out, and no contacts yet.
    await goTo(page, 'Contacts', 'Contacts');
    await expect(page.getByTestId('own-fingerprint')).toHaveText(businessUnit.fingerprint);
    await expect(page.getByTestId('contacts-empty')).toBeVisible();

    // The police's card comes in unconfirmed.
    await press(page, page.getByRole('button', { name: 'Add a contact' }));
    await expect(page.getByRole('heading', { name: 'Add a contact' })).toBeFocused();
    await page.locator('#card').setInputFiles(policeCard);
    await press(page, page.getByRole('button', { name: 'Add the contact' }));
    await expect(page.getByTestId('outcome-banner')).toContainText(`${POLICE_INSTALL} has been added`);
    const row = page.getByTestId('contacts-table').getByRole('row', { name: new RegExp(POLICE) });
    await expect(row).toContainText('Fingerprint not yet confirmed');

    // A fingerprint that does not match is refused with main's words, and the contact stays untrusted.
    await press(page, row.getByRole('button', { name: `Confirm fingerprint of ${POLICE_INSTALL}` }));
    await expect(page.getByRole('heading', { name: `Confirm the fingerprint of ${POLICE_INSTALL}` })).toBeFocused();
    await typeInto(page, page.getByLabel('Fingerprint they read to you'), WRONG_FINGERPRINT);
    await press(page, page.getByRole('button', { name: 'Confirm and trust this contact' }));
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.locator('#fingerprint-error')).toContainText('The fingerprint you typed does not match');
    await checkScreen(page, 'exchange-01-contacts-fingerprint-refused');
    await typeInto(page, page.getByLabel('Fingerprint they read to you'), police.fingerprint.toLowerCase());
    await press(page, page.getByRole('button', { name: 'Confirm and trust this contact' }));
    await expect(page.getByTestId('outcome-banner')).toContainText(`${POLICE_INSTALL} is trusted`);
    await expect(row).toContainText('Trusted');
    await expect(row).toContainText(`Trusted by ${OFFICER.name}`);

    // The police trust the Business Unit in the same way, on their own install.
    police.trust(businessUnit.cardJson, businessUnit.fingerprint);

    // The case's Send and receive: the request goes to the police's install only.
    await goTo(page, 'Cases', 'Cases');
    await press(page, page.getByRole('link', { name: businessUnit.reference }).first());
    await openSection(page, 'Send and receive');
    const request = page.getByTestId(`exchange-request-${businessUnit.requestId}`);
    await expect(request.getByTestId('request-state')).toHaveText('Awaited');
    await expect(request).toContainText('Not sent');
    await checkScreen(page, 'exchange-02-send-and-receive');
    await press(page, request.getByRole('button', { name: `Send request to ${POLICE}` }));
    await expect(page.getByRole('heading', { name: `Send the request to ${POLICE}` })).toBeFocused();
    await expect(page.getByRole('radio', { name: POLICE_INSTALL })).toBeChecked();
    const downloaded = page.waitForEvent('download');
    await press(page, page.getByRole('button', { name: 'Make and save the request bundle' }));
    const requestBundle = path.join(work, 'request.prmbundle');
    await (await downloaded).saveAs(requestBundle);
    await expect(page.getByTestId('outcome-banner')).toContainText('Bundle saved: send it by your organisation’s secure transfer');
    await expect(request).toContainText(`Sent to ${POLICE_INSTALL}`);
    await expect(page.getByTestId('bundle-log')).toContainText('Information request');
    await checkScreen(page, 'exchange-03-request-sent');

    // The police take the request in, and their representative makes the return.
    const taskId = await police.receiveRequest(requestBundle);
    const returnBundle = await police.makeReturn(taskId, todayInLondon());

    // Import a bundle: checked and previewed before anything is written.
    await goTo(page, 'Import a bundle', 'Import a bundle');
    await page.locator('#bundle').setInputFiles(returnBundle);
    await press(page, page.getByRole('button', { name: 'Check the bundle' }));
    await expect(page.getByRole('heading', { level: 1, name: /Check the bundle before you import it/ })).toBeFocused();
    await expect(page.getByTestId('bundle-from')).toContainText(POLICE);
    await expect(page.getByTestId('bundle-from')).toContainText(POLICE_INSTALL_NAME);
    await expect(page.getByTestId('bundle-what')).toContainText('Agency return');
    await expect(page.getByTestId('bundle-what')).toContainText(businessUnit.reference);
    await expect(page.getByTestId('bundle-will-do')).toContainText('2 chronology rows');
    await expect(page.getByTestId('bundle-will-do')).toContainText('Mark the request received today');
    await checkScreen(page, 'exchange-04-import-preview');
    await press(page, page.getByRole('button', { name: 'Import', exact: true }));
    await expect(page.getByRole('heading', { level: 1, name: 'Bundle imported' })).toBeFocused();
    await expect(page.getByTestId('import-applied')).toContainText('2 chronology rows');
    await checkScreen(page, 'exchange-05-imported');

    // The case's request is received, and Send and receive shows where the return came from.
    await press(page, page.getByRole('link', { name: `Go to the information requests on case ${businessUnit.reference}` }));
    await expect(page.getByTestId('section-heading')).toHaveText('Information requests');
    await expect(page.getByTestId(`requests-row-${businessUnit.requestId}`).getByTestId(`deadline-${businessUnit.requestId}`)).toHaveText('Received');
    await openSection(page, 'Send and receive');
    await expect(request.getByTestId('request-state')).toHaveText('Received');
    await expect(request).toContainText(`Received from ${POLICE_INSTALL}`);
    await expect(page.getByTestId('bundle-log')).toContainText('Agency return');
  } finally {
    police?.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
