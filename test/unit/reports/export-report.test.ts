/**
 * The exports screen's preview and the export pipeline around the redaction: who may do what,
 * what is refused and why, what the last gate catches even when redaction itself has failed,
 * what an export records (its audit event with counts only, a draft's distribution, the
 * candidates accepted on the way out), and the Rapid Review Meeting Report and the 7-minute
 * briefing in their own files. Tests run in order on one case where they build on each other.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrintableDocument } from '../../../shared/reports/report-document.ts';
import { exportReport, PREVIEW_PARAGRAPHS, previewExport } from '../../../main/reports/export-report.ts';
import { readReports } from '../../../main/reports/reports-view.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import type { Session } from '../../../main/security/session.ts';
import { asyncRefusalOf, auditDetails, count, makeEvidenceStore, newCase, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { pdfText } from '../exports/pdf-text.ts';
import { docxParts } from './docx-parts.ts';
import { BRIEFING, identifyingReport, NI_NUMBER, openReportCase, squashed, writeReport } from './export-fixture.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import { saveBriefing } from '../../../main/reports/report-records.ts';

/** Set by a test to make redaction hand back the document untouched once, as a redaction bug would. */
const redactionFails = vi.hoisted(() => ({ next: false }));
vi.mock('../../../main/exports/redaction/redact-document.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../main/exports/redaction/redact-document.ts')>();
  return {
    ...actual,
    redactDocument(input: { printable: PrintableDocument }, options: { acceptDetected: boolean }) {
      if (!redactionFails.next) return actual.redactDocument(input as Parameters<typeof actual.redactDocument>[0], options);
      redactionFails.next = false;
      return { printable: input.printable, summary: { pseudonyms: 0, byKind: [], dismissed: 0 }, undecided: [] };
    },
  };
});

const LONG = 120_000;
let store: EvidenceStore;
let reviewer: Session;
let panel: Session;
let reference: string;
let caseId: number;

beforeAll(async () => {
  store = await makeEvidenceStore();
  ({ reference, id: caseId } = openReportCase(store.officer));
  reviewer = await store.signIn('Lena Reviewer', 'lead-reviewer', reference);
  panel = await store.signIn('Aled Panelmember', 'screening-panel');
  await writeReport(reviewer, reference);
}, LONG);
afterAll(() => store.cleanup());

const bytesOf = (result: { contentBase64: string }) => new Uint8Array(Buffer.from(result.contentBase64, 'base64'));
const publication = () => ({ reference, kind: 'publication' as const, recipient: null });

describe('the preview of an export', () => {
  it('shows the title, the marking and the first text as it will print, redacted, with the summary and how many are undecided', async () => {
    const preview = await previewExport(panel, publication());
    expect(preview).toMatchObject({ title: 'Local child safeguarding practice review', subtitle: 'Concerning Child Q', marking: 'None: no watermark and no protective marking' });
    expect(preview.undecided).toBeGreaterThanOrEqual(2);
    expect(preview.summary.pseudonyms).toBeGreaterThan(10);
    expect(preview.sections[0]).toEqual({ heading: 'Executive summary', paragraphs: [expect.stringContaining('This review concerns Child Q, a pupil at the school.'), expect.any(String)] });
    const text = preview.sections.flatMap((section) => section.paragraphs).join('\n');
    expect(text).toContain('1. What did agencies know about the adults in the household?');
    expect(text).toContain('Date | Agency | What happened');
    expect(squashed(text)).not.toMatch(/olivia|hartley|rebecca|brennan|oakfield|larchclose/);
  });

  it('names the draft’s recipient in its marking, and stops after about two pages of text', async () => {
    const draft = await previewExport(reviewer, { reference, kind: 'draft', recipient: { recipient: 'Amal Haddad', agency: 'Housing', mayForward: false } });
    expect(draft.marking).toBe('DRAFT across every page; “Amal Haddad” and OFFICIAL-SENSITIVE on every page');
    const long = newCase(store.officer).reference;
    await saveReport(store.officer, long, { title: '', sections: identifyingReport().sections.map((section) => ({ key: section.key, blocks: Array.from({ length: 40 }, (_, index) => ({ type: 'paragraph' as const, text: `Paragraph ${index + 1}.` })) })) }, 'Long');
    const preview = await previewExport(store.officer, { reference: long, kind: 'publication', recipient: null });
    expect(preview.sections.flatMap((section) => section.paragraphs)).toHaveLength(PREVIEW_PARAGRAPHS);
    expect(preview.sections.map((section) => section.heading)).toEqual(['Executive summary', 'The questions this review answers']);
    expect(preview.subtitle).toBe('');
  }, LONG);

  it('says plainly when there is nothing to export yet', async () => {
    const empty = newCase(store.officer).reference;
    for (const kind of ['publication', 'rapid-review', 'briefing'] as const) {
      const refusal = await asyncRefusalOf(() => previewExport(store.officer, { reference: empty, kind, recipient: null }));
      expect(refusal.code, kind).toBe('NOT_FOUND');
      expect(refusal.message, kind).toContain(empty);
    }
    const refusal = await asyncRefusalOf(() => exportReport(store.officer, { reference: empty, kind: 'publication', recipient: null }, 'pdf'));
    expect(refusal.message).toBe(`There is no saved report to export yet on case ${empty}. Write the report (or import a Word draft) and save it first.`);
  });
});

