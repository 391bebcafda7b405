/**
 * Working a page by keyboard alone, as someone who cannot use a mouse would: Tab (or
 * Shift+Tab) until the control has focus — which also proves it can be reached — then type,
 * press Space to tick or choose, or Enter to follow or submit.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const MOST_TAB_STOPS = 400;

async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses Tab until `target` has focus; Shift+Tab if it is behind. Fails if it never does. */
export async function tabTo(page: Page, target: Locator, direction: 'forward' | 'back' = 'forward'): Promise<void> {
  await expect(target).toBeVisible();
  if (await hasFocus(target)) return;
  const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
  for (let stop = 0; stop < MOST_TAB_STOPS; stop += 1) {
    await page.keyboard.press(key);
    if (await hasFocus(target)) return;
  }
  if (direction === 'forward') return tabTo(page, target, 'back');
  throw new Error(`Could not reach ${target.toString()} with the Tab key.`);
}

/** Clears a text box or area reached by Tab and types into it. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text !== '') await page.keyboard.type(text);
}

/** Ticks a checkbox or chooses a radio button by keyboard (Space), if it is not already. */
export async function choose(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/**
 * Chooses an option of a radio group: Tab reaches the group's checked (or first) button, and
 * the arrow keys move through the group to the one wanted.
 */
export async function chooseRadio(page: Page, group: Locator, label: string): Promise<void> {
  const wanted = group.getByRole('radio', { name: label, exact: true });
  const radios = group.getByRole('radio');
  const count = await radios.count();
  await tabTo(page, (await radios.first().isChecked()) || (await group.getByRole('radio', { checked: true }).count()) === 0 ? radios.first() : group.getByRole('radio', { checked: true }));
  for (let step = 0; step <= count && !(await wanted.isChecked()); step += 1) {
    if (await hasFocus(wanted)) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowDown');
  }
  await expect(wanted).toBeChecked();
}

/** Chooses an option of a select by keyboard: focus it and type the start of the option's text. */
export async function selectByKeyboard(page: Page, target: Locator, label: string): Promise<void> {
  await tabTo(page, target);
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const chosen = await target.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? '');
    if (chosen === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Could not choose "${label}" in ${target.toString()} with the arrow keys.`);
}

/** Follows a link or presses a button by keyboard. */
export async function press(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Types a date into a GOV.UK date input (day, month and year boxes) reached by Tab. */
export async function typeDate(page: Page, group: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  await typeInto(page, group.getByLabel('Day', { exact: true }), day);
  await typeInto(page, group.getByLabel('Month', { exact: true }), month);
  await typeInto(page, group.getByLabel('Year', { exact: true }), year);
}
