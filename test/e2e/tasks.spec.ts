/**
 * An information request travels as a bundle from a Business Unit's install to Greater
 * Manchester Police's (the preview), opens there as a task for the nominated representative, and
 * the representative answers it by keyboard: downloads the template, sends the completed
 * workbook with the securing confirmation, and saves the return bundle, which the Business Unit's
 * install then takes in. The police's actions arrive beside it as a second task, whose page is
 * checked as it opens. Two real stores; invented people only, some with letters beyond Latin-1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { formatDate } from '../../renderer/components/format-date.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { chooseRadio, press, typeInto } from './support/keyboard.ts';
import { signIn } from './support/sign-in.ts';
import { POLICE } from './support/stage-cases.ts';
import { arrangeAgencyInstall, importForRepresentative, REPRESENTATIVE } from './support/tasks-agency.ts';
import { ACTIONS, CHILD, makeBusinessUnitInstall, PARENT, PARTNERSHIP } from './support/tasks-business-unit.ts';
import { AUTHOR, completedReturn, EVENTS } from './support/tasks-workbook.ts';

/** Presses a control that saves a file, and keeps the file the browser was given. */
async function downloadBy(page: Page, control: Locator, folder: string): Promise<{ download: Download; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, control)]);
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return { download, file };
}

