import type { Locator, Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { createStoreWithOfficer, lock, OFFICER } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { choose, chooseRadio, press, selectByKeyboard, typeDate, typeInto } from './support/keyboard.ts';
import { addUserWithOwnPassphrase, ADMINISTRATOR, call } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';
import { HEALTH, LOCAL_AUTHORITY, lcsprCase, POLICE, rapidReviewCase } from './support/stage-cases.ts';

const today = todayInLondon();
const SCRUTINEER = { name: 'Lee Marchetti', role: 'scrutineer', organisation: 'Business Unit', passphrase: 'granite willow lantern' } as const;
const daysAgo = (days: number) => addCalendarDays(today, -days);

function group(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

async function openCase(page: Page, reference: string): Promise<void> {
  await page.getByRole('link', { name: reference }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
}

async function openSection(page: Page, label: string): Promise<void> {
  await press(page, page.getByTestId('case-navigation').getByRole('link', { name: label, exact: true }));
  await expect(page.getByTestId('section-heading')).toBeVisible();
}

async function typePerson(page: Page, idPrefix: string, name: string, organisation: string): Promise<void> {
  await typeInto(page, page.locator(`#${idPrefix}-name`), name);
  await typeInto(page, page.locator(`#${idPrefix}-organisation`), organisation);
  // Closes the organisation suggestions, which would otherwise take the next key.
  await page.keyboard.press('Escape');
}

async function saveForm(page: Page, label: string): Promise<void> {
  await press(page, page.getByRole('button', { name: label, exact: true }));
}

test('a rapid review’s screening, meetings with the quorum check, endorsements, agenda and National Panel, by keyboard', async ({ page, preview }) => {
  test.setTimeout(240_000);
  await createStoreWithOfficer(preview);
  const created = await rapidReviewCase(preview, today, 6);
  const reference = created.summary.reference;
  await lock(preview);

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await openCase(page, reference);

  // Screening, recorded on behalf of the panel.
  await openSection(page, 'Screening');
  await press(page, page.getByRole('button', { name: 'Record the screening decision' }));
  await expect(page.getByRole('heading', { name: 'Record the screening decision' })).toBeFocused();
  await chooseRadio(page, group(page, 'What did the panel decide?'), 'Serious Incident Notification: rapid review');
  await typeDate(page, group(page, 'Date of the decision'), daysAgo(4));
  await typeInto(page, page.getByLabel('Rationale for the decision'), 'A child was seriously harmed and neglect is suspected.');
  await typePerson(page, 'panel-0', 'Dana Whitlow', POLICE);
  await typeInto(page, page.getByLabel('Scrutineer’s name'), 'Lee Marchetti');
  await typeInto(page, page.getByLabel('Their comment'), 'Content with the decision.');
  await saveForm(page, 'Save the screening decision');
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.getByTestId('screening-summary')).toContainText('Serious Incident Notification: rapid review');
  await expect(page.getByTestId('record-meta')).toContainText(`Entered by ${OFFICER.name}`);
  await expect(page.getByTestId('record-meta')).toContainText(`on behalf of Dana Whitlow (${POLICE})`);
  await checkScreen(page, '60-stage-screening');

  // A meeting nobody from health attended cannot decide the outcome.
  await openSection(page, 'Meetings');
  await press(page, page.getByRole('button', { name: 'Add a meeting' }));
  await typeDate(page, group(page, 'Meeting date'), today);
  await typeInto(page, page.getByLabel('Start time'), '10:00');
  await typePerson(page, 'chair', 'Ines Farrow', LOCAL_AUTHORITY);
  await typePerson(page, 'attendees-0', 'Ines Farrow', LOCAL_AUTHORITY);
  await press(page, page.getByRole('button', { name: 'Add another attendee' }));
  await expect(page.locator('#attendees-1-name')).toBeFocused();
  await typePerson(page, 'attendees-1', 'Dana Whitlow', POLICE);
  await typeDate(page, group(page, 'Date the papers were shared'), today);
  await typeInto(page, page.getByLabel('Time the papers were shared'), '09:00');
  // Less than 24 hours before: the form asks why, and what reading time was given (policy 18).
  await expect(page.getByTestId('late-papers')).toContainText('less than 24 hours before the meeting');
  await typeInto(page, page.getByLabel('Why were the papers late?'), 'The police summary arrived that morning.');
  await typeInto(page, page.getByLabel('Reading time given at the meeting'), '30 minutes at the start');
  await choose(page, page.getByLabel('Neglect', { exact: true }));
  await chooseRadio(page, group(page, 'Outcome'), 'Local child safeguarding practice review');
  await saveForm(page, 'Save the meeting');
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.locator('#outcome-error')).toContainText('The meeting was not quorate: nobody attended from ICB (health)');
  await expect(page.getByTestId('error-summary')).toContainText('nobody attended from ICB (health)');
  await checkScreen(page, '61-stage-meeting-inquorate');

  await press(page, page.getByRole('button', { name: 'Add another attendee' }));
  await typePerson(page, 'attendees-2', 'Kit Ambrose', HEALTH);
  await saveForm(page, 'Save the meeting');
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  const meeting = page.locator('article[data-testid^="meeting-"]');
  await expect(meeting.locator('[data-testid^="quorum-"]')).toHaveText('Quorate Quorate: Local Authority, Police and ICB (health) attended');
  await expect(meeting.locator('[data-testid^="meeting-summary-"]')).toContainText('Local child safeguarding practice review');
  await expect(meeting.locator('[data-testid^="meeting-summary-"]')).toContainText('The police summary arrived that morning.');
  await expect(meeting.getByTestId('record-meta').first()).toContainText(`on behalf of Ines Farrow (${LOCAL_AUTHORITY})`);

  // Health does not endorse, so the disagreement is escalated.
  await press(page, page.getByRole('button', { name: 'Record an endorsement' }));
  await chooseRadio(page, group(page, 'In what capacity do they endorse?'), 'ICB (health)');
  await typePerson(page, 'person', 'Kit Ambrose', HEALTH);
  await chooseRadio(page, group(page, 'Do they endorse the outcome?'), 'No');
  await typeDate(page, group(page, 'Date of the endorsement'), today);
  await expect(page.getByTestId('escalation')).toBeVisible();
  await typeDate(page, group(page, 'Date it was escalated'), today);
  await typeInto(page, page.getByLabel('Outcome of the escalation'), 'Agreed at the Safeguarding Executive.');
  await saveForm(page, 'Save the endorsement');
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  const endorsement = page.locator('.govuk-summary-card[data-testid^="endorsement-"]');
  await expect(endorsement).toContainText('ICB (health): Kit Ambrose');
  await expect(endorsement.getByTestId('record-meta')).toContainText(`Entered by ${OFFICER.name}`);
  await expect(endorsement.getByTestId('record-meta')).toContainText(`on behalf of Kit Ambrose (${HEALTH})`);

  // The agenda, built from the case, names the child only as published.
  const agenda = page.locator('details[data-testid^="agenda-"]');
  await press(page, agenda.locator('summary'));
  await expect(agenda).toHaveAttribute('open', '');
  await expect(agenda).toContainText('Rapid review meeting: agenda');
  await expect(agenda).toContainText('Child A');
  await expect(agenda).not.toContainText('Rowan');
  await expect(agenda).toContainText('Chair: Ines Farrow');
  await expect(agenda.getByRole('button', { name: 'Print the agenda' })).toBeVisible();
  await checkScreen(page, '62-stage-meetings');

  // The National Panel: the notification starts the clocks.
  await openSection(page, 'National Panel');
  await press(page, page.getByRole('button', { name: 'Record the notification' }));
  await typeDate(page, group(page, 'Date the Local Authority became aware'), daysAgo(5));
  await typeDate(page, group(page, 'Date the National Panel was notified'), daysAgo(3));
  await typeInto(page, page.getByLabel('Notification reference (optional)'), 'SIN-2026-07');
  await saveForm(page, 'Save the notification');
  await expect(page.getByTestId('notification-summary')).toContainText('SIN-2026-07');
  await expect(page.getByTestId('clock-la-notification')).toContainText('Met');
  await expect(page.getByTestId('clock-rapid-review-report')).toContainText('working days left');
  await press(page, page.getByRole('button', { name: 'Record the report and the response' }));
  await typeDate(page, group(page, 'Date the rapid review report was sent to the National Panel'), daysAgo(1));
  await chooseRadio(page, group(page, 'What did the National Panel say?'), 'Agrees with the local decision');
  await typeDate(page, group(page, 'Date the National Panel replied'), today);
  await saveForm(page, 'Save');
  await expect(page.getByTestId('panel-response-summary')).toContainText('Agrees with the local decision');
  await press(page, page.getByRole('button', { name: 'Record a delay or exception' }));
  await selectByKeyboard(page, page.getByLabel('Which timescale is delayed?'), 'Agency returns');
  await typeInto(page, page.getByLabel('What it is about (optional)'), 'Education');
  await typeInto(page, page.getByLabel('Reason for the delay'), 'The school was closed for half term.');
  await typeDate(page, group(page, 'Date the National Panel was told'), today);
  await saveForm(page, 'Save the delay');
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.locator('.govuk-summary-card')).toContainText('Delay: Agency returns (Education)');
  await checkScreen(page, '63-stage-national-panel');
});

