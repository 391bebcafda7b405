// The evaluate callbacks run in the page, so they need the DOM's types.
/// <reference lib="dom" />
import type { Locator } from '@playwright/test';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { ADMINISTRATOR, createLockedStore } from './support/preview-calls.ts';

test.beforeEach(async ({ preview }) => {
  await createLockedStore(preview);
});

test('a wrong passphrase is named in the error summary and beside the field, and the summary takes focus', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await checkScreen(page, '10-sign-in');

  await page.getByLabel('Your full name').fill(ADMINISTRATOR.name);
  await page.getByLabel('Passphrase', { exact: true }).fill('not the right words');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused({ timeout: 30_000 });
  await expect(summary).toContainText('That passphrase is not right. Check it and try again.');
  await expect(page.locator('#passphrase-error')).toContainText('That passphrase is not right. Check it and try again.');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-describedby', 'passphrase-error');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('');
  await expect(page).toHaveTitle(/^Error: Sign in/);
  await checkScreen(page, '11-sign-in-wrong-passphrase');

  await summary.getByRole('link', { name: 'That passphrase is not right' }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.getByLabel('Passphrase', { exact: true }).fill(ADMINISTRATOR.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused({ timeout: 30_000 });
});

test('an unknown name is named beside the name field', async ({ page, preview }) => {
  await page.goto(preview.url);
  await page.getByLabel('Your full name').fill('Nobody Here');
  await page.getByLabel('Passphrase', { exact: true }).fill(ADMINISTRATOR.passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.locator('#name-error')).toContainText('There is no user called "Nobody Here"');
  await checkScreen(page, '12-sign-in-unknown-name');
});

/** GOV.UK's focus style: a yellow outline, fill or underline, never nothing. */
async function expectVisibleFocus(control: Locator): Promise<void> {
  await expect(control).toBeFocused();
  const indicator = await control.evaluate((element) => {
    const style = getComputedStyle(element);
    // GOV.UK draws a transparent outline (for Windows high-contrast mode) and shows focus with a shadow.
    const outline = style.outlineStyle !== 'none' && style.outlineColor !== 'rgba(0, 0, 0, 0)' && style.outlineColor !== 'transparent';
    return { visible: outline || style.boxShadow !== 'none', html: element.outerHTML.slice(0, 100) };
  });
  expect(indicator.visible, `a visible focus indicator on ${indicator.html}`).toBe(true);
}

test('the sign-in form and sign out work with the keyboard alone', async ({ page, preview }) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  const name = page.getByLabel('Your full name');
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  const show = page.getByRole('button', { name: 'Show passphrase' });

  // The skip link comes first on the page, before the header.
  await page.keyboard.press('Shift+Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expectVisibleFocus(skipLink);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.keyboard.press('Tab');
  await expectVisibleFocus(name);
  await page.keyboard.type(ADMINISTRATOR.name);
  await page.keyboard.press('Tab');
  await expectVisibleFocus(passphrase);
  await page.keyboard.type(ADMINISTRATOR.passphrase);

  await page.keyboard.press('Tab');
  await expectVisibleFocus(show);
  await page.keyboard.press('Enter');
  await expect(passphrase).toHaveAttribute('type', 'text');
  await checkScreen(page, '13-sign-in-passphrase-shown');
  await page.keyboard.press('Enter');
  await expect(passphrase).toHaveAttribute('type', 'password');

  await page.keyboard.press('Shift+Tab');
  await expect(passphrase).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeFocused({ timeout: 30_000 });

  // An administrator's dashboard first shows the backup reminder (above the heading, as GOV.UK
  // places notification banners); before it, Sign out is the header's last control.
  await page.keyboard.press('Shift+Tab');
  await expectVisibleFocus(page.getByRole('link', { name: 'Back up the store' }));
  await page.keyboard.press('Shift+Tab');
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await expectVisibleFocus(signOut);
  await checkScreen(page, '14-sign-out-focused');
  await page.keyboard.press('Enter');
  await expect(page.getByText('You have signed out')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
});
