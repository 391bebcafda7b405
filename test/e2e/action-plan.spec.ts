/**
 * The Business Unit's action plan journey (issue 10, Must show): on a review at its action-plan
 * stage, the officer notes the annual figure `actions.completed_with_evidence`, adds a
 * recommendation and an action due in this financial year, attaches a file of evidence, records
 * the action complete with its evidence accepted, and sees the figure go up by one. The action
 * plan and the agency's actions screen are checked with axe; the forms are driven by keyboard.
 * Invented people and organisations only.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { arrangeActionPlanCase, OFFICER, POLICE } from './support/action-plan-arrange.ts';
import { checkScreen, snapshot } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { chooseRadio, press, selectByKeyboard, typeDate, typeInto } from './support/keyboard.ts';
import { signIn } from './support/sign-in.ts';

const FIGURE = 'actions.completed_with_evidence';
const EVIDENCE = { name: 'school-transfer-audit.txt', mimeType: 'text/plain', buffer: Buffer.from('Audit of school transfers, spring term: all twelve records passed on within five days.\n') };

/** The figure's value in the Annual figures' "All figures" table, read from the row its name heads. */
async function completedWithEvidence(page: Page): Promise<number> {
  await page.getByTestId('service-menu').getByRole('button', { name: 'Annual figures' }).press('Enter');
  const row = page.getByTestId('all-figures').getByRole('row').filter({ has: page.getByRole('rowheader', { name: FIGURE, exact: true }) });
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  return Number((await row.getByRole('cell').innerText()).replace(/,/g, ''));
}