test('an LCSPR’s set-up, declarations, linked processes, factual accuracy, sign-off and publication, and media enquiries, by keyboard', async ({ page, preview }) => {
  test.setTimeout(240_000);
  await createStoreWithOfficer(preview);
  const lcspr = await lcsprCase(preview, today);
  expect(lcspr.summary.kind).toBe('lcspr');
  const reference = lcspr.summary.reference;
  await lock(preview);

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await openCase(page, reference);

  await openSection(page, 'LCSPR set-up');
  await expect(page.getByTestId('clock-lead-reviewer')).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Set up the LCSPR' }));
  await typeInto(page, page.locator('#leadReviewerName'), 'Morgan Tillery');
  await typeInto(page, page.locator('#leadReviewerOrganisation'), 'Tillery Reviews Ltd');
  await page.keyboard.press('Escape');
  await typeDate(page, group(page, 'Date appointed'), daysAgo(2));
  await choose(page, page.getByLabel('Meets the reviewer specification'));
  await choose(page, page.getByLabel('Has read the partnership’s practice review policy'));
  await choose(page, page.getByLabel('Contract signed'));
  await typeInto(page, page.locator('#termsOfReference'), 'How agencies shared information in the year before.');
  await chooseRadio(page, group(page, 'Method'), 'Appreciative Inquiry');
  await chooseRadio(page, group(page, 'Are the child and family involved in the review?'), 'No');
  await typeInto(page, page.getByLabel('Why are they not involved?'), 'Criminal proceedings are under way.');
  await saveForm(page, 'Save the set-up');
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.getByTestId('lcspr-summary')).toContainText('Morgan Tillery (Tillery Reviews Ltd)');
  await expect(page.getByTestId('lcspr-summary')).toContainText('Appreciative Inquiry');
  await expect(page.getByTestId('clock-lead-reviewer')).toContainText('Met');
  await checkScreen(page, '64-stage-lcspr');

  await openSection(page, 'Declarations of interest');
  await press(page, page.getByRole('button', { name: 'Record a declaration' }));
  await typePerson(page, 'person', 'Sol Brennan', 'Education');
  await typeDate(page, group(page, 'Date of the declaration'), daysAgo(1));
  await chooseRadio(page, group(page, 'Do they have an interest to declare?'), 'Yes');
  await typeInto(page, page.getByLabel('The interest'), 'Line-manages the school nurse.');
  await saveForm(page, 'Save the declaration');
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  const declaration = page.locator('.govuk-summary-card[data-testid^="declaration-"]');
  await expect(declaration).toContainText('Sol Brennan: has an interest');
  await expect(declaration.getByTestId('record-meta')).toContainText(`Entered by ${OFFICER.name}`);
  await expect(declaration.getByTestId('record-meta')).toContainText('on behalf of Sol Brennan (Education)');
  await checkScreen(page, '65-stage-declarations');

  await openSection(page, 'Linked and parallel processes');
  await press(page, page.getByRole('button', { name: 'Add a linked or parallel process' }));
  await selectByKeyboard(page, page.getByLabel('Which process?'), 'Coroner’s inquest');
  await chooseRadio(page, group(page, 'Does it delay publication?'), 'Yes');
  await saveForm(page, 'Save the process');
  await expect(page.locator('.govuk-summary-card[data-testid^="parallel-process-"]')).toContainText('Coroner’s inquest: delays publication');
  await checkScreen(page, '66-stage-parallel-processes');

  await openSection(page, 'Factual accuracy');
  await press(page, page.getByRole('button', { name: 'Send the draft to an agency' }));
  await typeInto(page, page.getByLabel('Agency', { exact: true }), 'Education');
  await page.keyboard.press('Escape');
  await typeDate(page, group(page, 'Date the draft was sent'), daysAgo(1));
  await saveForm(page, 'Save');
  const round = page.locator('.govuk-summary-card[data-testid^="factual-accuracy-"]');
  await expect(round).toContainText('Education');
  await expect(round.getByTestId('clock-factual-accuracy')).toContainText('working days left');
  await checkScreen(page, '67-stage-factual-accuracy');

  await openSection(page, 'Sign-off and publication');
  await press(page, page.getByRole('button', { name: 'Record a sign-off' }));
  await chooseRadio(page, group(page, 'Which statutory partner signed off?'), 'Police');
  await typePerson(page, 'person', 'Dana Whitlow', POLICE);
  await typeDate(page, group(page, 'Date of sign-off'), today);
  await saveForm(page, 'Save the sign-off');
  await expect(page.getByTestId('sign-off-status')).toContainText('Still to sign off: Local Authority and ICB (health).');
  await expect(page.locator('.govuk-summary-card[data-testid^="sign-off-"] [data-testid="record-meta"]')).toContainText(`on behalf of Dana Whitlow (${POLICE})`);
  await press(page, page.getByRole('button', { name: 'Record the publication decision' }));
  await chooseRadio(page, group(page, 'Will the report be published?'), 'Do not publish the report');
  await typeInto(page, page.getByLabel('Reasons not to publish'), 'Publication would identify the child.');
  await typeDate(page, group(page, 'Date the National Panel’s advice was sought'), today);
  await saveForm(page, 'Save the publication');
  await expect(page.getByTestId('publication-summary')).toContainText('Do not publish the report');
  await checkScreen(page, '68-stage-sign-off-and-publication');

  await openSection(page, 'Media enquiries');
  await press(page, page.getByRole('button', { name: 'Log a media enquiry' }));
  await typeDate(page, group(page, 'Date the enquiry was received'), today);
  await typeInto(page, page.getByLabel('Outlet or journalist'), 'Salford Evening Chronicle');
  await typeInto(page, page.getByLabel('What was asked'), 'Whether a review has started.');
  await saveForm(page, 'Save the enquiry');
  await expect(page.locator('.govuk-summary-card[data-testid^="media-enquiry-"]')).toContainText('Salford Evening Chronicle');
  await expect(page.locator('.govuk-summary-card[data-testid^="media-enquiry-"]')).toContainText('pass it on through the Business Unit');
  await checkScreen(page, '69-stage-media-enquiries');
});

