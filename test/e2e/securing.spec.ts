/**
 * The Business Unit's side of secured files (policy 16): an agency asked to secure its files is
 * overdue with its confirmation, and the officer records it by keyboard. Invented people only;
 * some names carry letters beyond Latin-1.
 */
import type { Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { formatDate } from '../../renderer/components/format-date.ts';
import { createStoreWithOfficer, lock, OFFICER } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { chooseRadio, press, typeInto } from './support/keyboard.ts';
import { call } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';
import { POLICE, rapidReviewCase } from './support/stage-cases.ts';

const today = todayInLondon();
const EDUCATION = 'Education';
const REPRESENTATIVE = 'Oluwaseun Ní Bhriain';

async function openSection(page: Page, label: string): Promise<void> {
  await press(page, page.getByTestId('case-navigation').getByRole('link', { name: label, exact: true }));
  await expect(page.getByTestId('section-heading')).toHaveText(label);
}

test('the Business Unit records an agency’s confirmation that its files are secured, by keyboard', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await createStoreWithOfficer(preview);
  const reference = (await rapidReviewCase(preview, today, 30)).summary.reference;
  // Sent a fortnight ago: more than five working days, so Police's confirmation is overdue.
  const sentOn = addCalendarDays(today, -14);
  const request = { recipientName: 'Zoë Łukasiewicz', sentOn, note: '' };
  await call(preview, 'requests.save', { reference, id: null, request: { ...request, agency: POLICE, secureFiles: true } });
  await call(preview, 'requests.save', { reference, id: null, request: { ...request, agency: EDUCATION, secureFiles: false } });
  await lock(preview);

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await press(page, page.getByRole('link', { name: reference }).first());
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  await openSection(page, 'Securing files');
  const table = page.getByTestId('securing-table');
  const police = table.getByRole('row', { name: new RegExp(POLICE) });
  await expect(police).toContainText(`Yes, ${formatDate(sentOn)}`);
  await expect(police.getByTestId('securing-tag')).toHaveText('Overdue');
  await expect(table.getByRole('row', { name: new RegExp(EDUCATION) }).getByTestId('securing-tag')).toHaveText('Not requested');
  // Only an agency that has confirmed can be given an instruction.
  await expect(page.getByRole('button', { name: `Record the instruction at the close for ${POLICE}` })).toHaveCount(0);
  await checkScreen(page, 'securing-1-overdue');

  await press(page, page.getByRole('button', { name: `Record the confirmation for ${POLICE}` }));
  await expect(page.getByRole('heading', { name: `Record ${POLICE}’s confirmation that its files are secured` })).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Save the confirmation' }));
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter the nominated representative’s name', 'Choose where the records are held']);
  await expect(page.locator('#heldWhere-error')).toContainText('Choose where the records are held');
  await checkScreen(page, 'securing-2-errors');

  await typeInto(page, page.getByLabel('Name of the agency’s nominated representative'), REPRESENTATIVE);
  await chooseRadio(page, page.getByRole('group', { name: 'Where are the records held?' }), 'In the agency’s own system');
  await typeInto(page, page.getByLabel('Details of where they are held (optional)'), 'A restricted folder in the force’s records system.');
  await press(page, page.getByRole('button', { name: 'Save the confirmation' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.getByTestId('saved-notice')).toContainText(`${POLICE}’s confirmation that its files are secured has been recorded.`);
  await expect(police.getByTestId('securing-tag')).toHaveText('Confirmed late');
  await expect(police).toContainText(`${formatDate(today)}, by ${REPRESENTATIVE}`);
  await expect(police).toContainText('In the agency’s own system');
  await expect(page.getByTestId('securing-summary-1')).toContainText(`recorded by ${OFFICER.name}`);
  await expect(page.getByRole('button', { name: `Record the instruction at the close for ${POLICE}` })).toBeVisible();
  await checkScreen(page, 'securing-3-confirmed');
});
