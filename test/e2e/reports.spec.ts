/**
 * The lead reviewer's journey to a publication copy: they import a Word draft that names the
 * child, review what the detectors found beyond the register (redacting one, dismissing the
 * other with a reason), preview the publication copy and download its PDF. The PDF's text, read
 * by an independent tool (poppler's pdftotext), names nobody; the pseudonym and the body come
 * through. The Redaction and exports screen is checked with axe before and after the decisions.
 * Invented people and numbers only.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { checkScreen } from './support/check-screen.ts';
import { expect, test } from './support/fixtures.ts';
import { arrangeReportsCase, LEAD_REVIEWER } from './support/reports-arrange.ts';
import { BODY_WORDS, CHILD, draftReportDocx, NI_NUMBER, PHONE } from './support/reports-docx.ts';
import { signIn } from './support/sign-in.ts';

async function openSection(page: Page, label: string): Promise<void> {
  await page.getByTestId('case-navigation').getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByTestId('section-heading')).toHaveText(label);
}

/** Text as the check reads it: letters only, lower case, so no spacing, line break or capitals hides a name. */
function squeezed(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

test('the lead reviewer imports a Word draft, decides what the detectors found and exports a publication copy that names nobody', async ({ page, preview }) => {
  test.setTimeout(180_000);
  const { reference, childPseudonym } = await arrangeReportsCase(preview);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-reports-'));
  const draft = path.join(folder, 'draft-report.docx');
  fs.writeFileSync(draft, await draftReportDocx());

  await page.goto(preview.url);
  await signIn(page, LEAD_REVIEWER.name, LEAD_REVIEWER.passphrase);
  await page.getByTestId('dashboard-table').getByRole('link', { name: reference }).click();

  await openSection(page, 'Report');
  await page.getByLabel('Choose the Word draft').setInputFiles(draft);
  await page.getByLabel('Why are you importing this draft?').fill('The lead reviewer’s first draft, written in Word');
  await page.getByRole('button', { name: 'Import the draft' }).click();
  await expect(page.getByTestId('report-version')).toContainText('Version 1');

  await openSection(page, 'Redaction and exports');
  const register = page.getByTestId('register-table');
  await expect(register.getByRole('row', { name: /^Child/ })).toContainText(childPseudonym);
  await expect(register).toContainText(`${CHILD.givenNames} ${CHILD.familyName}`);
  await expect(page.getByTestId('candidates-undecided')).toHaveText(/2 identifiers are undecided\. Nothing can be exported until each is redacted or dismissed\./);
  const found = page.getByTestId('candidates-report');
  const niNumber = found.getByTestId('candidate').filter({ hasText: NI_NUMBER });
  const phone = found.getByTestId('candidate').filter({ hasText: PHONE });
  await expect(niNumber).toContainText('National Insurance number');
  await expect(niNumber.locator('mark')).toHaveText(NI_NUMBER);
  await expect(phone).toContainText('Phone number');
  await checkScreen(page, 'G-redaction-candidates');

  // While any is undecided, the publication copy is refused, naming them.
  await page.getByRole('radio', { name: 'Publication copy' }).check();
  await page.getByRole('button', { name: 'Download PDF' }).click();
  await expect(page.getByTestId('exports').getByTestId('error-summary')).toContainText(`National Insurance number “${NI_NUMBER}”`);

  // Redact the NI number by keyboard; dismiss the phone number, which needs a reason.
  await niNumber.getByRole('button', { name: /^Redact/ }).focus();
  await page.keyboard.press('Enter');
  await expect(niNumber).toContainText(`Replaced by [National Insurance number], by ${LEAD_REVIEWER.name}`);
  await phone.getByRole('button', { name: /^Dismiss/ }).click();
  await page.getByRole('button', { name: 'Dismiss it' }).click();
  await expect(page.getByTestId('dismiss-form').getByTestId('error-summary')).toContainText('Enter why this is not identifying');
  await page.getByLabel('Why is it not identifying?').fill('The number of a national helpline quoted in the report');
  await page.getByRole('button', { name: 'Dismiss it' }).click();
  await expect(phone).toContainText('Why: The number of a national helpline quoted in the report');
  await expect(page.getByTestId('candidates-decided')).toContainText('Every identifier found has been redacted or dismissed.');

  // The publication copy's first pages: the child by their pseudonym, the NI number replaced.
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const sheet = page.getByTestId('print-preview');
  await expect(sheet).toContainText(childPseudonym);
  await expect(sheet).toContainText(BODY_WORDS);
  await expect(sheet).toContainText('[National Insurance number]');
  const previewText = squeezed(await sheet.innerText());
  for (const name of [CHILD.givenNames, CHILD.familyName, NI_NUMBER]) expect(previewText).not.toContain(squeezed(name));
  await expect(page.getByTestId('redaction-summary').first()).toContainText('National Insurance number');
  await checkScreen(page, 'G-redaction-preview');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const download = await downloading;
  const pdf = path.join(folder, download.suggestedFilename());
  await download.saveAs(pdf);
  await expect(page.getByTestId('export-checked')).toHaveText(/^Checked [\d,]+ characters of the file’s text; 0 identifiers found\.$/);

  const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
  const text = squeezed(stdout);
  for (const name of [CHILD.givenNames, CHILD.familyName, NI_NUMBER]) expect(text, `the PDF's text names ${name}`).not.toContain(squeezed(name));
  expect(text).toContain(squeezed(childPseudonym));
  expect(text).toContain(squeezed(BODY_WORDS));
  fs.rmSync(folder, { recursive: true, force: true });
});