test('the Business Unit adds an action, attaches its evidence, completes it and sees the annual figure go up', async ({ page, preview }) => {
  test.setTimeout(180_000);
  const { reference } = await arrangeActionPlanCase(preview);
  const today = todayInLondon();

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await expect(page.getByTestId('overdue-actions-none')).toHaveText('No actions are overdue.');
  const before = await completedWithEvidence(page);

  await page.getByTestId('service-menu').getByRole('button', { name: 'Cases' }).press('Enter');
  await page.getByTestId('dashboard-table').getByRole('link', { name: reference }).click();
  await page.getByTestId('case-navigation').getByRole('link', { name: 'Action plan', exact: true }).click();
  const section = page.getByTestId('action-plan-section');
  await expect(section.getByTestId('action-plan-empty')).toContainText('No recommendations yet.');
  await snapshot(page, 'B-action-plan-empty');

  // A recommendation, by keyboard: first sent empty, to see what it asks for.
  await press(page, section.getByRole('button', { name: 'Add a recommendation' }));
  const recommendationForm = section.getByTestId('recommendation-form');
  await press(page, recommendationForm.getByRole('button', { name: 'Add the recommendation' }));
  await expect(recommendationForm.getByTestId('error-summary')).toContainText('Enter the recommendation');
  await expect(recommendationForm.getByTestId('error-summary')).toContainText('Choose the type of recommendation');
  await checkScreen(page, 'B-recommendation-errors');
  await typeInto(page, recommendationForm.getByLabel('Recommendation', { exact: true }), 'Records follow a child who moves school.');
  await chooseRadio(page, recommendationForm.getByRole('group', { name: 'Type of recommendation' }), 'Multi-agency');
  await typeInto(page, recommendationForm.getByLabel('Systemic factor it addresses'), 'Moves between areas');
  await press(page, recommendationForm.getByRole('button', { name: 'Add the recommendation' }));
  await expect(page.getByTestId('outcome-banner')).toContainText('Recommendation 1 has been added');
  const card = section.getByTestId('recommendation-1');
  await expect(card).toContainText('Multi-agency');

  // Its action, due today: within this financial year.
  await press(page, card.getByRole('button', { name: 'Add an action to recommendation 1' }));
  const actionForm = section.getByTestId('action-form');
  await typeInto(page, actionForm.getByLabel('What is to be done'), 'Audit school transfers');
  await selectByKeyboard(page, actionForm.getByLabel('Agency that owns the action'), POLICE);
  await typeInto(page, actionForm.getByLabel('Responsible person'), 'Head of Safeguarding');
  await typeDate(page, actionForm.getByRole('group', { name: 'Due date' }), today);
  await typeInto(page, actionForm.getByLabel('Intended outcome: what will change?'), 'No child arrives unknown');
  await press(page, actionForm.getByRole('button', { name: 'Add the action' }));
  await expect(page.getByTestId('outcome-banner')).toContainText('Action 1.1 has been added');
  await expect(card).toContainText('Not started');

  // A file of evidence, kept with the case's documents.
  await card.getByRole('button', { name: 'Attach evidence to action 1.1' }).click();
  await section.getByLabel('File of evidence of impact').setInputFiles(EVIDENCE);
  await section.getByRole('button', { name: 'Attach the file' }).click();
  await expect(page.getByTestId('outcome-banner')).toContainText(`${EVIDENCE.name} has been attached to action 1.1`);
  await expect(card.getByTestId('evidence-files')).toContainText(EVIDENCE.name);

  // Complete, with the evidence accepted today, by keyboard.
  await press(page, card.getByRole('button', { name: 'Record progress on action 1.1' }));
  const progressForm = section.getByTestId('progress-form');
  await chooseRadio(page, progressForm.getByRole('group', { name: 'Status' }), 'Complete');
  await typeDate(page, progressForm.getByRole('group', { name: 'Date the action was completed' }), today);
  await typeInto(page, progressForm.getByLabel('Evidence of impact (optional)'), 'All records passed on');
  await typeDate(page, progressForm.getByRole('group', { name: 'Date the evidence was accepted (optional)' }), today);
  await press(page, progressForm.getByRole('button', { name: 'Save the progress' }));
  await expect(page.getByTestId('outcome-banner')).toContainText('Progress on action 1.1 has been recorded');
  await expect(section.getByTestId('plan-count-complete')).toHaveText('1complete');
  await expect(section.getByTestId('plan-count-accepted')).toHaveText('1with evidence of impact accepted');
  await expect(card).toContainText('Complete');
  await checkScreen(page, 'B-action-plan');

  // The evidence opens from the case's documents as it was attached.
  const downloading = page.waitForEvent('download');
  await card.getByTestId('evidence-files').getByRole('link', { name: EVIDENCE.name }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(EVIDENCE.name);
  await expect(section.getByTestId('evidence-open-status')).toContainText(`${EVIDENCE.name} has been opened as a download`);

  // Everything Police owes, across every review.
  await page.getByTestId('service-menu').getByRole('button', { name: 'Actions owed' }).press('Enter');
  await expect(page.getByTestId('owed-actions-empty')).toHaveText('No actions are overdue.');
  await selectByKeyboard(page, page.getByLabel('Agency', { exact: true }), POLICE);
  const owed = page.getByTestId('owed-actions-table');
  await expect(owed.getByTestId('owed-action')).toHaveCount(1);
  await expect(owed.getByTestId('owed-action')).toContainText('Complete');
  await expect(page.getByTestId('owed-count-complete')).toHaveText('1complete');
  await checkScreen(page, 'B-agency-actions');
  // The agency's assurance report, as a spreadsheet (an .xlsx is a zip: it starts "PK").
  const report = page.waitForEvent('download');
  await page.getByTestId('agency-downloads').getByRole('button', { name: 'Download as spreadsheet' }).press('Enter');
  expect(fs.readFileSync(await (await report).path()).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByTestId('agency-downloads-status')).toContainText('has been downloaded');
  await press(page, owed.getByRole('link', { name: new RegExp(`^${reference}`) }));
  await expect(page.getByTestId('action-plan-section')).toBeVisible();

  expect(await completedWithEvidence(page)).toBe(before + 1);
});
