/**
 * The Business Unit imports three agencies' chronologies, resolves a duplicate and exports the
 * composite (issue 6, "Must show"), by keyboard except for choosing each file: the Police return
 * on the app's own template, Health's own workbook with a title block, renamed columns and a date
 * that does not exist, and a school's .csv with dates typed as text. One event is recorded by the
 * Police and Health on the same day in overlapping words; it is flagged, merged, and exported
 * once, attributed to both. Every state on the way is checked with axe against WCAG 2.2 AA.
 */
import type { Page } from '@playwright/test';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, OFFICER, referral } from './support/arrange-cases.ts';
import { checkScreen } from './support/check-screen.ts';
import { agencyOwnWorkbook, compositeRows, filledTemplate, textDatesCsv, type EventRow, type ReturnedFile } from './support/chronology-files.ts';
import { expect, test } from './support/fixtures.ts';
import { choose, chooseRadio, press } from './support/keyboard.ts';
import { call } from './support/preview-calls.ts';
import type { RunningPreview } from './support/preview.ts';
import { signIn } from './support/sign-in.ts';
import { HEALTH, LOCAL_AUTHORITY, POLICE } from './support/stage-cases.ts';

const EDUCATION = 'Education';
const today = todayInLondon();
/** The exported composite's header row (COMPOSITE_HEADER_ROW in main's workbook): four title rows and a blank one above it. */
const COMPOSITE_HEADER_ROW = 6;

const SHARED_EVENT_POLICE = 'Officers attended the family home after a neighbour reported shouting; Zoë was seen and appeared unhurt.';
const SHARED_EVENT_HEALTH = 'Police attended the family home after a neighbour reported shouting; the health visitor was told Zoë was seen unhurt.';

const POLICE_ROWS: readonly EventRow[] = [
  {
    date: '2025-01-06',
    time: '09:15',
    source: 'Police log 0142',
    event: 'Report of a child left alone overnight; Łukasz, the father, returned home at 07:00.',
    risk: 'A young child alone overnight.',
    response: 'Welfare check; referral to children’s social care.',
    tests: ['changedAssessment'],
  },
  { date: '2025-02-03', time: '21:40', source: 'Police log 0377', event: SHARED_EVENT_POLICE, risk: 'Possible domestic abuse.', tests: ['partOfPattern'] },
  { date: '2025-04-14', time: '14:00', source: 'Strategy minutes', event: 'Strategy discussion with children’s social care and health; section 47 enquiries agreed.', tests: ['statutoryEvent'] },
];
const HEALTH_ROWS: readonly EventRow[] = [
  { date: '2025-01-20', source: 'Health visiting record', event: 'Home visit: the baby’s weight had fallen below the expected centile.', learning: 'Growth was not discussed with the GP.' },
  { date: '2025-02-03', source: 'Health visiting record', event: SHARED_EVENT_HEALTH, tests: ['partOfPattern'] },
  // 31 February does not exist: the row is reported by sheet, row and column, not imported.
  { date: '31/02/2025', source: 'GP letter', event: 'Missed immunisation appointment.' },
];
const EDUCATION_ROWS: readonly EventRow[] = [
  { date: '17 Jan 2025', source: 'Attendance register', event: 'Absent from nursery for five days without an explanation.' },
  { date: '10/03/25', source: 'Class teacher’s note', event: 'Siân, the class teacher, saw that the child arrived hungry and tired three days running.', tests: ['significantToChild'] },
  { date: '24.03.2025', time: '15:30', source: 'Safeguarding log', event: 'Designated safeguarding lead spoke to the mother about the concerns.', response: 'Early help offered.' },
];

