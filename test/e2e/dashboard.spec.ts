import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, OFFICER, referral, screenOutAndClose } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { addUserWithOwnPassphrase, ADMINISTRATOR, call } from './support/preview-calls.ts';
import { signIn, submitSignIn } from './support/sign-in.ts';

const today = todayInLondon();

test('the dashboard shows each open case’s next deadline with its status in words, and filters by keyboard', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await createStoreWithOfficer(preview);
  const overdue = await createCase(preview, referral({ referralDate: addCalendarDays(today, -40), incidentDate: addCalendarDays(today, -41), agencies: ['Greater Manchester Police', 'Housing'] }));
  await addChild(preview, overdue.summary.reference, { givenNames: 'Ellie', familyName: 'Marsh' });
  const onTime = await createCase(preview, referral({ kindRequested: 'good-outcome-review', referralDate: today, incidentDate: addCalendarDays(today, -1), agencies: ['Education'], goodOutcome: goodOutcome() }));
  const closed = await createCase(preview, referral({ referralDate: addCalendarDays(today, -300), incidentDate: addCalendarDays(today, -301) }));
  await addChild(preview, closed.summary.reference, { givenNames: 'Noah', familyName: 'Fenwick' });
  await screenOutAndClose(preview, closed.summary.reference, addCalendarDays(today, -298));
  await lock(preview);

  // Held until the loading state has been seen and checked.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/cases.dashboard', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(preview.url);
  await submitSignIn(page, OFFICER.name, OFFICER.passphrase);
  await expect(page.getByText('Loading cases…')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused();
  release();

  const table = page.getByTestId('dashboard-table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Reference', 'Children', 'Kind of review', 'Stage', 'Next deadline', 'Status']);
  await expect(page.getByTestId('dashboard-count')).toHaveText('Showing 1 to 2 of 2 cases');
  const overdueRow = table.getByRole('row').filter({ hasText: overdue.summary.reference });
  await expect(overdueRow.getByRole('cell').nth(0)).toHaveText('Child A');
  await expect(overdueRow).toContainText('Screening decision');
  await expect(overdueRow).toContainText(/\d+ working days overdue/);
  await expect(overdueRow.locator('.govuk-tag')).toHaveText('Overdue');
  await expect(overdueRow.locator('.govuk-tag')).toHaveClass(/govuk-tag--red/);
  const onTimeRow = table.getByRole('row').filter({ hasText: onTime.summary.reference });
  await expect(onTimeRow).toContainText('5 working days left');
  await expect(onTimeRow.locator('.govuk-tag')).toHaveText('On time');
  // Real names never reach the dashboard.
  await expect(table).not.toContainText('Ellie');
  await expect(table).not.toContainText(closed.summary.reference);
  const menu = page.getByTestId('service-menu');
  await expect(menu.getByRole('button', { name: 'Cases' })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('button', { name: 'Record a referral' })).toBeVisible();
  await checkScreen(page, '40-dashboard');

  // Keyboard only from here: the filters, then into a case.
  await page.getByLabel('Reference').focus();
  await page.keyboard.type(onTime.summary.reference.slice(-3));
  await expect(page.getByTestId('dashboard-count')).toHaveText('Showing 1 to 1 of 1 case');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.getByLabel('Overdue only').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('dashboard-count')).toHaveText('Showing 1 to 1 of 1 case');
  await expect(table.getByRole('row').filter({ hasText: overdue.summary.reference })).toHaveCount(1);
  await page.keyboard.press('Space');
  await page.getByLabel('Kind of review').selectOption('good-outcome-review');
  await expect(page.getByTestId('dashboard-count')).toHaveText('Showing 1 to 1 of 1 case');
  await page.getByLabel('Agency').selectOption('Housing');
  await expect(page.getByTestId('dashboard-count')).toHaveText('No cases match these filters (2 open cases in all)');
  await checkScreen(page, '41-dashboard-no-match');
  await page.getByRole('button', { name: 'Clear filters' }).press('Enter');
  await expect(page.getByTestId('dashboard-count')).toHaveText('Showing 1 to 2 of 2 cases');

  await page.getByLabel('Include closed cases').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('dashboard-count')).toHaveText('Showing 1 to 3 of 3 cases');
  const closedRow = table.getByRole('row').filter({ hasText: closed.summary.reference });
  await expect(closedRow.locator('.govuk-tag')).toHaveText('Closed');
  await checkScreen(page, '42-dashboard-with-closed');

  await table.getByRole('link', { name: overdue.summary.reference }).focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('button', { name: 'Cases' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('dashboard-table')).toHaveCount(0);
  // The case page takes focus to its heading once it has loaded: wait, or that focus could take the Enter meant for Cases.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await menu.getByRole('button', { name: 'Cases' }).press('Enter');
  await expect(page.getByTestId('dashboard-table')).toBeVisible();
});

