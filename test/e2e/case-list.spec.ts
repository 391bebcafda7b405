import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { addUserWithOwnPassphrase, call } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';

test.describe('with the demo store of synthetic cases', () => {
  test.use({ previewOptions: { demo: true } });

  test('the dashboard shows the demo cases, open ones only, each with its next deadline', async ({ page, preview }) => {
    // Held until the loading state has been seen and checked.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/cases.dashboard', async (route) => {
      await released;
      await route.continue();
    });

    await page.goto(preview.url);
    await page.getByLabel('Your full name').fill('Demo Administrator');
    await page.getByLabel('Passphrase', { exact: true }).fill('demo passphrase only');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Loading cases…')).toBeVisible({ timeout: 30_000 });
    await checkScreen(page, '30-cases-loading');
    release();

    const table = page.getByTestId('dashboard-table');
    await expect(table).toBeVisible();
    const open = (await call(preview, 'cases.dashboard', {})).cases;
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((row) => row.closedOn === null)).toBe(true);
    await expect(table.locator('tbody tr')).toHaveCount(Math.min(open.length, 50));
    await expect(table.locator('tbody th').first()).toHaveText(/^PRM-\d{4}-\d{3}$/);
    await checkScreen(page, '31-cases-dashboard');
  });
});

test('someone whose role does not include the case list is told so, and who can help', async ({ page, preview }) => {
  const administrator = { name: 'Alex Morgan', passphrase: 'copper lantern meadow' };
  const reviewer = { name: 'Jordan Lee', passphrase: 'granite willow sparrow' };
  await call(preview, 'store.create', { name: administrator.name, passphrase: administrator.passphrase, confirmPassphrase: administrator.passphrase });
  await addUserWithOwnPassphrase(preview, { name: reviewer.name, role: 'lead-reviewer', organisation: 'Business Unit', passphrase: reviewer.passphrase });

  await page.goto(preview.url);
  await signIn(page, reviewer.name, reviewer.passphrase);
  await expect(page.getByText('You cannot see the list of cases, because your role does not include it.')).toBeVisible();
  await expect(page.getByText('ask an administrator of Practice Review Manager in the Business Unit')).toBeVisible();
  await expect(page.getByTestId('case-table')).toHaveCount(0);
  await checkScreen(page, '32-cases-not-allowed');
});