/** A rapid review with three agencies, at information gathering, with its meeting booked (so the papers clock runs). */
async function arrangeCase(preview: RunningPreview): Promise<string> {
  const created = await createCase(preview, referral({ referralDate: addCalendarDays(today, -6), incidentDate: addCalendarDays(today, -7), agencies: [POLICE, HEALTH, EDUCATION] }));
  const reference = created.summary.reference;
  await addChild(preview, reference, { givenNames: 'Zoë', familyName: 'Featherstonehaugh' });
  await call(preview, 'cases.move', { reference, to: 'screening' });
  await call(preview, 'records.save', {
    reference,
    id: null,
    record: {
      type: 'screening',
      data: { decidedOn: addCalendarDays(today, -5), decision: 'rapid-review', rationale: 'The criteria are met.', panel: [{ name: 'Dana Whitlow', organisation: POLICE }], scrutineerName: '', scrutineerComment: '', scrutineerCommentedOn: null },
    },
  });
  await call(preview, 'cases.move', { reference, to: 'information-gathering' });
  const chair = { name: 'Ines Farrow', organisation: LOCAL_AUTHORITY };
  await call(preview, 'records.save', { reference, id: null, record: { type: 'meeting', data: { meetingKind: 'rapid-review', heldOn: addCalendarDays(today, 8), startsAt: '10:00', chair, attendees: [chair] } } });
  return reference;
}

/**
 * Imports one agency's file through the section: choose it, read it, check the preview, accept.
 * `problems` is how many the preview lists; `unreadRows` of them are rows that could not be read,
 * which must be acknowledged before the rest is imported (the template's own instructions and
 * summary sheets are listed as not read, but need no say-so: they hold no events).
 */
