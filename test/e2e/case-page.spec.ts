import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, OFFICER, referral } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { choose, chooseRadio, press, typeDate, typeInto } from './support/keyboard.ts';
import { addUserWithOwnPassphrase, ADMINISTRATOR, call } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';

const today = todayInLondon();
const daysAgo = (days: number) => addCalendarDays(today, -days);

function group(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

async function openSection(page: Page, label: string): Promise<void> {
  const link = page.getByTestId('case-navigation').getByRole('link', { name: label, exact: true });
  if ((await link.getAttribute('aria-current')) === 'page') return;
  await press(page, link);
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('section-heading')).toHaveText(label);
  // A new section is a new page: focus goes back to its top.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

test('a referral recorded through the form opens a case: a child added, a refused move explained, a document kept and opened', async ({ page, preview }) => {
  test.setTimeout(360_000);
  await createStoreWithOfficer(preview);
  await lock(preview);
  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);

  // The new referral form, and what it says when sent empty.
  await press(page, page.getByRole('link', { name: 'Record a referral' }).first());
  await expect(page.getByRole('heading', { level: 1, name: /Record a referral/ })).toBeFocused();
  await checkScreen(page, 'case-page-referral-new');
  await press(page, page.getByRole('button', { name: 'Record the referral' }));
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose the kind of review requested');
  await expect(summary).toContainText('Enter the referrer’s name');
  await expect(summary).toContainText('Enter a pen picture of the child’s life');
  await expect(page.locator('#aboutTheChild-error')).toContainText('Enter a pen picture of the child’s life');
  await expect(page).toHaveTitle(/^Error: Record a referral/);
  await checkScreen(page, 'case-page-referral-errors');

  // The good-outcome questions appear only for a good outcome review.
  await chooseRadio(page, group(page, 'Kind of review requested'), 'Good outcome review');
  await expect(page.getByLabel('The evaluated effect')).toBeVisible();
  await chooseRadio(page, group(page, 'Kind of review requested'), 'Rapid review');
  await expect(page.getByLabel('The evaluated effect')).toHaveCount(0);

  await typeInto(page, page.getByLabel('Referrer’s name'), 'Priya Shah');
  await typeInto(page, page.getByLabel('Referrer’s agency'), 'Greater Manchester Police');
  await page.keyboard.press('Escape');
  // An incident after the referral: main refuses it, beside the field.
  await typeDate(page, group(page, 'Incident date'), daysAgo(1));
  await typeDate(page, group(page, 'Date the referral was received'), daysAgo(3));
  await chooseRadio(page, group(page, 'Did the child die or suffer serious harm?'), 'The child was seriously harmed');
  await chooseRadio(page, group(page, 'Is abuse or neglect known or suspected?'), 'Yes');
  await chooseRadio(page, group(page, 'Was a safeguarding lead or PRSG member consulted?'), 'Yes');
  await typeInto(page, page.getByLabel('Who was consulted'), 'Sam Rowe, designated nurse');
  await chooseRadio(page, group(page, 'Were the child and family consulted and prepared?'), 'No');
  await typeInto(page, page.getByLabel('Why the family were not consulted'), 'A police investigation is under way.');
  await typeInto(page, page.getByLabel('About the child'), 'A lively nine-year-old who loves football and drawing.');
  await typeInto(page, page.getByLabel('What happened'), 'An invented incident, for testing only.');
  await typeInto(page, page.getByLabel('Why there may be learning'), 'Agencies may not have shared what they knew.');
  await choose(page, page.getByLabel('Greater Manchester Police', { exact: true }));
  await choose(page, page.getByLabel('Education', { exact: true }));
  await press(page, page.getByRole('button', { name: 'Record the referral' }));
  await expect(summary).toBeFocused();
  await expect(page.locator('#incidentDate-error')).toBeVisible();

  await typeDate(page, group(page, 'Incident date'), daysAgo(3));
  await typeDate(page, group(page, 'Date the referral was received'), daysAgo(1));
  await press(page, page.getByRole('button', { name: 'Record the referral' }));

  // The new case's people, asking for the child.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused({ timeout: 15_000 });
  // The heading first reads "Case" while the new case loads; its reference comes with the case.
  await expect(heading).toHaveText(/PRM-\d{4}-\d{3}/);
  await expect(page.getByTestId('case-stage')).toContainText('Referral');
  const caption = (await heading.locator('.govuk-caption-l').textContent()) ?? '';
  expect(caption).toBe('Rapid review');
  const reference = ((await heading.textContent()) ?? '').replace(caption, '').trim();
  expect(reference).not.toBe('');
  await expect(page.getByRole('alert').filter({ hasText: `The referral has been recorded as case ${reference}` })).toBeVisible();
  await expect(page.getByTestId('section-heading')).toHaveText('People');
  await expect(page.getByTestId('add-child-prompt')).toContainText('Add the child or children');
  await expect(page.getByTestId('case-navigation').getByRole('link', { name: 'People', exact: true })).toHaveAttribute('aria-current', 'page');
  await checkScreen(page, 'case-page-people-empty');

  // A move refused because no child has been added: the message names what is missing.
  await openSection(page, 'Overview');
  await expect(page.getByTestId('case-summary')).toContainText(reference);
  await expect(page.getByTestId('case-summary')).toContainText('Greater Manchester Police');
  await expect(page.getByTestId('stage-timeline')).toContainText('Current stage');
  await expect(page.getByTestId('move-screening')).toContainText('Add at least one child to the case.');
  await press(page, page.getByRole('button', { name: 'Move to Screening' }));
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('This case cannot move to Screening yet');
  await expect(summary).toContainText('Add at least one child to the case.');
  await checkScreen(page, 'case-page-overview-refused');

  // The child, with a nickname and a date of birth typed the way people write them.
  await openSection(page, 'People');
  await press(page, page.getByRole('button', { name: 'Add a child' }));
  await expect(page.getByRole('heading', { name: 'Add a person' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Child', exact: true })).toBeChecked();
  await typeInto(page, page.getByLabel('Given names'), 'Jamie Lee');
  await typeInto(page, page.getByLabel('Family name'), 'Hartwell');
  await typeInto(page, page.getByLabel('Other names (optional)'), 'JJ\nJamie Hartwel');
  await typeInto(page, page.getByLabel('Dates of birth (optional)'), '14/2/2017');
  await checkScreen(page, 'case-page-person-form');
  await press(page, page.getByRole('button', { name: 'Add the person' }));
  const banner = page.getByTestId('outcome-banner');
  await expect(banner).toContainText('Jamie Lee Hartwell has been added, published as ');
  const people = page.getByTestId('people-table');
  const row = people.getByRole('row').filter({ hasText: 'Jamie Lee Hartwell' });
  await expect(row).toContainText('Also known as JJ, Jamie Hartwel');
  await expect(row).toContainText('14 February 2017');
  const publishedAs = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
  expect(publishedAs).not.toBe('');
  await expect(page.getByTestId('add-child-prompt')).toHaveCount(0);
  await checkScreen(page, 'case-page-people');

  // On the overview: the child's published name in the heading, and now the move is made.
  await openSection(page, 'Overview');
  await expect(heading).toContainText(publishedAs);
  await expect(heading).not.toContainText('Hartwell');
  await expect(page.getByTestId('clocks-table')).toContainText('Screening decision');
  await press(page, page.getByRole('button', { name: 'Move to Screening' }));
  await expect(banner).toContainText('Moved to Screening');
  await expect(banner).toBeFocused();
  await expect(page.getByTestId('case-stage')).toContainText('Screening');
  await checkScreen(page, 'case-page-overview');

  // A delay recorded against the screening clock.
  await press(page, page.getByRole('button', { name: 'Record a delay or exception' }));
  await press(page, page.getByRole('button', { name: 'Save the delay or exception' }));
  await expect(summary).toContainText('Choose the clock');
  await expect(summary).toContainText('Enter the reason for the delay');
  await page.getByLabel('Which clock').selectOption({ label: 'Screening decision' });
  await typeInto(page, page.getByLabel('Reason for the delay or exception'), 'The panel could not meet in the week of the referral.');
  await typeDate(page, group(page, 'Date the National Panel was told (optional)'), today);
  await press(page, page.getByRole('button', { name: 'Save the delay or exception' }));
  await expect(banner).toContainText('The delay or exception has been recorded');
  await expect(page.getByTestId('clock-exceptions')).toContainText('The panel could not meet in the week of the referral.');
  await expect(page.getByTestId('clock-exceptions')).toContainText(`Entered by ${OFFICER.name}`);

  // The referral, read back and changed through the same form.
  await openSection(page, 'Referral');
  await expect(page.getByTestId('referral-summary')).toContainText('A lively nine-year-old who loves football and drawing.');
  await expect(page.getByTestId('record-meta')).toContainText(`Entered by ${OFFICER.name}`);
  await checkScreen(page, 'case-page-referral');
  await press(page, page.getByRole('button', { name: 'Change the referral' }));
  await expect(page.getByRole('heading', { name: 'Change the referral' })).toBeFocused();
  await expect(page.getByLabel('Referrer’s name')).toHaveValue('Priya Shah');
  await typeInto(page, page.getByLabel('Immediate safety actions (optional)'), 'A safety plan is in place with the school.');
  await press(page, page.getByRole('button', { name: 'Save the changes' }));
  await expect(banner).toContainText('The referral has been changed');
  await expect(page.getByTestId('referral-summary')).toContainText('A safety plan is in place with the school.');

  // A document added, listed, and opened as a download of the same bytes.
  await openSection(page, 'Documents');
  await expect(page.getByText('Documents are kept inside the encrypted store')).toBeVisible();
  await checkScreen(page, 'case-page-documents-empty');
  await press(page, page.getByRole('button', { name: 'Add a document' }));
  await press(page, page.getByRole('button', { name: 'Add the document' }));
  await expect(summary).toContainText('Choose a file');
  // Too big to send: refused before it is read.
  const bigFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-big-'));
  const bigFile = path.join(bigFolder, 'too-big.bin');
  fs.writeFileSync(bigFile, '');
  fs.truncateSync(bigFile, 50 * 1024 * 1024 + 1);
  await page.locator('#file').setInputFiles(bigFile);
  await press(page, page.getByRole('button', { name: 'Add the document' }));
  await expect(page.locator('#file-error')).toContainText('The selected file must be 50 MB or smaller');
  fs.rmSync(bigFolder, { recursive: true, force: true });
  const content = 'Minutes of an invented rapid review meeting, for testing only.\n';
  await page.locator('#file').setInputFiles({ name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
  await typeInto(page, page.getByLabel('Note (optional)'), 'Minutes of the meeting');
  await press(page, page.getByRole('button', { name: 'Add the document' }));
  await expect(banner).toContainText('minutes.txt has been added to the case');
  const documents = page.getByTestId('documents-table');
  const documentRow = documents.getByRole('row').filter({ hasText: 'minutes.txt' });
  await expect(documentRow).toContainText('Minutes of the meeting');
  await expect(documentRow).toContainText(`${Buffer.byteLength(content)} bytes`);
  await expect(documentRow).toContainText(OFFICER.name);
  await checkScreen(page, 'case-page-documents');
  const downloading = page.waitForEvent('download');
  await press(page, documentRow.getByRole('button', { name: 'Open minutes.txt' }));
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('minutes.txt');
  expect(fs.readFileSync(await download.path(), 'utf8')).toBe(content);
  await expect(page.getByTestId('document-status')).toContainText('minutes.txt has been opened');
});

test('someone who may read a case but not change it sees it all, without the buttons that change it', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await createStoreWithOfficer(preview);
  const created = await createCase(preview, referral({ referralDate: daysAgo(1), incidentDate: daysAgo(2) }));
  const reference = created.summary.reference;
  await addChild(preview, reference, { givenNames: 'Ruby', familyName: 'Calloway', datesOfBirth: ['2015-06-01'] });
  await call(preview, 'documents.add', { reference, name: 'referral-form.txt', mediaType: 'text/plain', note: 'As received', contentBase64: Buffer.from('An invented referral form.').toString('base64') });
  await lock(preview);
  // A screening panel member reads every case (cases.read) but changes none.
  await call(preview, 'session.unlock', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase });
  const panelMember = { name: 'Kit Okafor', role: 'screening-panel', organisation: 'Greater Manchester Police', passphrase: 'violet harbour kestrel' } as const;
  await addUserWithOwnPassphrase(preview, panelMember);

  await page.goto(`${preview.url}`);
  await signIn(page, panelMember.name, panelMember.passphrase);
  await page.getByRole('link', { name: reference }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);

  for (const section of ['Overview', 'Referral', 'People', 'Documents']) {
    await openSection(page, section);
    await expect(page.getByTestId('read-only-notice')).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Change|Remove|Add|Record a delay|Move to)/ })).toHaveCount(0);
    await checkScreen(page, `case-page-read-only-${section.toLowerCase()}`);
  }
  await expect(page.getByTestId('documents-table')).toContainText('referral-form.txt');
  // Reading is still allowed: the document opens.
  const downloading = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Open referral-form.txt' }));
  expect(fs.readFileSync(await (await downloading).path(), 'utf8')).toBe('An invented referral form.');
});

