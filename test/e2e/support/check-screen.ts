/**
 * Every screen a test visits is checked the same way: axe against WCAG 2.2 AA with no
 * violations allowed, and a full-page screenshot into test-results/screenshots for a person to
 * look at (they are not compared automatically, and not committed). CI takes none: nobody looks
 * at them there, and a full-page capture of a long screen costs seconds the CI budget does not have.
 */
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { SCREENSHOT_FOLDER } from './paths.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function checkScreen(page: Page, name: string): Promise<void> {
  // Legacy mode runs axe in the page itself: the app has no frames, and the default mode's extra
  // blank page for each check doubles the time the suite takes.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG_TAGS).analyze();
  const described = results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`);
  expect(described, `accessibility violations on the "${name}" screen`).toEqual([]);
  await snapshot(page, name);
}

/** A full-page screenshot for a person to look at, outside CI. */
export async function snapshot(page: Page, name: string): Promise<void> {
  if (process.env.CI) return;
  await page.screenshot({ path: path.join(SCREENSHOT_FOLDER, `${name}.png`), fullPage: true });
}