async function importReturn(page: Page, agency: string, file: ReturnedFile, expected: { rows: number; problems: number; unreadRows: number }): Promise<void> {
  await press(page, page.getByRole('link', { name: `Import a chronology from ${agency}` }));
  await expect(page.getByRole('heading', { name: `Import a chronology from ${agency}` })).toBeFocused();
  await page.locator('#chronology-file').setInputFiles(file);
  await press(page, page.getByRole('button', { name: 'Read the file' }));
  await expect(page.getByRole('heading', { name: `Check what was read from ${file.name}` })).toBeFocused();
  await expect(page.getByTestId('preview-rows').locator('tbody tr')).toHaveCount(expected.rows);
  await expect(page.getByTestId('preview-problems').locator('tbody tr')).toHaveCount(expected.problems);
  if (expected.unreadRows > 0) {
    // Accepting without saying the problems were read is refused, with the box to tick named.
    await press(page, page.getByRole('button', { name: 'Accept and import' }));
    await expect(page.getByTestId('error-summary')).toBeFocused();
    await expect(page.getByTestId('error-summary')).toContainText(`Confirm you have read the ${expected.problems === 1 ? '1 problem' : `${expected.problems} problems`}`);
    await checkScreen(page, '80-chronology-preview-with-problems');
    await choose(page, page.getByLabel(/^I have read the/));
  } else {
    await expect(page.getByLabel(/^I have read the/)).toHaveCount(0);
  }
  await press(page, page.getByRole('button', { name: 'Accept and import' }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.getByTestId('saved-notice')).toContainText(`The chronology from ${agency} has been imported: ${expected.rows} rows`);
}

test('the Business Unit imports three agencies’ chronologies, merges a duplicate and exports the composite, by keyboard', async ({ page, preview }) => {
  test.setTimeout(120_000);
  await createStoreWithOfficer(preview);
  const reference = await arrangeCase(preview);
  const template = await call(preview, 'requests.template', { reference, agency: POLICE });
  const policeFile = await filledTemplate(template.contentBase64, 'police-chronology.xlsx', POLICE_ROWS);
  const healthFile = await agencyOwnWorkbook(HEALTH, 'ICB chronology (final).xlsx', HEALTH_ROWS);
  const educationFile = await textDatesCsv('school-export.csv', EDUCATION_ROWS);
  await lock(preview);

  await page.goto(preview.url);
  await signIn(page, OFFICER.name, OFFICER.passphrase);
  await page.getByRole('link', { name: reference }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  await press(page, page.getByTestId('case-navigation').getByRole('link', { name: 'Chronology', exact: true }));
  await expect(page.getByTestId('returns-by-agency')).toBeVisible();
  await expect(page.getByTestId('composite-empty')).toBeVisible();
  await expect(page.getByTestId('papers-deadline')).toContainText('Share the papers by');
  await expect(page.getByTestId('papers-deadline')).toContainText('24 hours before the meeting');
  await checkScreen(page, '79-chronology-empty');

  await importReturn(page, POLICE, policeFile, { rows: 3, problems: 2, unreadRows: 0 });
  await importReturn(page, HEALTH, healthFile, { rows: 2, problems: 1, unreadRows: 1 });
  await importReturn(page, EDUCATION, educationFile, { rows: 3, problems: 0, unreadRows: 0 });

  // The problem stays listed with Health's return, by sheet, row and column.
  const healthCard = page.getByTestId('returns-by-agency').locator('.govuk-summary-card', { hasText: HEALTH });
  await expect(healthCard).toContainText('1 problem');
  await press(page, healthCard.locator('summary'));
  await expect(healthCard.locator('tbody tr')).toHaveCount(1);
  await expect(healthCard.locator('tbody tr')).toContainText('Health chronology');

  // Eight rows in date order; the shared event is flagged, and the long gap after it is shown.
  await expect(page.getByTestId('composite-count')).toHaveText('Showing all 8 entries');
  await expect(page.getByTestId('composite-table').locator('tbody tr[data-testid^="composite-entry-"]')).toHaveCount(8);
  await expect(page.getByTestId('composite-gap')).toHaveText('No entries for 35 days: 3 February 2025 to 10 March 2025');
  const flagged = page.getByTestId('composite-table').locator('tr', { hasText: 'Possible duplicate' });
  await expect(flagged).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Possible duplicates (1 to decide)' })).toBeVisible();
  await checkScreen(page, '81-chronology-duplicate-flagged');

  // Merged in the Police's wording: one entry, attributed to both agencies.
  await chooseRadio(page, page.getByRole('group', { name: 'Are these the same event?' }), `Merge, keeping the wording of ${POLICE}`);
  await press(page, page.getByRole('button', { name: /^Save the decision/ }));
  await expect(page.getByTestId('saved-notice')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Possible duplicates (all decided)' })).toBeVisible();
  await expect(page.getByTestId('decided-groups')).toContainText(`Merged into one entry, in the wording of ${POLICE}`);
  await expect(page.getByTestId('composite-count')).toHaveText('Showing all 7 entries');
  const merged = page.getByTestId('composite-table').locator('tr', { hasText: 'Merged' });
  await expect(merged).toContainText(SHARED_EVENT_POLICE);
  await expect(merged).toContainText(POLICE);
  await expect(merged).toContainText(HEALTH);

  // Health's entries only: its own row and the merged one.
  await choose(page, page.getByRole('group', { name: 'Agencies' }).getByLabel(HEALTH));
  await expect(page.getByTestId('composite-count')).toHaveText('Showing 2 of 7 entries');

  const downloading = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Download composite (.xlsx)' }));
  const download = await downloading;
  await expect(page.getByTestId('composite-export-status')).toContainText('has been downloaded');
  const rows = await compositeRows(await download.path(), COMPOSITE_HEADER_ROW);
  expect(rows.map((row) => row['Date'])).toEqual(['2025-01-20', '2025-02-03']);
  expect(rows.filter((row) => row['Event'] === SHARED_EVENT_POLICE)).toHaveLength(1);
  expect(rows.some((row) => row['Event'] === SHARED_EVENT_HEALTH)).toBe(false);
  const mergedRow = rows.find((row) => row['Event'] === SHARED_EVENT_POLICE)!;
  expect(mergedRow['Agencies']!.split('; ').sort()).toEqual([POLICE, HEALTH].sort());
  await checkScreen(page, '82-chronology-merged-filtered-exported');
});
