/**
 * Information requests, agency summaries and the letterhead, as the Business Unit, an
 * administrator and a read-only scrutineer use them. Invented people and places only; some names
 * carry letters beyond Latin-1, which the letter's embedded font must draw.
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { formatDate } from '../../renderer/components/format-date.ts';
import { createStoreWithOfficer, lock, OFFICER } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { logoPng } from './support/evidence-logo.ts';
import { expect, test } from './support/fixtures.ts';
import { chooseRadio, press, selectByKeyboard, typeInto } from './support/keyboard.ts';
import { addUserWithOwnPassphrase, ADMINISTRATOR, call } from './support/preview-calls.ts';
import type { RunningPreview } from './support/preview.ts';
import { signIn } from './support/sign-in.ts';
import { POLICE, rapidReviewCase } from './support/stage-cases.ts';

const today = todayInLondon();
const SCRUTINEER = { name: 'Lee Marchetti', role: 'scrutineer', organisation: 'Business Unit', passphrase: 'granite willow lantern' } as const;
const LETTERHEAD = {
  partnershipName: 'Northam Safeguarding Children Partnership',
  addressLines: ['Civic Centre', 'Chorley Road', 'Northam NM1 2AB'],
  contactEmail: 'partnership@example.com',
  signatoryName: 'Siân Ó Dálaigh',
  signatoryRole: 'Business Unit Manager',
  logo: null,
};

function group(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

async function openCase(page: Page, reference: string): Promise<void> {
  await press(page, page.getByRole('link', { name: reference }).first());
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
}

async function openSection(page: Page, label: string): Promise<void> {
  await press(page, page.getByTestId('case-navigation').getByRole('link', { name: label, exact: true }));
  await expect(page.getByTestId('section-heading')).toHaveText(label);
}

/** The letterhead, set through the contract as the administrator; the store is left locked. */
async function setLetterhead(preview: RunningPreview): Promise<void> {
  await lock(preview);
  await call(preview, 'session.unlock', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase });
  await call(preview, 'letterhead.save', { letterhead: LETTERHEAD });
  await lock(preview);
}

