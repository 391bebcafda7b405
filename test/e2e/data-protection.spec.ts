/**
 * A data-protection request by keyboard: the administrator opens the Data-protection requests
 * tab, searches for a person named on an open case and on a closed one, reviews where the store
 * names them, and downloads the export. Cases are arranged through calls (the people search's
 * own tests click through making them).
 */
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, referral, screenOutAndClose } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { press, typeInto } from './support/keyboard.ts';
import { ADMINISTRATOR, call } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';

const today = todayInLondon();

test('the administrator finds everything the store holds about a person, reviews it and downloads the export, by keyboard', async ({ page, preview }) => {
  await createStoreWithOfficer(preview);
  const older = await createCase(preview, referral({ referralDate: addCalendarDays(today, -900), incidentDate: addCalendarDays(today, -902), whatHappened: 'Zofia Nowak-Ellis was missing overnight.' }));
  await addChild(preview, older.summary.reference, { givenNames: 'Zofia', familyName: 'Nowak-Ellis', datesOfBirth: ['2012-06-09'] });
  await screenOutAndClose(preview, older.summary.reference, addCalendarDays(today, -895));
  const newer = await createCase(preview, referral({ referralDate: today, incidentDate: addCalendarDays(today, -1), whatHappened: 'NOWAK-ELLIS, Zofia was found at the station.' }));
  await call(preview, 'people.save', { reference: newer.summary.reference, person: { role: 'family-member', givenNames: 'Zofia', familyName: 'Nowak-Ellis', relationship: 'Sister', datesOfBirth: ['2012-06-09'] } });
  await addChild(preview, newer.summary.reference, { givenNames: 'Zofia', familyName: 'Nowakowska', datesOfBirth: ['2019-01-02'] });
  await lock(preview);

  await page.goto(preview.url);
  await signIn(page, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);
  await press(page, page.getByTestId('service-menu').getByRole('button', { name: 'Administration' }));
  await press(page, page.getByTestId('administration-tabs').getByRole('link', { name: 'Data-protection requests' }));
  await expect(page.getByRole('heading', { level: 2, name: 'Data-protection requests' })).toBeVisible();
  await checkScreen(page, 'data-protection-01-form');

  // Without accents or capitals, the name is found on both cases, open and closed.
  await typeInto(page, page.getByLabel('Full name'), 'zofia nowak ellis');
  await page.keyboard.press('Enter');
  const review = page.getByTestId('data-protection-review');
  await expect(review.getByRole('heading', { level: 3 })).toHaveText('Found in 6 places, on 2 cases');
  const cases = page.getByTestId('data-protection-cases');
  await expect(cases.getByRole('row').filter({ hasText: older.summary.reference }).locator('.govuk-tag')).toHaveText('Closed');
  await expect(cases.getByRole('row').filter({ hasText: newer.summary.reference }).locator('.govuk-tag')).toHaveText('Open');
  await expect(page.getByTestId('data-protection-records')).toContainText('Family member: Sister');
  await expect(page.getByTestId('data-protection-records')).not.toContainText('Nowakowska');
  await expect(page.getByTestId('data-protection-places').getByRole('row', { name: /People records/ })).toContainText('2');
  await checkScreen(page, 'data-protection-02-review');

  const downloading = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Download the export' }));
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`data-protection-request-${today}.xlsx`);
  const stream = await download.createReadStream();
  const first = await new Promise<Buffer>((resolve, reject) => stream.once('data', (chunk: Buffer) => resolve(chunk)).once('error', reject));
  expect(first.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByTestId('data-protection-download-status')).toContainText('has been downloaded');

  await page.getByLabel('Full name').fill('Zebedee Quartermaine');
  await page.getByLabel('Full name').press('Enter');
  await expect(page.getByTestId('data-protection-nothing-found')).toContainText('Nothing in this store names “Zebedee Quartermaine”');
});
