/**
 * The case lifecycle as a Business Unit officer works it, by keyboard alone: a new referral,
 * the child, the dashboard's red status for the overdue screening, the person search finding
 * the same child in an older closed case, screening, an inquorate then a quorate rapid review
 * meeting with attendance and endorsements recorded on behalf of named partners, the National
 * Panel's reply, and the move to an LCSPR with its lead reviewer appointed. Every screen on the
 * way is checked with axe against WCAG 2.2 AA.
 */
import type { Locator, Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, OFFICER, referral, screenOutAndClose } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { choose, chooseRadio, press, typeDate, typeInto } from './support/keyboard.ts';
import { HEALTH, LOCAL_AUTHORITY, POLICE } from './support/stage-cases.ts';

const today = todayInLondon();
const daysAgo = (days: number) => addCalendarDays(today, -days);

const CHILD = { givenNames: 'Tobias', familyName: 'Fairweather-Quist', dateOfBirth: '2016-08-03' } as const;
const PARTNERS = {
  localAuthority: { name: 'Ines Farrow', organisation: LOCAL_AUTHORITY },
  police: { name: 'Dana Whitlow', organisation: POLICE },
  health: { name: 'Kit Ambrose', organisation: HEALTH },
  scrutineer: { name: 'Lee Marchetti', organisation: 'Business Unit' },
} as const;

