/**
 * THE MUST-SHOW: a synthetic case with a full register, whose report names everyone in capitals,
 * possessive and broken across a line. Its unredacted render is first shown to hold every
 * identifier; then the publication copy — read by poppler's pdftotext and pdfinfo and, for the
 * .docx, by unzip, tools independent of the app's own extractor — holds none of them in any case
 * or spacing, while the pseudonyms and the ordinary text are there. The redacted draft carries
 * DRAFT and its recipient on every page, and undecided candidates block the export, named.
 *
 * The tests run in order on one case: the refusal first, while the candidates are undecided.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../../main/reports/export-report.ts';
import { printableFor } from '../../../main/reports/printable.ts';
import { readReports } from '../../../main/reports/reports-view.ts';
import { renderReportPdf } from '../../../main/exports/pdf/report-pdf.ts';
import type { Session } from '../../../main/security/session.ts';
import { asyncRefusalOf, auditDetails, count, makeEvidenceStore, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { pdfInfoWithMetadata, pdfPageTexts, pdfText } from '../exports/pdf-text.ts';
import { docxParts } from './docx-parts.ts';
import { acceptEveryCandidate, BODY_TEXT, IDENTIFIERS, NHS_NUMBER, NI_NUMBER, openReportCase, PSEUDONYMS, squashed, writeReport } from './export-fixture.ts';

const LONG = 120_000;
const RECIPIENT = 'Amal Haddad';

let store: EvidenceStore;
let reviewer: Session;
let reference: string;
let caseId: number;
/** The publication PDF the export made, kept for the metadata test. */
let publicationPdf: Uint8Array;

beforeAll(async () => {
  store = await makeEvidenceStore();
  ({ reference, id: caseId } = openReportCase(store.officer));
  reviewer = await store.signIn('Lena Reviewer', 'lead-reviewer', reference);
  await writeReport(reviewer, reference);
}, LONG);
afterAll(() => store.cleanup());

const bytesOf = (result: { contentBase64: string }) => new Uint8Array(Buffer.from(result.contentBase64, 'base64'));

/**
 * Each page's text in content-stream order (pdftotext -raw), split at its form feeds: the
 * diagonal watermark comes out letter by letter, one to a line, so spacing is removed before
 * looking for it.
 */
