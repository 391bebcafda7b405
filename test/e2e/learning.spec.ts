/**
 * The Business Unit's learning journey: on a new referral about a child seen before, they tag
 * two themes, take up the person search's repeat-incident suggestion and record the family's
 * feedback (by keyboard alone); on the Learning page they add a theme, record a reflective
 * session about the case, see the themes view count the case and follow its link back, and read
 * a good outcome review's learning beside the rest. Each of the three tabs and the case's section
 * is checked with axe. Invented people and numbers only.
 */
import type { Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { OFFICER } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { chooseRadio, press, typeDate, typeInto } from './support/keyboard.ts';
import { arrangeLearningCases, GOOD_OUTCOME_LEARNING } from './support/learning-arrange.ts';
import { signIn } from './support/sign-in.ts';

async function openLearningTab(page: Page, label: string): Promise<void> {
  await page.getByTestId('learning-tabs').getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByTestId('learning-tabs').getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
}

// Typed key by key, so kept short.
const FAMILY_SAID = 'They felt listened to.';

test('the Business Unit tags themes, flags a repeat incident, records feedback and a reflective session, and sees the themes view count the case', async ({ page, preview }) => {
  test.setTimeout(120_000);
  const cases = await arrangeLearningCases(preview);
  const feedbackDay = addCalendarDays(todayInLondon(), -1);

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await page.getByTestId('dashboard-table').getByRole('link', { name: cases.later }).click();
  await page.getByTestId('case-navigation').getByRole('link', { name: 'Learning and feedback', exact: true }).click();
  const section = page.getByTestId('learning-section');
  await expect(section.getByTestId('section-heading')).toHaveText('Learning and feedback');

  // Two themes from the seeded list.
  const themes = section.getByTestId('case-themes');
  await themes.getByLabel('Information Sharing').check();
  await themes.getByLabel('Professional Challenge').check();
  await themes.getByRole('button', { name: 'Save the themes' }).click();
  await expect(page.getByTestId('outcome-banner')).toContainText('The case’s learning themes have been saved.');

  // The person search found the same child on the earlier case; take the suggestion up.
  const repeats = section.getByTestId('repeat-incidents');
  const suggestion = repeats.getByTestId('repeat-suggestion');
  await expect(suggestion).toContainText(`(the child here) matches`);
  await expect(suggestion).toContainText(`on case ${cases.earlier}, a rapid review referred on`);
  await suggestion.getByRole('button', { name: /^Flag as a repeat incident/ }).click();
  await repeats.getByLabel('Why is it a repeat incident? (optional)').fill('The same worries about neglect, a year on');
  await repeats.getByTestId('repeat-incident-form').getByRole('button', { name: 'Flag as a repeat incident' }).click();
  await expect(page.getByTestId('outcome-banner')).toContainText(`${cases.earlier} has been flagged as a repeat incident.`);
  const flagged = repeats.getByTestId('repeat-incidents-flagged');
  await expect(flagged.getByRole('row').filter({ hasText: cases.earlier })).toContainText(`The same worries about neglect, a year on`);
  await expect(flagged).toContainText(`By ${OFFICER.name} on`);
  await expect(repeats.getByTestId('repeat-suggestion')).toHaveCount(0);

  // The family's feedback, by keyboard alone: a missing answer first, then the whole form.
  const family = section.getByTestId('family-feedback');
  await press(page, family.getByRole('button', { name: 'Record the family’s feedback' }));
  const feedbackForm = family.getByTestId('family-feedback-form');
  await expect(feedbackForm.getByRole('heading', { name: 'Record the family’s feedback' })).toBeFocused();
  await press(page, feedbackForm.getByRole('button', { name: 'Save the feedback' }));
  await expect(feedbackForm.getByTestId('error-summary')).toBeFocused();
  await expect(feedbackForm.getByTestId('error-summary')).toContainText('Choose whether the family felt the review was sensitive to them');
  await typeDate(page, feedbackForm.getByRole('group', { name: 'When did the family give their feedback?' }), feedbackDay);
  await chooseRadio(page, feedbackForm.getByRole('group', { name: 'Did the family feel the review was sensitive to them?' }), 'Partly');
  await typeInto(page, feedbackForm.getByLabel('What did the family say? (optional)'), FAMILY_SAID);
  await press(page, feedbackForm.getByRole('button', { name: 'Save the feedback' }));
  await expect(page.getByTestId('outcome-banner')).toBeFocused();
  const entry = family.getByTestId('family-feedback-entry');
  await expect(entry).toContainText('Partly');
  await expect(entry).toContainText(FAMILY_SAID);
  await checkScreen(page, 'G-case-learning');

  // The Learning page: the themes view counts the case, and a new theme joins the list.
  await page.getByTestId('service-menu').getByRole('button', { name: 'Learning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learning' })).toBeFocused();
  const byYear = page.getByTestId('themes-by-year');
  for (const theme of ['Information Sharing', 'Professional Challenge']) {
    await expect(byYear.getByRole('row', { name: new RegExp(`^${theme}`) }).getByRole('cell').last()).toHaveText('1');
  }
  await expect(page.getByTestId('themes-by-kind').getByRole('row', { name: /^Information Sharing/ })).toContainText('1');
  const addTheme = page.getByTestId('add-theme-form');
  await addTheme.getByRole('button', { name: 'Add the theme' }).click();
  await expect(addTheme.getByTestId('error-summary')).toContainText('Enter the theme');
  await addTheme.getByLabel('Name of the theme').fill('Neglect in adolescence');
  await addTheme.getByRole('button', { name: 'Add the theme' }).click();
  await expect(page.getByTestId('outcome-banner')).toContainText('“Neglect in adolescence” has been added to the list of themes.');
  await expect(page.getByTestId('theme-row').filter({ hasText: 'Neglect in adolescence' })).toContainText('0 cases');
  await checkScreen(page, 'G-learning-themes');

  // A reflective session about the case, with what participants said.
  await openLearningTab(page, 'Learning events');
  await expect(page.getByTestId('events-none')).toBeVisible();
  await page.getByRole('button', { name: 'Record a learning event or reflective session' }).click();
  const eventForm = page.getByTestId('learning-event-form');
  await eventForm.getByRole('radio', { name: 'Reflective session' }).check();
  await eventForm.getByLabel('Title').fill('Reflecting on a repeat referral');
  const held = eventForm.getByRole('group', { name: 'When was it held?' });
  const [year, month, day] = addCalendarDays(todayInLondon(), -2).split('-') as [string, string, string];
  await held.getByLabel('Day').fill(day);
  await held.getByLabel('Month').fill(month);
  await held.getByLabel('Year').fill(year);
  await eventForm.getByLabel('Who was it for?').fill('The case group of practitioners');
  await eventForm.getByLabel('Which review’s learning did it share? (optional)').fill(cases.later);
  await eventForm.getByLabel('How many attended?').fill('12');
  await eventForm.getByLabel('How many gave feedback?').fill('10');
  await eventForm.getByLabel('How many said they now understand the issues better?').fill('11');
  await eventForm.getByRole('button', { name: 'Save the event' }).click();
  await expect(eventForm.getByTestId('error-summary')).toContainText('Enter no more than the number who gave feedback');
  await eventForm.getByLabel('How many said they now understand the issues better?').fill('9');
  await eventForm.getByRole('button', { name: 'Save the event' }).click();
  await expect(page.getByTestId('outcome-banner')).toContainText('“Reflecting on a repeat referral” has been saved.');
  const eventRow = page.getByTestId('event-row');
  await expect(eventRow).toContainText('Reflective session');
  await expect(eventRow).toContainText('9 of 10 said they now understand the issues better');
  await expect(eventRow.getByRole('link', { name: cases.later })).toBeVisible();
  await checkScreen(page, 'G-learning-events');

  // The good outcome review's learning, its paragraphs kept, beside the other reviews'.
  await openLearningTab(page, 'Good practice');
  const goodOutcome = page.getByTestId('good-outcome-learning').getByTestId('learning-entry');
  await expect(goodOutcome.getByRole('link', { name: cases.goodOutcome })).toBeVisible();
  await expect(goodOutcome.locator('p', { hasText: GOOD_OUTCOME_LEARNING[0] })).toHaveCount(1);
  await expect(goodOutcome.locator('p', { hasText: GOOD_OUTCOME_LEARNING[1] })).toHaveCount(1);
  await expect(page.getByTestId('other-learning')).toContainText('No other review has recorded its learning yet.');
  await checkScreen(page, 'G-learning-good-practice');

  // From the themes view back to the case, where the session now shows.
  await openLearningTab(page, 'Themes');
  const themeCases = page.getByTestId('theme-cases').filter({ hasText: 'Information Sharing: 1 case' });
  await themeCases.getByText('Information Sharing: 1 case').click();
  await themeCases.getByRole('link', { name: cases.later }).click();
  await expect(page.getByTestId('learning-section').getByTestId('case-learning-events')).toContainText('Reflecting on a repeat referral');
  await expect(page.getByTestId('case-themes').getByLabel('Information Sharing')).toBeChecked();
});