describe('an export', () => {
  it('is refused to someone who may only read the case, and the refusal audited', async () => {
    const refusal = await asyncRefusalOf(() => exportReport(panel, publication(), 'pdf'));
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(auditDetails(store.officer, 'access.refused').at(-1)).toMatchObject({ permission: 'reports.write' });
    expect(auditDetails(store.officer, 'report.exported')).toEqual([]);
  });

  it('is stopped by the last gate when the text read back out of the file still names someone, and nothing is recorded', async () => {
    const exported = count(store.officer, 'audit_events', "action = 'report.exported'");
    const distributions = count(store.officer, 'report_distributions');
    for (const format of ['pdf', 'docx'] as const) {
      redactionFails.next = true;
      const refusal = await asyncRefusalOf(() => exportReport(reviewer, { reference, kind: 'draft', recipient: { recipient: 'Amal Haddad', agency: 'Housing', mayForward: false } }, format));
      expect(refusal.code, format).toBe('REDACTION_FOUND');
      expect(refusal.message, format).toMatch(format === 'pdf' ? /^The PDF was not written: read back, its text still holds \d+ identifiers: / : /^The Word file was not written/);
      expect(refusal.message, format).toContain('Name “Olivia Hartley”, Place “Oakfield Primary School”');
      expect(refusal.message, format).toMatch(/ and \d+ more\. Add each to the case’s redaction register \(or decide it on the Redaction page\), then export again\.$/);
    }
    expect(count(store.officer, 'audit_events', "action = 'report.exported'")).toBe(exported);
    expect(count(store.officer, 'report_distributions')).toBe(distributions);
  }, LONG);

  it('with acceptDetected, replaces each undecided identifier by its kind in brackets and records each as the reviewer’s acceptance', async () => {
    const undecided = (await readReports(reviewer, reference)).candidates.filter((candidate) => candidate.state === 'undecided');
    expect(undecided.length).toBeGreaterThanOrEqual(2);
    const result = await exportReport(reviewer, publication(), 'pdf', { acceptDetected: true });
    const text = pdfText(bytesOf(result));
    expect(text).toContain('[National Insurance number]');
    expect(text).toContain('[NHS number]');
    expect(text).not.toContain(NI_NUMBER);
    const rows = store.officer.store.db.prepare("SELECT decision, decided_by AS decidedBy FROM redaction_decisions WHERE case_id = ? AND document = 'report'").all(caseId);
    expect(rows).toHaveLength(undecided.length);
    expect(rows).toEqual(undecided.map(() => ({ decision: 'accept', decidedBy: reviewer.userId })));
    expect((await readReports(reviewer, reference)).candidates.filter((candidate) => candidate.document === 'report').every((candidate) => candidate.state === 'accepted')).toBe(true);
    const decided = auditDetails(store.officer, 'redaction.decided').filter((details) => details.via === 'accept-detected');
    expect(decided).toEqual(undecided.map((candidate) => ({ document: 'report', kind: candidate.kind, place: candidate.place, decision: 'accept', via: 'accept-detected' })));
  }, LONG);

  it('is audited with its kind, format, version and counts, never a name or a value it replaced', async () => {
    const details = auditDetails(store.officer, 'report.exported').at(-1)!;
    expect(details).toMatchObject({ kind: 'publication', format: 'pdf', version: 1, via: 'file', byKind: expect.objectContaining({ 'ni-number': 1, 'nhs-number': 1 }) });
    expect(details.pages).toEqual(expect.any(Number));
    const audited = squashed(JSON.stringify([...auditDetails(store.officer, 'report.exported'), ...auditDetails(store.officer, 'redaction.decided')]));
    for (const value of ['Hartley', 'Olivia', NI_NUMBER, 'Amal Haddad']) expect(audited).not.toContain(squashed(value));
  });

  it('enters a draft written as a file in the distribution register, for the report’s version, and names only the agency in the file name', async () => {
    const result = await exportReport(reviewer, { reference, kind: 'draft', recipient: { recipient: 'Amal Haddad', agency: 'Housing', mayForward: true, sentOn: '2026-11-20' } }, 'docx');
    expect(result.fileName).toBe(`${reference}-draft-v1-housing.docx`);
    expect(result.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(result.pages).toBeNull();
    const view = await readReports(reviewer, reference);
    expect(view.distributions).toEqual([expect.objectContaining({ version: 1, recipient: 'Amal Haddad', agency: 'Housing', via: 'file', mayForward: true, sentBy: 'Lena Reviewer' })]);
    expect(auditDetails(store.officer, 'report.draft-distributed').at(-1)).toMatchObject({ version: 1, agency: 'Housing', via: 'file', mayForward: true });
    const body = docxParts(bytesOf(result)).find((part) => part.name === 'word/document.xml')!.text;
    expect(body).toContain('Child Q');
  }, LONG);

  it('makes the Rapid Review Meeting Report, OFFICIAL-SENSITIVE and redacted, in the National Panel’s structure', async () => {
    const result = await exportReport(reviewer, { reference, kind: 'rapid-review', recipient: null }, 'pdf', { acceptDetected: true });
    expect(result.fileName).toBe(`${reference}-rapid-review-report.pdf`);
    const text = pdfText(bytesOf(result));
    for (const expected of ['Rapid Review Meeting Report', 'Concerning Child Q', 'OFFICIAL-SENSITIVE', 'The facts of the case', 'Immediate actions taken', 'Learning identified so far', 'The decision and its rationale', 'Whether a national review may be appropriate', 'Decision: Local child safeguarding practice review.']) {
      expect(text).toContain(expected);
    }
    expect(squashed(text)).toContain(squashed('Child Q was taken to hospital with injuries. Mother called the ambulance.'));
    expect(squashed(text)).not.toMatch(/olivia|hartley|rebecca/);
  }, LONG);

  it('makes the 7-minute briefing as a published document: redacted, unmarked, its seven sections in order', async () => {
    const result = await exportReport(reviewer, { reference, kind: 'briefing', recipient: null }, 'docx', { acceptDetected: true });
    expect(result.fileName).toBe(`${reference}-7-minute-briefing.docx`);
    const parts = docxParts(bytesOf(result));
    const body = parts.find((part) => part.name === 'word/document.xml')!.text;
    expect(body).toContain('Child Q attended the school');
    expect(squashed(parts.map((part) => part.text).join(''))).not.toMatch(/olivia|hartley|oakfield|official-sensitive/);
    const headings = ['Background', 'What happened', 'Why it matters', 'What we learned', 'What good looks like', 'Questions for you', 'Find out more'];
    expect(headings.map((heading) => body.indexOf(heading))).toEqual([...headings.map((heading) => body.indexOf(heading))].sort((a, b) => a - b));
  }, LONG);

  it('redacts a briefing that covers several reviews against every covered case’s people, not only its own', async () => {
    const other = newCase(store.officer, { agencies: ['Education'] });
    savePerson(store.officer, other.reference, { role: 'child', givenNames: 'Zebedee', familyName: 'Marchbanks', publishAs: 'Child R' });
    const themed = { ...BRIEFING, sections: BRIEFING.sections.map((section, index) => (index === 1 ? { ...section, text: 'In the second review ZEBEDEE MARCHBANKS’S school saw the same pattern.' } : section)) };
    await saveBriefing(store.officer, reference, themed, [other.reference]);
    const result = await exportReport(store.officer, { reference, kind: 'briefing', recipient: null }, 'pdf', { acceptDetected: true });
    const text = pdfText(bytesOf(result));
    expect(squashed(text)).not.toMatch(/zebedee|marchbanks|olivia|hartley/);
    expect(squashed(text)).toContain(squashed('Child R’s school saw the same pattern'));
  }, LONG);
});
