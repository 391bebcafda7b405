import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, OFFICER, referral, screenOutAndClose } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { ADMINISTRATOR } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';

const today = todayInLondon();

test('a person search finds the child in an older closed case, by another name and by date of birth, using the keyboard', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await createStoreWithOfficer(preview);
  const older = await createCase(preview, referral({ referralDate: addCalendarDays(today, -400), incidentDate: addCalendarDays(today, -402) }));
  await addChild(preview, older.summary.reference, { givenNames: 'Maisie', familyName: 'Thornbury', otherNames: ['Maisie Kettle'], datesOfBirth: ['2015-03-03'] });
  await screenOutAndClose(preview, older.summary.reference, addCalendarDays(today, -398));
  const newer = await createCase(preview, referral({ referralDate: today, incidentDate: addCalendarDays(today, -1) }));
  await addChild(preview, newer.summary.reference, { givenNames: 'Maisie', familyName: 'Kettle', datesOfBirth: ['2015-03-03'] });
  await lock(preview);

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await page.getByTestId('service-menu').getByRole('button', { name: 'Find a person' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Find a person' })).toBeFocused();
  await checkScreen(page, '50-people-search');

  // Nothing entered: the form says what to enter, beside the field and in the summary.
  await page.getByRole('button', { name: 'Search' }).press('Enter');
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByTestId('error-summary')).toContainText('Enter a name or a date of birth to search for');
  await expect(page.locator('#name-error')).toContainText('Enter a name or a date of birth to search for');
  await checkScreen(page, '51-people-search-error');

  await page.getByLabel('Name', { exact: true }).focus();
  await page.keyboard.type('Kettle');
  await page.keyboard.press('Enter');
  const results = page.getByTestId('people-search-results');
  await expect(results.locator('caption')).toHaveText('2 people found for “Kettle”');
  const closedRow = results.getByRole('row').filter({ hasText: older.summary.reference });
  await expect(closedRow.getByRole('rowheader')).toHaveText('Maisie Thornbury');
  await expect(closedRow).toContainText('Maisie Kettle');
  await expect(closedRow).toContainText('3 March 2015');
  await expect(closedRow.locator('.govuk-tag')).toHaveText('Closed');
  await expect(closedRow).toContainText('Child');
  const openRow = results.getByRole('row').filter({ hasText: newer.summary.reference });
  await expect(openRow.locator('.govuk-tag')).toHaveText('Open');
  await checkScreen(page, '52-people-search-results');

  // By date of birth alone, typed into the three boxes.
  await page.getByLabel('Name', { exact: true }).fill('');
  await page.getByLabel('Day').focus();
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2015');
  await page.keyboard.press('Enter');
  await expect(results.locator('caption')).toHaveText('2 people found for born 3 March 2015');

  // A date that does not exist is caught before it is sent.
  await page.getByLabel('Day').fill('31');
  await page.getByLabel('Month').fill('2');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('#dateOfBirth-error')).toContainText('Enter the date of birth as a real date');

  await page.getByLabel('Day').fill('');
  await page.getByLabel('Month').fill('');
  await page.getByLabel('Year').fill('');
  await page.getByLabel('Name', { exact: true }).fill('Zebedee');
  await page.getByRole('button', { name: 'Search' }).press('Enter');
  await expect(page.getByTestId('people-search-none')).toContainText('No one found for “Zebedee”');
  await expect(page.getByTestId('people-search-none')).toContainText('try other spellings of the name');
  await checkScreen(page, '53-people-search-none');

  // From a result to the people on that case.
  await page.getByLabel('Name', { exact: true }).fill('Thornbury');
  await page.getByRole('button', { name: 'Search' }).press('Enter');
  await results.getByRole('link', { name: new RegExp(older.summary.reference) }).press('Enter');
  await expect(page.getByTestId('service-menu').getByRole('button', { name: 'Cases' })).toHaveAttribute('aria-current', 'true');
});

test('the menu offers the person search only to those whose role includes it', async ({ page, preview }) => {
  await createStoreWithOfficer(preview);
  await lock(preview);
  await page.goto(preview.url);
  await signIn(page, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);
  const menu = page.getByTestId('service-menu');
  await expect(menu.getByRole('button')).toHaveText(['Cases', 'Record a referral', 'Access log', 'Tasks', 'Import a bundle', 'Contacts', 'Policy settings', 'Administration']);
});