function rawPageTexts(bytes: Uint8Array): string[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-draft-'));
  try {
    const file = path.join(folder, 'draft.pdf');
    fs.writeFileSync(file, bytes);
    const pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return pages;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Each identifier that `text` still holds, compared in lower case with all spacing removed. */
function identifiersIn(text: string): string[] {
  const haystack = squashed(text);
  return IDENTIFIERS.filter((identifier) => haystack.includes(squashed(identifier)));
}

describe('a publication copy holds no identifying data', () => {
  it('refuses while detected identifiers are undecided, naming them, and records nothing', async () => {
    const refusal = await asyncRefusalOf(() => exportReport(reviewer, { reference, kind: 'publication', recipient: null }, 'pdf'));
    expect(refusal.code).toBe('REDACTION_UNDECIDED');
    expect(refusal.message).toMatch(/^\d+ identifiers found in the text are undecided: /);
    expect(refusal.message).toContain(`National Insurance number “${NI_NUMBER}”`);
    expect(refusal.message).toContain(`NHS number “${NHS_NUMBER}”`);
    expect(refusal.message).toMatch(/Accept or dismiss each on the Redaction page first\.$/);
    expect(auditDetails(store.officer, 'report.exported')).toEqual([]);
  }, LONG);

  it('first shows the unredacted render holds every identifier: in capitals, possessive and broken across a line', async () => {
    const printable = printableFor(store.officer.store.db, caseId, 'report')!;
    const written = JSON.stringify(printable);
    expect(written).toContain('OLIVIA HARTLEY');
    expect(written).toContain("HARTLEY'S");
    expect(written).toContain('Olivia\\nHartley');
    const text = pdfText((await renderReportPdf(printable, { mode: 'publication' })).bytes);
    expect(identifiersIn(text)).toEqual(IDENTIFIERS);
    expect(text).toContain('OLIVIA HARTLEY');
    expect(squashed(text)).toContain(squashed("HARTLEY'S"));
  }, LONG);

  it('lets the reviewer accept the National Insurance and NHS numbers the detectors found', async () => {
    const undecided = (await readReports(reviewer, reference)).candidates.filter((candidate) => candidate.state === 'undecided');
    expect(undecided.map((candidate) => [candidate.kind, candidate.value])).toEqual(expect.arrayContaining([['ni-number', NI_NUMBER], ['nhs-number', NHS_NUMBER]]));
    expect(await acceptEveryCandidate(reviewer, reference)).toBe(undecided.length);
  }, LONG);

  it('writes a publication PDF in which pdftotext finds none of them, in any case or spacing, but finds the pseudonyms and the text', async () => {
    const result = await exportReport(reviewer, { reference, kind: 'publication', recipient: null }, 'pdf');
    const bytes = bytesOf(result);
    publicationPdf = bytes;
    const text = pdfText(bytes);
    expect(identifiersIn(text)).toEqual([]);
    for (const expected of [...PSEUDONYMS, ...BODY_TEXT]) expect(squashed(text), expected).toContain(squashed(expected));
    expect(text).toContain('[National Insurance number]');
    expect(text).toContain('[NHS number]');
    expect(text).not.toMatch(/DRAFT|OFFICIAL/);
    expect(result.fileName).toBe(`${reference}-publication-copy.pdf`);
    expect(result.pages).toBe(pdfPageTexts(bytes).length);
    expect(result.checkedCharacters).toBeGreaterThan(1000);
    expect(result.summary.pseudonyms).toBeGreaterThan(10);
  }, LONG);

  it('leaves none of them in the PDF’s properties or XMP metadata', () => {
    const metadata = pdfInfoWithMetadata(publicationPdf);
    expect(identifiersIn(metadata)).toEqual([]);
    expect(metadata).not.toMatch(/pdf-lib/i);
    expect(metadata).not.toContain(reviewer.user.name);
  }, LONG);

  it('writes a publication .docx in which no part of the package holds any of them', async () => {
    const result = await exportReport(reviewer, { reference, kind: 'publication', recipient: null }, 'docx');
    expect(result.fileName).toBe(`${reference}-publication-copy.docx`);
    const parts = docxParts(bytesOf(result));
    expect(parts.map((part) => part.name)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
    for (const part of parts) {
      expect(identifiersIn(part.raw), part.name).toEqual([]);
      expect(identifiersIn(part.text), part.name).toEqual([]);
      expect(part.raw, part.name).not.toContain(reviewer.user.name);
    }
    const body = squashed(parts.find((part) => part.name === 'word/document.xml')!.text);
    for (const expected of [...PSEUDONYMS, ...BODY_TEXT]) expect(body, expected).toContain(squashed(expected));
  }, LONG);

  it('marks the redacted draft DRAFT, with its recipient and OFFICIAL-SENSITIVE, on every page, and names no one else', async () => {
    const before = count(store.officer, 'report_distributions', 'case_id = ?', caseId);
    const result = await exportReport(reviewer, { reference, kind: 'draft', recipient: { recipient: RECIPIENT, agency: 'Housing', mayForward: false } }, 'pdf');
    const bytes = bytesOf(result);
    expect(result.fileName).toBe(`${reference}-draft-v1-housing.pdf`);
    expect(result.pages).toBeGreaterThanOrEqual(3);
    const pages = pdfPageTexts(bytes);
    const raw = rawPageTexts(bytes);
    expect(pages).toHaveLength(result.pages!);
    expect(raw).toHaveLength(result.pages!);
    pages.forEach((text, index) => {
      expect(raw[index]!.replace(/\s+/g, ''), `page ${index + 1}`).toContain('DRAFT');
      expect(text, `page ${index + 1}`).toContain(`Draft for factual accuracy: for ${RECIPIENT} only`);
      expect(text, `page ${index + 1}`).toContain('OFFICIAL-SENSITIVE');
    });
    expect(identifiersIn(pages.join('\n'))).toEqual([]);
    expect(count(store.officer, 'report_distributions', 'case_id = ?', caseId)).toBe(before + 1);
  }, LONG);
});