function group(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

async function menu(page: Page, item: string): Promise<void> {
  await press(page, page.getByTestId('service-menu').getByRole('button', { name: item, exact: true }));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

async function openSection(page: Page, label: string): Promise<void> {
  const link = page.getByTestId('case-navigation').getByRole('link', { name: label, exact: true });
  if ((await link.getAttribute('aria-current')) === 'page') return;
  await press(page, link);
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

async function typePerson(page: Page, idPrefix: string, person: { name: string; organisation: string }): Promise<void> {
  await typeInto(page, page.locator(`#${idPrefix}-name`), person.name);
  await typeInto(page, page.locator(`#${idPrefix}-organisation`), person.organisation);
  // Closes the organisation suggestions, which would otherwise take the next key.
  await page.keyboard.press('Escape');
}

async function move(page: Page, label: RegExp | string, stage: string): Promise<void> {
  await openSection(page, 'Overview');
  await press(page, page.getByRole('button', { name: label }));
  await expect(page.getByTestId('outcome-banner')).toContainText(`Moved to ${stage}`);
  await expect(page.getByTestId('case-stage')).toContainText(stage);
}

async function endorse(page: Page, meeting: Locator, capacity: string, person: { name: string; organisation: string }): Promise<void> {
  await press(page, meeting.getByRole('button', { name: 'Record an endorsement' }));
  await chooseRadio(page, group(page, 'In what capacity do they endorse?'), capacity);
  await typePerson(page, 'person', person);
  await chooseRadio(page, group(page, 'Do they endorse the outcome?'), 'Yes');
  await typeDate(page, group(page, 'Date of the endorsement'), today);
  await press(page, page.getByRole('button', { name: 'Save the endorsement', exact: true }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  const card = meeting.locator('.govuk-summary-card[data-testid^="endorsement-"]').filter({ hasText: person.name });
  await expect(card.getByTestId('record-meta')).toContainText(`Entered by ${OFFICER.name}`);
  await expect(card.getByTestId('record-meta')).toContainText(`on behalf of ${person.name} (${person.organisation})`);
}

test('from a new referral to an LCSPR with a lead reviewer appointed, by keyboard alone', async ({ page, preview }) => {
  test.setTimeout(420_000);
  // An older review of the same child, closed after screening: the search must find it.
  await createStoreWithOfficer(preview);
  const older = await createCase(preview, referral({ referralDate: '2024-03-05', incidentDate: '2024-03-02' }));
  await addChild(preview, older.summary.reference, { givenNames: CHILD.givenNames, familyName: CHILD.familyName, otherNames: ['Toby Quist'], datesOfBirth: [CHILD.dateOfBirth] });
  await screenOutAndClose(preview, older.summary.reference, '2024-03-08');
  await lock(preview);

  // Signing in.
  await page.goto(preview.url);
  await typeInto(page, page.getByLabel('Your full name'), OFFICER.name);
  await typeInto(page, page.getByLabel('Passphrase', { exact: true }), OFFICER.passphrase);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible({ timeout: 30_000 });

  // The referral, received three weeks ago and only now being entered.
  await menu(page, 'Record a referral');
  await chooseRadio(page, group(page, 'Kind of review requested'), 'Rapid review');
  await typeInto(page, page.getByLabel('Referrer’s name'), 'Ottilie Brennan-Hughes');
  await typeInto(page, page.getByLabel('Referrer’s agency'), 'Education');
  await page.keyboard.press('Escape');
  await typeDate(page, group(page, 'Incident date'), daysAgo(22));
  await typeDate(page, group(page, 'Date the referral was received'), daysAgo(21));
  await chooseRadio(page, group(page, 'Did the child die or suffer serious harm?'), 'The child was seriously harmed');
  await chooseRadio(page, group(page, 'Is abuse or neglect known or suspected?'), 'Yes');
  await chooseRadio(page, group(page, 'Was a safeguarding lead or PRSG member consulted?'), 'Yes');
  await typeInto(page, page.getByLabel('Who was consulted'), 'The designated safeguarding lead at the school');
  await chooseRadio(page, group(page, 'Were the child and family consulted and prepared?'), 'Yes');
  await typeInto(page, page.getByLabel('About the child'), 'Tobias is nine, loves trains and is learning to swim.');
  await typeInto(page, page.getByLabel('What happened'), 'An invented incident, for testing only.');
  await typeInto(page, page.getByLabel('Why there may be learning'), 'Four agencies knew of concerns; none knew what the others knew.');
  for (const agency of [LOCAL_AUTHORITY, POLICE, HEALTH, 'Education']) await choose(page, page.getByLabel(agency, { exact: true }));
  await checkScreen(page, '70-journey-referral');
  await press(page, page.getByRole('button', { name: 'Record the referral' }));
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused({ timeout: 15_000 });
  // The heading first reads "Case" while the new case loads; its reference comes with the case.
  await expect(heading).toHaveText(/PRM-\d{4}-\d{3}/);
  const caption = (await heading.locator('.govuk-caption-l').textContent()) ?? '';
  const reference = ((await heading.textContent()) ?? '').replace(caption, '').trim();
  expect(reference).toMatch(/^PRM-\d{4}-\d{3}$/);

  // The child, who has been reviewed before.
  await press(page, page.getByRole('button', { name: 'Add a child' }));
  await typeInto(page, page.getByLabel('Given names'), CHILD.givenNames);
  await typeInto(page, page.getByLabel('Family name'), CHILD.familyName);
  await typeInto(page, page.getByLabel('Dates of birth (optional)'), CHILD.dateOfBirth);
  await press(page, page.getByRole('button', { name: 'Add the person' }));
  await expect(page.getByTestId('outcome-banner')).toContainText(`${CHILD.givenNames} ${CHILD.familyName} has been added, published as Child`);
  await checkScreen(page, '71-journey-people');

  // The dashboard: the screening decision was due two weeks ago.
  await menu(page, 'Cases');
  const row = page.getByTestId('dashboard-table').getByRole('row').filter({ hasText: reference });
  await expect(row).toContainText('Screening decision');
  await expect(row).toContainText(/\d+ working days overdue/);
  await expect(row.locator('.govuk-tag')).toHaveText('Overdue');
  await expect(row.locator('.govuk-tag')).toHaveClass(/govuk-tag--red/);
  await expect(row).not.toContainText(CHILD.familyName);
  await checkScreen(page, '72-journey-dashboard-overdue');

  // The person search finds the same child in the older, closed review, by another name too.
  await menu(page, 'Find a person');
  await typeInto(page, page.getByLabel('Name', { exact: true }), 'toby quist');
  await press(page, page.getByRole('button', { name: 'Search' }));
  const results = page.getByTestId('people-search-results');
  const closedRow = results.getByRole('row').filter({ hasText: older.summary.reference });
  await expect(closedRow).toContainText('Closed');
  await expect(closedRow).toContainText('other name: Toby Quist');
  await typeInto(page, page.getByLabel('Name', { exact: true }), `${CHILD.givenNames} ${CHILD.familyName}`);
  await press(page, page.getByRole('button', { name: 'Search' }));
  await expect(results.getByRole('row').filter({ hasText: older.summary.reference })).toContainText('Closed');
  await expect(results.getByRole('row').filter({ hasText: reference })).toContainText('Open');
  await checkScreen(page, '73-journey-person-search');

  // Back to the case, and on to screening.
  await menu(page, 'Cases');
  await press(page, page.getByTestId('dashboard-table').getByRole('link', { name: reference }));
  await expect(heading).toContainText(reference);
  await move(page, 'Move to Screening', 'Screening');

  await openSection(page, 'Screening');
  await press(page, page.getByRole('button', { name: 'Record the screening decision' }));
  await chooseRadio(page, group(page, 'What did the panel decide?'), 'Serious Incident Notification: rapid review');
  await typeDate(page, group(page, 'Date of the decision'), today);
  await typeInto(page, page.getByLabel('Rationale for the decision'), 'Serious harm, and neglect is suspected.');
  await typePerson(page, 'panel-0', PARTNERS.localAuthority);
  await typeInto(page, page.getByLabel('Scrutineer’s name'), PARTNERS.scrutineer.name);
  await typeInto(page, page.getByLabel('Their comment'), 'The decision is late; the rationale is sound.');
  await press(page, page.getByRole('button', { name: 'Save the screening decision' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.getByTestId('record-meta')).toContainText(`on behalf of ${PARTNERS.localAuthority.name} (${LOCAL_AUTHORITY})`);
  await checkScreen(page, '74-journey-screening');
  await move(page, 'Move to Information gathering', 'Information gathering');

  // The Local Authority's notification to the National Panel starts the rapid review's clock.
  await openSection(page, 'National Panel');
  await press(page, page.getByRole('button', { name: 'Record the notification' }));
  await typeDate(page, group(page, 'Date the Local Authority became aware'), daysAgo(21));
  await typeDate(page, group(page, 'Date the National Panel was notified'), daysAgo(20));
  await press(page, page.getByRole('button', { name: 'Save the notification' }));
  await expect(page.getByTestId('clock-la-notification')).toContainText('Met');

  // A meeting without health is not quorate: its outcome is refused beside the field.
  await openSection(page, 'Meetings');
  await press(page, page.getByRole('button', { name: 'Add a meeting' }));
  await typeDate(page, group(page, 'Meeting date'), daysAgo(1));
  await typeInto(page, page.getByLabel('Start time'), '10:00');
  await typePerson(page, 'chair', PARTNERS.localAuthority);
  await typePerson(page, 'attendees-0', PARTNERS.police);
  await typeDate(page, group(page, 'Date the papers were shared'), daysAgo(4));
  await typeInto(page, page.getByLabel('Time the papers were shared'), '09:00');
  await chooseRadio(page, group(page, 'Outcome'), 'Local child safeguarding practice review');
  await press(page, page.getByRole('button', { name: 'Save the meeting', exact: true }));
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.locator('#outcome-error')).toContainText('The meeting was not quorate: nobody attended from ICB (health)');
  await checkScreen(page, '75-journey-meeting-inquorate');
  await chooseRadio(page, group(page, 'Outcome'), 'Not decided yet');
  await press(page, page.getByRole('button', { name: 'Save the meeting', exact: true }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  const meetings = page.locator('article[data-testid^="meeting-"]');
  await expect(meetings.first().locator('[data-testid^="quorum-"]')).toContainText('Not quorate');
  await move(page, 'Move to Rapid review meeting', 'Rapid review meeting');

  // Reconvened with health: quorate, and it decides on an LCSPR.
  await openSection(page, 'Meetings');
  await press(page, page.getByRole('button', { name: 'Add a meeting' }));
  await typeDate(page, group(page, 'Meeting date'), today);
  await typeInto(page, page.getByLabel('Start time'), '09:30');
  await typePerson(page, 'chair', PARTNERS.localAuthority);
  await typePerson(page, 'attendees-0', PARTNERS.police);
  await press(page, page.getByRole('button', { name: 'Add another attendee' }));
  await typePerson(page, 'attendees-1', PARTNERS.health);
  await typeDate(page, group(page, 'Date the papers were shared'), daysAgo(3));
  await typeInto(page, page.getByLabel('Time the papers were shared'), '09:00');
  await choose(page, page.getByLabel('Neglect', { exact: true }));
  await chooseRadio(page, group(page, 'Outcome'), 'Local child safeguarding practice review');
  await typeInto(page, page.getByLabel('Rationale for the outcome'), 'Learning about information sharing across four agencies.');
  await chooseRadio(page, group(page, 'May a national review be appropriate?'), 'No');
  await press(page, page.getByRole('button', { name: 'Save the meeting', exact: true }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  const quorate = meetings.nth(1);
  await expect(quorate.locator('[data-testid^="quorum-"]')).toContainText('Quorate: Local Authority, Police and ICB (health) attended');
  await expect(quorate.getByTestId('record-meta').first()).toContainText(`on behalf of ${PARTNERS.localAuthority.name} (${LOCAL_AUTHORITY})`);

  // The scrutineer and the three partners endorse the outcome: none has an account here.
  await endorse(page, quorate, 'Independent Scrutineer', PARTNERS.scrutineer);
  await endorse(page, quorate, 'Local Authority', PARTNERS.localAuthority);
  await endorse(page, quorate, 'Police', PARTNERS.police);
  await endorse(page, quorate, 'ICB (health)', PARTNERS.health);
  await checkScreen(page, '76-journey-meetings-endorsed');
  await move(page, 'Move to Awaiting the National Panel', 'Awaiting the National Panel');

  // The report goes to the National Panel, which agrees.
  await openSection(page, 'National Panel');
  await press(page, page.getByRole('button', { name: 'Record the report and the response' }));
  await typeDate(page, group(page, 'Date the rapid review report was sent to the National Panel'), today);
  await chooseRadio(page, group(page, 'What did the National Panel say?'), 'Agrees with the local decision');
  await typeDate(page, group(page, 'Date the National Panel replied'), today);
  await press(page, page.getByRole('button', { name: 'Save', exact: true }));
  await expect(page.getByTestId('panel-response-summary')).toContainText('Agrees with the local decision');
  await checkScreen(page, '77-journey-national-panel');

  // One case, one history: the rapid review becomes an LCSPR.
  await move(page, /^Move to LCSPR set-up/, 'LCSPR set-up');
  await expect(heading).toContainText('Local child safeguarding practice review');
  await expect(heading).toContainText(reference);
  const timeline = page.getByTestId('stage-timeline');
  await expect(timeline).toContainText('Rapid review meeting');
  await expect(timeline).toContainText('LCSPR set-up');

  await openSection(page, 'LCSPR set-up');
  await press(page, page.getByRole('button', { name: 'Set up the LCSPR' }));
  await typeInto(page, page.locator('#leadReviewerName'), 'Morgan Tillery');
  await typeInto(page, page.locator('#leadReviewerOrganisation'), 'Independent');
  await page.keyboard.press('Escape');
  await typeDate(page, group(page, 'Date appointed'), today);
  await choose(page, page.getByLabel('Meets the reviewer specification'));
  await choose(page, page.getByLabel('Has read the partnership’s practice review policy'));
  await choose(page, page.getByLabel('Contract signed'));
  await typeInto(page, page.locator('#termsOfReference'), 'How agencies shared what they knew about Child A in the year before.');
  await chooseRadio(page, group(page, 'Method'), 'Appreciative Inquiry');
  await chooseRadio(page, group(page, 'Are the child and family involved in the review?'), 'Yes');
  await press(page, page.getByRole('button', { name: 'Save the set-up' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.getByTestId('lcspr-summary')).toContainText('Morgan Tillery');
  await expect(page.getByTestId('clock-lead-reviewer')).toContainText('Met');
  await checkScreen(page, '78-journey-lcspr-set-up');

  await openSection(page, 'Overview');
  await expect(page.getByTestId('clocks-table')).toContainText('Lead reviewer appointed');
  await checkScreen(page, '79-journey-overview-lcspr');
});