test('the Business Unit sends a request, chases and escalates it, records the return, downloads the letter, and enters and rates a summary, by keyboard', async ({ page, preview }) => {
  test.setTimeout(240_000);
  await createStoreWithOfficer(preview);
  const reference = (await rapidReviewCase(preview, today, 6)).summary.reference;
  await setLetterhead(preview);

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await openCase(page, reference);
  await openSection(page, 'Information requests');
  await expect(page.getByTestId('requests-empty')).toBeVisible();
  // No meeting yet: the policy sets its date when the requests go out.
  await expect(page.getByTestId('meeting-date-hint')).toContainText('policy 17');
  await expect(page.getByTestId('letterhead-missing')).toHaveCount(0);
  await checkScreen(page, 'evidence-requests-1-empty');

  // Sent with the recipient and the secure-files answer missing: both said beside their fields.
  await press(page, page.getByRole('button', { name: 'Send a request' }));
  await expect(page.getByRole('heading', { name: 'Send a request for information' })).toBeFocused();
  await selectByKeyboard(page, page.getByLabel('Agency', { exact: true }), POLICE);
  await press(page, page.getByRole('button', { name: 'Save the request' }));
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(page.locator('#recipientName-error')).toContainText('Enter the name of the person the request went to');
  await expect(page.locator('#secureFiles-error')).toContainText('Choose whether the agency must secure its files');
  await expect(summary.getByRole('link')).toHaveCount(2);
  await checkScreen(page, 'evidence-requests-2-errors');

  await typeInto(page, page.getByLabel('Name of the person it went to'), 'Zoë Łukasiewicz');
  await typeInto(page, page.getByLabel('Their job title (optional)'), 'Detective Inspector, Public Protection');
  await typeInto(page, page.getByLabel('Their email address (optional)'), 'zoe.lukasiewicz@example.com');
  await chooseRadio(page, group(page, 'Must the agency secure its files?'), 'Yes');
  await press(page, page.getByRole('button', { name: 'Save the request' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.getByTestId('saved-notice')).toContainText(`The request to ${POLICE} has been recorded.`);
  const row = page.getByTestId('requests-table').getByRole('row', { name: new RegExp(POLICE) });
  await expect(row).toContainText('Zoë Łukasiewicz');
  await expect(row).toContainText(formatDate(today));
  await expect(row.locator('[data-testid^="deadline-"]')).toHaveText(/^\d working days left$/);
  await expect(row).toContainText('Not escalated');
  // The agency asked cannot be chosen again.
  await press(page, page.getByRole('button', { name: 'Send a request' }));
  await expect(page.getByLabel('Agency', { exact: true }).getByRole('option', { name: POLICE })).toHaveCount(0);
  await press(page, page.getByRole('button', { name: 'Cancel' }));
  await checkScreen(page, 'evidence-requests-3-sent');

  // A chase by phone.
  await press(page, page.getByRole('button', { name: `Record a chase for ${POLICE}` }));
  await expect(page.getByRole('heading', { name: `Record a chase of ${POLICE}` })).toBeFocused();
  await chooseRadio(page, group(page, 'How was the agency chased?'), 'Phone');
  await typeInto(page, page.getByLabel('Note (optional)'), 'Spoke to Zoë: the chronology is with her manager.');
  await press(page, page.getByRole('button', { name: 'Save the chase' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.locator('[data-testid^="chases-"]')).toContainText('Phone');
  await expect(row.locator('td').nth(5)).toHaveText('1');

  // An escalation recorded while open, and its outcome added later.
  await press(page, page.getByRole('button', { name: `Record an escalation for ${POLICE}` }));
  await chooseRadio(page, group(page, 'Who was it escalated to?'), 'Practice Review Subgroup');
  await typeInto(page, page.getByLabel('Name of the person it was escalated to'), 'Dr Ngozi Adébáyọ̀');
  await press(page, page.getByRole('button', { name: 'Save the escalation' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(row).toContainText('Practice Review Subgroup');
  await expect(row).toContainText('awaiting the outcome');
  await expect(page.locator('[data-testid^="escalations-"]')).toContainText('Open: no outcome recorded yet');
  await checkScreen(page, 'evidence-requests-4-chased-and-escalated');
  await press(page, page.getByRole('button', { name: /^Add the outcome of the escalation/ }));
  await expect(page.getByLabel('Name of the person it was escalated to')).toHaveValue('Dr Ngozi Adébáyọ̀');
  await typeInto(page, page.getByLabel('Outcome (optional)'), 'The strategic safeguarding lead agreed a new return date.');
  await press(page, page.getByRole('button', { name: 'Save the escalation' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(row).toContainText('outcome recorded');
  await expect(page.locator('[data-testid^="escalations-"]')).toContainText('agreed a new return date');

  // The return came in today.
  await press(page, page.getByRole('button', { name: `Record the return received for ${POLICE}` }));
  await press(page, page.getByRole('button', { name: 'Save the date received' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(row.locator('[data-testid^="deadline-"]')).toHaveText('Received');
  await expect(page.getByRole('button', { name: `Change the date received for ${POLICE}` })).toBeVisible();

  // The letter: a PDF on the letterhead, named for the case and the agency.
  const downloading = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: `Download letter (PDF) for ${POLICE}` }));
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${reference} request for information – ${POLICE}.pdf`);
  expect(fs.readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.locator('[data-testid^="download-status-"]')).toContainText('has been downloaded');
  await checkScreen(page, 'evidence-requests-5-received');

  // The agency's summary, entered on its behalf and rated.
  await openSection(page, 'Agency summaries');
  const police = page.locator('article').filter({ has: page.getByRole('heading', { name: new RegExp(POLICE) }) });
  await expect(police.getByTestId('summary-state')).toHaveText('Awaited');
  await checkScreen(page, 'evidence-summaries-1-awaited');
  await press(page, page.getByRole('button', { name: `Enter the summary from ${POLICE}` }));
  await press(page, page.getByRole('button', { name: 'Save the summary' }));
  await expect(page.locator('#involvement-error')).toContainText('Enter a summary of your agency’s involvement');
  await typeInto(page, page.getByLabel('Completed by (name)'), 'Zoë Łukasiewicz');
  await typeInto(page, page.getByLabel('Summary of your agency’s involvement with the child and family'), 'Two attendances at the home after calls from neighbours.');
  await press(page, page.getByRole('button', { name: 'Save the summary' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(police.getByTestId('summary-state')).toHaveText('Received');
  await press(page, police.locator('summary'));
  await expect(police.locator('[data-testid^="summary-details-"]')).toContainText('Two attendances at the home');
  await press(page, page.getByRole('button', { name: `Rate the quality from ${POLICE}` }));
  await chooseRadio(page, group(page, 'How good is the summary?'), 'Requires improvement');
  await typeInto(page, page.getByLabel('Why? (optional)'), 'No analysis of what could have been done differently.');
  await press(page, page.getByRole('button', { name: 'Save the rating' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(police.getByTestId('quality-rating')).toContainText('Requires improvement');
  await expect(police.getByTestId('quality-rating')).toContainText(`Rated by ${OFFICER.name}`);
  await checkScreen(page, 'evidence-summaries-2-rated');
});

test('an administrator sets the letterhead, with its logo, on the policy screen', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await createStoreWithOfficer(preview);
  await lock(preview);
  await page.goto(preview.url);
  await signIn(page, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);
  await press(page, page.getByTestId('service-menu').getByRole('button', { name: 'Policy settings' }));
  const settings = page.getByTestId('letterhead-settings');
  await expect(settings).toContainText('The letterhead has not been set yet.');

  await press(page, page.getByRole('button', { name: 'Save the letterhead' }));
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.locator('#letterhead-partnershipName-error')).toContainText('Enter the partnership’s name');
  await expect(page.locator('#letterhead-signatoryName-error')).toContainText('Enter the name of the person who signs letters');

  await typeInto(page, page.getByLabel('Partnership name'), LETTERHEAD.partnershipName);
  await typeInto(page, page.getByLabel('Address (optional)', { exact: true }), '');
  await page.keyboard.type(LETTERHEAD.addressLines[0]!);
  for (const line of LETTERHEAD.addressLines.slice(1)) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await typeInto(page, page.getByLabel('Contact email address (optional)'), LETTERHEAD.contactEmail);
  await typeInto(page, page.getByLabel('Name of the person who signs letters'), LETTERHEAD.signatoryName);
  await typeInto(page, settings.getByLabel('Their job title (optional)'), LETTERHEAD.signatoryRole);
  // A file chooser is the operating system's own window; the test hands the file to the box.
  await page.getByLabel('Logo (optional)').setInputFiles({ name: 'northam-logo.png', mimeType: 'image/png', buffer: logoPng() });
  await expect(page.getByTestId('logo-preview').getByRole('img')).toHaveAttribute('alt', `The logo of ${LETTERHEAD.partnershipName}, as letters will show it`);
  await checkScreen(page, 'evidence-letterhead-1-filled');

  await press(page, page.getByRole('button', { name: 'Save the letterhead' }));
  await expect(page.getByTestId('letterhead-status')).toHaveText('The letterhead has been saved.');
  const saved = (await call(preview, 'letterhead.get', {})).letterhead;
  expect(saved?.partnershipName).toBe(LETTERHEAD.partnershipName);
  expect(saved?.addressLines).toEqual(LETTERHEAD.addressLines);
  expect(saved?.signatoryName).toBe(LETTERHEAD.signatoryName);
  expect(Buffer.from(saved?.logo?.contentBase64 ?? '', 'base64').equals(logoPng())).toBe(true);
  await expect(page.getByTestId('logo-preview')).toBeVisible();
  await checkScreen(page, 'evidence-letterhead-2-saved');
});

test('a scrutineer, who may only read the case, sees the requests, summaries and letterhead with no way to change them', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await createStoreWithOfficer(preview);
  const reference = (await rapidReviewCase(preview, today, 6)).summary.reference;
  await call(preview, 'requests.save', {
    reference,
    id: null,
    request: { agency: POLICE, recipientName: 'Zoë Łukasiewicz', recipientRole: '', recipientEmail: '', sentOn: today, secureFiles: false, note: '' },
  });
  await call(preview, 'summaries.save', { reference, agency: POLICE, summary: { authorName: 'Zoë Łukasiewicz', involvement: 'Two attendances at the home.' } });
  await setLetterhead(preview);
  await call(preview, 'session.unlock', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase });
  await addUserWithOwnPassphrase(preview, SCRUTINEER);

  await page.goto(preview.url);
  await signIn(page, SCRUTINEER.name, SCRUTINEER.passphrase);
  await openCase(page, reference);
  await openSection(page, 'Information requests');
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  await expect(page.getByTestId('requests-table')).toContainText('Zoë Łukasiewicz');
  await expect(page.getByTestId('meeting-date-hint')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send a request' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(Change|Record|Remove|Add)/ })).toHaveCount(0);
  // Reading a case includes its letters.
  await expect(page.getByRole('button', { name: `Download letter (PDF) for ${POLICE}` })).toBeVisible();
  await checkScreen(page, 'evidence-requests-6-read-only');

  await openSection(page, 'Agency summaries');
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  await expect(page.getByTestId('summaries-count')).toContainText('1 of 2 agencies have returned a summary.');
  await expect(page.getByRole('button', { name: /^(Enter|Change|Import|Rate)/ })).toHaveCount(0);
  await checkScreen(page, 'evidence-summaries-3-read-only');

  await press(page, page.getByTestId('service-menu').getByRole('button', { name: 'Policy settings' }));
  await expect(page.getByTestId('letterhead-read-only')).toContainText(LETTERHEAD.partnershipName);
  await expect(page.getByRole('button', { name: 'Save the letterhead' })).toHaveCount(0);
});