test('an agency’s nominated representative answers an information request bundle from the Business Unit, by keyboard', async ({ page, preview }) => {
  test.setTimeout(90_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-e2e-tasks-'));
  // The two installs are independent until they trust each other: made side by side.
  const [madeBusinessUnit, madePolice] = await Promise.allSettled([makeBusinessUnitInstall(), arrangeAgencyInstall(preview)]);
  if (madeBusinessUnit.status === 'rejected') throw madeBusinessUnit.reason;
  const businessUnit = madeBusinessUnit.value;
  try {
    if (madePolice.status === 'rejected') throw madePolice.reason;
    const police = madePolice.value;
    const policeContact = businessUnit.trust(police.cardJson, police.fingerprint);
    const requestBundle = path.join(work, 'request.prmbundle');
    await businessUnit.makeRequestBundle(policeContact, requestBundle);
    const actionsBundle = path.join(work, 'actions.prmbundle');
    await businessUnit.makeActionsBundle(policeContact, actionsBundle);
    const [imported, importedActions] = await importForRepresentative(preview, businessUnit.cardJson, businessUnit.fingerprint, [requestBundle, actionsBundle]);
    const taskId = imported!.taskId!;
    expect(taskId).toBeGreaterThan(0);
    const actionsTaskId = importedActions!.taskId!;
    expect(actionsTaskId).toBeGreaterThan(taskId);

    await page.goto(preview.url);
    await signIn(page, REPRESENTATIVE.name, REPRESENTATIVE.passphrase);
    await press(page, page.getByTestId('service-menu').getByRole('button', { name: 'Tasks', exact: true }));
    await expect(page.getByRole('heading', { level: 1, name: 'Your tasks' })).toBeFocused();
    const row = page.getByTestId(`task-row-${taskId}`);
    await expect(row).toContainText(PARTNERSHIP);
    await expect(row).toContainText(businessUnit.reference);
    // Sent a month ago: past its due date, and still open.
    await expect(page.getByTestId(`task-due-${taskId}`)).toHaveText('Overdue');
    await expect(page.getByTestId(`task-state-${taskId}`)).toHaveText('Open');
    await checkScreen(page, 'tasks-1-list');

    await press(page, row.getByRole('link'));
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    await expect(heading).toContainText(businessUnit.reference);
    await expect(page.getByTestId('request-details')).toContainText('Asked: secure all your records about the case');
    const people = page.getByTestId('people-to-search');
    await expect(people.getByRole('row', { name: new RegExp(`${CHILD.givenNames} ${CHILD.familyName}`) })).toContainText(CHILD.otherNames[0]);
    await expect(people).toContainText(formatDate(CHILD.datesOfBirth[0]));
    await expect(people).toContainText(CHILD.addresses[0]);
    await expect(people.getByRole('row', { name: new RegExp(`${PARENT.givenNames} ${PARENT.familyName}`) })).toContainText(PARENT.relationship);
    await checkScreen(page, 'tasks-2-request');

    const template = await downloadBy(page, page.getByRole('button', { name: /^Download .*\.xlsx$/ }), work);
    await expect(page.getByTestId('task-file-status')).toContainText(`${template.download.suggestedFilename()} has been downloaded`);
    const returnWorkbook = path.join(work, 'Police return.xlsx');
    fs.writeFileSync(returnWorkbook, await completedReturn(fs.readFileSync(template.file)));

    const make = page.getByRole('button', { name: 'Make the return bundle' });
    await press(page, make);
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Choose the completed workbook', 'Choose where the records are held']);

    await expect(page.getByLabel('Name of your agency’s nominated representative')).toHaveValue(REPRESENTATIVE.name);
    await chooseRadio(page, page.getByRole('group', { name: 'Where are the records held?' }), 'In the agency’s own system');
    await typeInto(page, page.getByLabel('Details of where they are held (optional)'), 'A restricted folder.');
    await typeInto(page, page.getByLabel(`A note for ${PARTNERSHIP} (optional)`), 'Searched from 2023.');
    // The template sent back unfilled: main reads it as the Business Unit would, and refuses it.
    // Choosing a file is the browser's own dialog; the file input stands in for it.
    const chooser = page.getByLabel('Your completed workbook');
    await chooser.setInputFiles(template.file);
    await press(page, make);
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(`The agency summary in “${template.download.suggestedFilename()}” has`);
    await expect(page.locator('#workbook-error')).toBeVisible();
    await expect(page.getByTestId('task-answered')).toHaveCount(0);

    await chooser.setInputFiles(returnWorkbook);
    await expect(page.getByTestId('workbook-chosen')).toContainText('Police return.xlsx');
    const returnBundle = await downloadBy(page, make, work);
    expect(returnBundle.download.suggestedFilename()).toMatch(/\.prmbundle$/);

    const outcome = page.getByTestId('bundle-outcome');
    await expect(outcome).toBeFocused();
    await expect(outcome).toContainText(`Return bundle saved: send it to ${PARTNERSHIP} by your secure transfer`);
    await expect(page.getByTestId('task-answered')).toBeVisible();
    await expect(page.getByTestId('return-form')).toHaveCount(0);
    await checkScreen(page, 'tasks-3-answered');

    const received = await businessUnit.receive(returnBundle.file);
    expect(received.kind).toBe('return');
    expect(received.caseReference).toBe(businessUnit.reference);
    const evidence = businessUnit.evidence();
    const request = evidence.requests.find((candidate) => candidate.agency === POLICE)!;
    expect(request.state).toBe('received');
    expect(request.receivedOn).toBe(todayInLondon());
    expect(evidence.summaries.find((candidate) => candidate.agency === POLICE)).toMatchObject({ source: 'imported', form: { authorName: AUTHOR } });
    expect(evidence.returns.find((candidate) => candidate.agency === POLICE)?.rowCount).toBe(EVENTS.length);
    const securing = businessUnit.securing().rows.find((row) => row.agency === POLICE)!;
    expect(securing.confirmation).toMatchObject({ representativeName: REPRESENTATIVE.name, heldWhere: 'agency-system', confirmedOn: todayInLondon() });

    // The actions task: each action with its due date, the first one late, and the form to update them.
    await press(page, page.getByRole('link', { name: 'Back to your tasks' }));
    await press(page, page.getByTestId(`task-row-${actionsTaskId}`).getByRole('link'));
    const actionsTable = page.getByTestId('actions-table');
    await expect(actionsTable.getByRole('row', { name: new RegExp(ACTIONS[0].what) })).toContainText(ACTIONS[0].responsiblePerson);
    await expect(page.getByTestId('action-due-1')).toHaveText('Overdue');
    await expect(page.getByTestId('action-due-2')).toHaveCount(0);
    await expect(page.getByTestId('last-update')).toContainText(`No update has been sent to ${PARTNERSHIP} yet`);
    await expect(page.getByRole('button', { name: 'Make the update bundle' })).toBeVisible();
    await checkScreen(page, 'tasks-4-actions');
  } finally {
    businessUnit.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
