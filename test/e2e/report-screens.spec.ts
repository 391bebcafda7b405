/**
 * The Report and Case discussion sections of an LCSPR, by keyboard: writing the executive
 * summary and saving it as a version, the warning for a summary over two pages, recording the
 * case discussion and pulling one of its findings into the report.
 */
import type { Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { ASSURANCE_QUESTIONS } from '../../shared/reports/assurance.ts';
import type { ReportContent } from '../../shared/reports/report-document.ts';
import { createStoreWithOfficer, lock, OFFICER } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { press, typeDate, typeInto } from './support/keyboard.ts';
import { call } from './support/preview-calls.ts';
import { signIn } from './support/sign-in.ts';
import { lcsprCase } from './support/stage-cases.ts';

const today = todayInLondon();

async function openSection(page: Page, label: string): Promise<void> {
  await press(page, page.getByTestId('case-navigation').getByRole('link', { name: label, exact: true }));
  await expect(page.getByTestId('section-heading')).toHaveText(label);
}

/** An executive summary of about three A4 pages: thirty paragraphs of some ninety words each. */
function longSummary(content: ReportContent): ReportContent {
  const sentence = 'Agencies knew about the worries at different times, and no one brought what they knew together until the child was seriously harmed. ';
  const paragraph = sentence.repeat(4).trim();
  return { ...content, sections: content.sections.map((section) => (section.key === 'executive-summary' ? { ...section, blocks: Array.from({ length: 30 }, () => ({ type: 'paragraph' as const, text: paragraph })) } : section)) };
}

test('the reviewer writes the report in versions, records the case discussion and pulls a finding into the report', async ({ page, preview }) => {
  test.setTimeout(240_000);
  await createStoreWithOfficer(preview);
  const reference = (await lcsprCase(preview, today)).summary.reference;
  await lock(preview);

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await page.getByRole('link', { name: reference }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);

  // The report, empty: a paragraph in the executive summary and a table in the overview.
  await openSection(page, 'Report');
  await expect(page.getByTestId('report-version')).toHaveText('No version has been saved yet.');
  const summary = page.getByTestId('report-section-executive-summary');
  await press(page, page.getByRole('button', { name: 'Add a paragraph to Executive summary' }));
  await expect(summary.getByLabel('Paragraph 1')).toBeFocused();
  await page.keyboard.type('Child Q was seriously harmed at home.');
  const overview = page.getByTestId('report-section-overview');
  await press(page, page.getByRole('button', { name: 'Add a table to Overview of what happened' }));
  await expect(overview.getByLabel('Header, column 1 of table 1 in Overview of what happened')).toBeFocused();
  await page.keyboard.type('Date');
  await press(page, overview.getByRole('button', { name: 'Add a row to table 1 in Overview of what happened' }));
  await expect(overview.getByLabel('Row 3, column 1 of table 1 in Overview of what happened')).toBeFocused();
  // A paragraph added after the table and moved above it: focus stays with the block it moved.
  await press(page, page.getByRole('button', { name: 'Add a paragraph to Overview of what happened' }));
  await page.keyboard.type('In order.');
  await press(page, overview.getByRole('button', { name: 'Move paragraph 1 up in Overview of what happened' }));
  await expect(overview.getByRole('button', { name: 'Move paragraph 1 down in Overview of what happened' })).toBeFocused();
  await expect(overview.getByTestId('report-block').first().getByLabel('Paragraph 1')).toHaveValue('In order.');
  await expect(page.getByTestId('unsaved-changes')).toBeVisible();
  await checkScreen(page, 'report-screens-1-editing');

  await typeInto(page, page.getByLabel('Why are you saving this version?'), 'First draft of the executive summary');
  await press(page, page.getByRole('button', { name: 'Save as a new version' }));
  await expect(page.getByTestId('outcome-banner')).toBeFocused();
  await expect(page.getByTestId('outcome-banner')).toContainText('Version 1 of the report has been saved');
  const versions = page.getByTestId('report-versions');
  await expect(versions.getByRole('row')).toHaveCount(2);
  await expect(versions.getByRole('row').nth(1)).toContainText(OFFICER.name);
  await expect(versions.getByRole('row').nth(1)).toContainText('First draft of the executive summary');
  await expect(summary.getByLabel('Paragraph 1')).toHaveValue('Child Q was seriously harmed at home.');
  await expect(page.getByTestId('executive-summary-pages')).toHaveText(/takes 1 page as printed/);
  await expect(page.getByTestId('executive-summary-too-long')).toHaveCount(0);
  await checkScreen(page, 'report-screens-2-saved');

  // A version saved elsewhere (the same session, through the API) with a summary of three pages.
  const current = await call(preview, 'reports.get', { reference });
  await call(preview, 'reports.save', { reference, content: longSummary(current.content), reason: 'The lead reviewer’s long summary' });
  // The chair's assurance checklist, completed: all yes but one.
  const answers = ASSURANCE_QUESTIONS.map(({ key }) => (key === 'timescales' ? { key, answer: 'partly' as const, comment: 'Delayed by the criminal trial.' } : { key, answer: 'yes' as const }));
  await call(preview, 'reports.saveAssurance', { reference, assurance: { signer: 'chair', name: 'Ines Farrow', answers } });

  // The case discussion, recorded in its three frames.
  await openSection(page, 'Case discussion');
  await expect(page.getByTestId('no-discussion')).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Record the case discussion' }));
  await expect(page.getByRole('heading', { name: 'Record the case discussion' })).toBeFocused();
  await typeDate(page, page.getByRole('group', { name: 'Date of the discussion (optional)' }), today);
  await typeInto(page, page.getByLabel('Who took part (optional)'), 'Health visitor\nSocial worker');
  const kolb = page.getByTestId('frame-kolb');
  await typeInto(page, kolb.getByLabel('What we will do differently'), 'Share the plan with the school\nInvite health');
  const safety = page.getByTestId('frame-signsOfSafety');
  await typeInto(page, safety.getByLabel('What are we worried about?'), 'Bruising seen twice');
  await typeInto(page, safety.getByLabel('The scale, from 0 to 10 (optional)'), '3');
  await typeInto(page, safety.getByLabel('Who gave the score'), 'Social worker');
  const tree = page.getByTestId('frame-problemTree');
  await typeInto(page, tree.getByLabel('Root causes'), 'No shared record');
  await typeInto(page, tree.getByLabel('The core problem'), 'Information held apart');
  await checkScreen(page, 'report-screens-3-discussion-form');
  await press(page, page.getByRole('button', { name: 'Save the case discussion' }));
  await expect(page.getByTestId('outcome-banner')).toContainText('The case discussion has been saved');
  await expect(page.getByTestId('findings-kolb.doDifferently').getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('safety-scale')).toHaveText('On the scale from 0 to 10: 3, given by Social worker.');
  await checkScreen(page, 'report-screens-4-discussion');

  // One finding into the report: the section it most likely belongs in is chosen already.
  await press(page, page.getByRole('button', { name: 'Add to the report: Share the plan with the school' }));
  const section = page.getByLabel('Which section of the report should “Share the plan with the school” go in?');
  await expect(section).toBeFocused();
  await expect(section).toHaveValue('what-must-change');
  await checkScreen(page, 'report-screens-5-pull-finding');
  await press(page, page.getByRole('button', { name: 'Add to the report', exact: true }));
  await expect(page.getByTestId('outcome-banner')).toBeFocused();
  await expect(page.getByTestId('outcome-banner')).toContainText('Added to “What must change” in version 3 of the report');

  // Back in the report: the finding in its section, three versions, and the summary too long.
  await press(page, page.getByRole('link', { name: 'Go to the report' }));
  await expect(page.getByTestId('section-heading')).toHaveText('Report');
  await expect(page.getByTestId('report-section-what-must-change').getByLabel('Paragraph 1')).toHaveValue('Share the plan with the school');
  await expect(page.getByTestId('report-versions').getByRole('row')).toHaveCount(4);
  await expect(page.getByTestId('executive-summary-too-long')).toContainText(/The executive summary takes [3-9] pages as printed\. Keep it to 2 pages or fewer\./);
  // The chair's checklist as completed, and the lead reviewer's sent with nothing answered.
  await expect(page.getByTestId('assurance-chair')).toContainText('Completed by Ines Farrow as chair');
  const timescales = page.getByTestId('assurance-chair').getByRole('row').filter({ hasText: 'timescales' });
  await expect(timescales.getByRole('cell').nth(1)).toHaveText('Partly');
  await expect(timescales.getByRole('cell').nth(2)).toHaveText('Delayed by the criminal trial.');
  await press(page, page.getByRole('button', { name: 'Complete the checklist as lead reviewer' }));
  await expect(page.getByRole('heading', { name: 'Complete the assurance checklist as lead reviewer' })).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Save the checklist' }));
  const problems = page.getByTestId('error-summary');
  await expect(problems).toBeFocused();
  await expect(problems.getByRole('link', { name: 'Enter the name of the person completing the checklist' })).toBeVisible();
  await expect(problems.getByRole('link', { name: /^Answer question \d+$/ })).toHaveCount(12);
  await press(page, problems.getByRole('link', { name: 'Answer question 3' }));
  await expect(page.getByRole('group', { name: /^3\. The family were invited/ }).getByRole('radio', { name: 'Yes' })).toBeFocused();
  await checkScreen(page, 'report-screens-6-summary-too-long-and-checklist');
});