test('a person’s details are checked line by line, and removing someone asks first', async ({ page, preview }) => {
  test.setTimeout(180_000);
  await createStoreWithOfficer(preview);
  const created = await createCase(preview, referral({ referralDate: daysAgo(1), incidentDate: daysAgo(2) }));
  const reference = created.summary.reference;
  await addChild(preview, reference, { givenNames: 'Ruby', familyName: 'Calloway' });
  await call(preview, 'people.save', { reference, person: { role: 'family-member', givenNames: 'Dominic', familyName: 'Calloway', relationship: 'Father' } });
  await lock(preview);
  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await page.getByRole('link', { name: reference }).first().focus();
  await page.keyboard.press('Enter');
  await openSection(page, 'People');
  const people = page.getByTestId('people-table');
  await expect(people.getByRole('row').filter({ hasText: 'Dominic Calloway' })).toContainText('Father');

  // A date of birth that does not exist, on the second line: the message says which line.
  await press(page, people.getByRole('button', { name: /^Change .*Ruby Calloway/ }));
  await expect(page.getByRole('heading', { name: 'Change Ruby Calloway' })).toBeFocused();
  await typeInto(page, page.getByLabel('Dates of birth (optional)'), '1/6/2015\n31/2/2015');
  await typeInto(page, page.getByLabel('Contact details (optional)'), '07700 900123');
  await press(page, page.getByRole('button', { name: 'Save the changes' }));
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Line 2: Enter the date of birth as a real date');
  await expect(page.locator('#datesOfBirth-error')).toContainText('Line 2');
  await checkScreen(page, 'case-page-person-errors');
  await typeInto(page, page.getByLabel('Dates of birth (optional)'), '1/6/2015\n2/6/2015');
  await press(page, page.getByRole('button', { name: 'Save the changes' }));
  await expect(page.getByTestId('outcome-banner')).toContainText('The changes to Ruby Calloway have been saved');
  await expect(people.getByRole('row').filter({ hasText: 'Ruby Calloway' })).toContainText('2 June 2015');

  // Removing asks first; "No" keeps them.
  await press(page, people.getByRole('button', { name: /^Remove .*Dominic Calloway/ }));
  const confirm = page.getByTestId('confirm-remove');
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText('Are you sure you want to remove');
  await checkScreen(page, 'case-page-person-remove');
  await press(page, confirm.getByRole('button', { name: 'No, keep it' }));
  await expect(people.getByRole('row').filter({ hasText: 'Dominic Calloway' })).toHaveCount(1);
  await press(page, people.getByRole('button', { name: /^Remove .*Dominic Calloway/ }));
  await press(page, page.getByTestId('confirm-remove').getByRole('button', { name: 'Yes, remove' }));
  await expect(page.getByTestId('outcome-banner')).toContainText('Dominic Calloway has been removed from the case');
  await expect(people.getByRole('row').filter({ hasText: 'Dominic Calloway' })).toHaveCount(0);
  // The preview has one session, the officer's from the browser, so the call sees what main now holds.
  const stored = await call(preview, 'cases.get', { reference });
  expect(stored.people.map((person) => person.givenNames)).toEqual(['Ruby']);
});