test('more than 50 cases are shown 50 to a page, with GOV.UK pagination', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await createStoreWithOfficer(preview);
  for (let index = 0; index < 53; index += 1) {
    await createCase(preview, referral({ referralDate: addCalendarDays(today, -index), incidentDate: addCalendarDays(today, -index - 1) }));
  }
  await lock(preview);
  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await expect(page.getByTestId('dashboard-count')).toHaveText('Showing 1 to 50 of 53 cases');
  await expect(page.getByTestId('dashboard-table').locator('tbody tr')).toHaveCount(50);
  const pagination = page.getByRole('navigation', { name: 'Pages of cases' });
  await expect(pagination.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await pagination.getByRole('link', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dashboard-count')).toHaveText('Showing 51 to 53 of 53 cases');
  await expect(page.getByTestId('dashboard-table').locator('tbody tr')).toHaveCount(3);
  await expect(pagination.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await checkScreen(page, '43-dashboard-page-2');
});

test('with no cases yet, the dashboard says so and offers to record a referral', async ({ page, preview }) => {
  await createStoreWithOfficer(preview);
  await lock(preview);
  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await expect(page.getByTestId('cases-empty')).toContainText('There are no cases yet.');
  await expect(page.getByTestId('cases-empty').getByRole('link', { name: 'Record a referral' })).toBeVisible();
  await checkScreen(page, '44-dashboard-empty');
  await page.getByTestId('cases-empty').getByRole('link', { name: 'Record a referral' }).press('Enter');
  await expect(page.getByTestId('service-menu').getByRole('button', { name: 'Record a referral' })).toHaveAttribute('aria-current', 'page');
});

test('someone whose role does not include the case list is told so, and sees no menu items they cannot use', async ({ page, preview }) => {
  await call(preview, 'store.create', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase, confirmPassphrase: ADMINISTRATOR.passphrase });
  const reviewer = { name: 'Jordan Lee', passphrase: 'granite willow sparrow' };
  await addUserWithOwnPassphrase(preview, { name: reviewer.name, role: 'lead-reviewer', organisation: 'Business Unit', passphrase: reviewer.passphrase });
  await page.goto(preview.url);
  await signIn(page, reviewer.name, reviewer.passphrase);
  await expect(page.getByText('You cannot see the list of cases, because your role does not include it.')).toBeVisible();
  const menu = page.getByTestId('service-menu');
  await expect(menu.getByRole('button')).toHaveText(['Cases', 'Tasks', 'Contacts', 'Policy settings']);
  await checkScreen(page, '45-dashboard-not-allowed');
});

function goodOutcome() {
  return {
    livedExperience: 'The child says school feels safe now.',
    stepsTaken: 'A joint plan between school and health.',
    before: 'Missed appointments and low attendance.',
    barriers: 'Transport, solved with a bus pass.',
    effect: 'Attendance rose to 96%.',
    learning: 'Early joint planning works.',
  };
}