test('someone who may only read a case sees the meetings and endorsements, with who entered them for whom, and no forms', async ({ page, preview }) => {
  test.setTimeout(180_000);
  await createStoreWithOfficer(preview);
  const lcspr = await lcsprCase(preview, today);
  await lock(preview);
  await call(preview, 'session.unlock', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase });
  await addUserWithOwnPassphrase(preview, SCRUTINEER);

  await page.goto(preview.url);
  await signIn(page, SCRUTINEER.name, SCRUTINEER.passphrase);
  await openCase(page, lcspr.summary.reference);
  await openSection(page, 'Meetings');
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  await expect(page.locator('[data-testid^="quorum-"]')).toContainText('Quorate: Local Authority, Police and ICB (health) attended');
  const endorsements = page.locator('.govuk-summary-card[data-testid^="endorsement-"]');
  await expect(endorsements).toHaveCount(4);
  await expect(endorsements.filter({ hasText: 'Independent Scrutineer' }).getByTestId('record-meta')).toContainText(`Entered by ${OFFICER.name}`);
  await expect(endorsements.filter({ hasText: 'Independent Scrutineer' }).getByTestId('record-meta')).toContainText('on behalf of Lee Marchetti (Business Unit)');
  await expect(page.getByRole('button', { name: 'Add a meeting' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Record an endorsement' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Change/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await checkScreen(page, '70-stage-meetings-read-only');
});
