import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_FIELDS, SUMMARY_LABELS } from '../../../shared/evidence/agency-summary.ts';
import { TEMPLATE_SHEETS } from '../../../shared/evidence/chronology.ts';
import { acceptChronology } from '../../../main/evidence/chronology-returns.ts';
import { exportComposite, exportMeetingPack, requestLetter, requestTemplate } from '../../../main/evidence/evidence-exports.ts';
import { readLetterheadView, saveLetterhead } from '../../../main/evidence/letterhead.ts';
import { meetingPackInput } from '../../../main/evidence/meeting-pack-data.ts';
import { requestLetterInput } from '../../../main/evidence/request-letter-data.ts';
import { saveRequest } from '../../../main/evidence/requests.ts';
import { importSummary, saveSummary } from '../../../main/evidence/summaries.ts';
import { COMPOSITE_HEADER_ROW, COMPOSITE_SHEET } from '../../../main/exports/xlsx/composite-workbook.ts';
import { SUMMARY_FIRST_ROW, TEMPLATE_HEADER_ROW } from '../../../main/exports/xlsx/chronology-template.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import { findRequest } from '../../../main/store/repositories/information-requests.ts';
import { pdfText } from '../exports/pdf-text.ts';
import { auditDetails, chronologyWorkbook, events, HEALTH, letterhead, makeEvidenceStore, newCase, POLICE, request, summary, type EvidenceStore } from './evidence-fixture.ts';

let store: EvidenceStore;
let reference: string;
let caseId: number;
let policeRequest: number;
beforeAll(async () => {
  store = await makeEvidenceStore();
  saveLetterhead(store.admin, letterhead());
  ({ reference, id: caseId } = newCase(store.officer));
  savePerson(store.officer, reference, { role: 'child', givenNames: 'Łukasz', familyName: 'Brzęczyszczykiewicz', otherNames: ['Luke Brown'], datesOfBirth: ['2018-05-04'], addresses: ['12 Example Road, Northam'] });
  savePerson(store.officer, reference, { role: 'family-member', givenNames: 'Zoë', familyName: 'Brown', relationship: 'mother', datesOfBirth: ['1990-01-02'] });
  savePerson(store.officer, reference, { role: 'practitioner', givenNames: 'Pat', familyName: 'Practitioner', relationship: 'Health visitor' });
  for (const heldOn of ['2026-02-10', '2026-03-12', '2026-04-14']) {
    saveRecord(store.officer, reference, null, { type: 'meeting', data: { meetingKind: 'rapid-review', heldOn, startsAt: '10:00', chair: { name: 'Morgan Chair', organisation: POLICE }, papersSharedOn: null, papersSharedAt: null } });
  }
  policeRequest = saveRequest(store.officer, reference, null, request(POLICE, '2026-03-02', { secureFiles: true })).requests[0]!.id;
  saveRequest(store.officer, reference, null, request(HEALTH, '2026-03-02'));
  saveSummary(store.officer, reference, POLICE, summary({ authorName: 'Siân Police' }));
  const policeFile = await chronologyWorkbook(POLICE, [...events(3, '2025-01-06', 'Police record'), { date: '2025-06-02', event: 'Strategy discussion held about Łukasz after disclosure at school', tests: ['statutoryEvent'] }]);
  await acceptChronology(store.officer, reference, POLICE, { fileName: 'police.xlsx', bytes: policeFile }, { sha256: sha(policeFile), acceptProblems: false });
  const healthFile = await chronologyWorkbook(HEALTH, [...events(2, '2025-02-03', 'Health record'), { date: '2025-06-02', event: 'Health visitor joined the strategy discussion about Łukasz after his disclosure at school' }]);
  await acceptChronology(store.officer, reference, HEALTH, { fileName: 'health.xlsx', bytes: healthFile }, { sha256: sha(healthFile), acceptProblems: false });
});
afterAll(() => store.cleanup());

function sha(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const bytesOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');

describe('what a request letter is made from', () => {
  it('names the children and family members with everything an agency matches records on, the meeting after the letter, and the working days given', () => {
    const db = store.officer.store.db;
    const input = requestLetterInput(db, caseId, reference, findRequest(db, caseId, policeRequest)!, readLetterheadView(store.officer).letterhead!);
    expect(input.subjects).toEqual([
      { role: 'Child', name: 'Łukasz Brzęczyszczykiewicz', otherNames: ['Luke Brown'], datesOfBirth: ['2018-05-04'], addresses: ['12 Example Road, Northam'] },
      { role: 'Mother', name: 'Zoë Brown', otherNames: [], datesOfBirth: ['1990-01-02'], addresses: [] },
    ]);
    expect(input).toMatchObject({ letterDate: '2026-03-02', dueOn: '2026-03-09', workingDays: 5, secureFiles: true, meeting: { heldOn: '2026-03-12', startsAt: '10:00' } });
    expect(input.recipient).toEqual({ name: 'Zoë Łukasiewicz', role: 'Named nurse for safeguarding', agency: POLICE, email: 'zoe.l@example.com' });
  });
});

describe('the files made from a case’s evidence', () => {
  it('makes the request letter as a PDF named for the case and agency, with the people’s names in it, and audits it', async () => {
    const file = await requestLetter(store.officer, reference, policeRequest);
    expect(file).toMatchObject({ fileName: `${reference} request for information – ${POLICE}.pdf`, mediaType: 'application/pdf' });
    const text = pdfText(bytesOf(file));
    expect(text).toContain('OFFICIAL-SENSITIVE');
    // The subjects' table may wrap a long name onto two lines.
    expect(text).toContain('Brzęczyszczykiewicz');
    expect(text).toContain('Łukasz');
    expect(text).toContain('Zoë Brown');
    expect(text).not.toContain('Pat Practitioner');
    expect(text).toContain('Northam Safeguarding Children Partnership');
    expect(auditDetails(store.officer, 'evidence.letter-made').at(-1)).toMatchObject({ requestId: policeRequest, agency: POLICE, fileName: file.fileName });
  });

  it('makes the template workbook with the request’s due date, which reads back whole when filled in', async () => {
    const file = await requestTemplate(store.officer, reference, HEALTH);
    expect(file).toMatchObject({ fileName: `${reference} chronology template – ${HEALTH}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(auditDetails(store.officer, 'evidence.template-made').at(-1)).toMatchObject({ agency: HEALTH });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytesOf(file) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([TEMPLATE_SHEETS.instructions, TEMPLATE_SHEETS.summary, TEMPLATE_SHEETS.chronology]);
    const instructions: string[] = [];
    workbook.getWorksheet(TEMPLATE_SHEETS.instructions)!.eachRow((row) => instructions.push(String(row.getCell(1).value ?? '')));
    // The Health request went on Monday 2 March 2026: five working days later.
    expect(instructions.join('\n')).toContain('9 March 2026');

    // The agency fills it in and sends it back: the summary and the chronology both import.
    const form = workbook.getWorksheet(TEMPLATE_SHEETS.summary)!;
    const answers: Record<string, string | Date> = { ...summary({ authorName: 'Zoë Returner' }), completedOn: new Date(Date.UTC(2025, 10, 10)), involvementFrom: new Date(Date.UTC(2024, 1, 1)), involvementTo: new Date(Date.UTC(2025, 10, 1)) } as never;
    SUMMARY_FIELDS.forEach((field, index) => {
      expect(form.getCell(SUMMARY_FIRST_ROW + index, 1).value).toBe(SUMMARY_LABELS[field]);
      form.getCell(SUMMARY_FIRST_ROW + index, 2).value = answers[field] ?? '';
    });
    const sheet = workbook.getWorksheet(TEMPLATE_SHEETS.chronology)!;
    events(3, '2025-07-07', 'Returned through the template').forEach((event, index) => {
      const row = sheet.getRow(TEMPLATE_HEADER_ROW + 1 + index);
      row.getCell(1).value = new Date(`${event.date}T00:00:00Z`);
      row.getCell(2).value = event.time!;
      row.getCell(3).value = 'Health visiting record';
      row.getCell(4).value = event.event;
    });
    const returned = Buffer.from(await workbook.xlsx.writeBuffer());
    let view = await importSummary(store.officer, reference, HEALTH, { fileName: 'returned.xlsx', bytes: returned });
    expect(view.summaries.find((item) => item.agency === HEALTH)).toMatchObject({ source: 'imported', form: expect.objectContaining({ authorName: 'Zoë Returner', completedOn: '2025-11-10' }) });
    view = await acceptChronology(store.officer, reference, HEALTH, { fileName: 'returned.xlsx', bytes: returned }, { sha256: sha(returned), acceptProblems: false });
    expect(view.returns.find((item) => item.agency === HEALTH)!.rowCount).toBe(3);
    expect(view.composite.entries.filter((entry) => entry.agency === HEALTH).map((entry) => entry.event)).toEqual(events(3, '2025-07-07', 'Returned through the template').map((event) => event.event));
  });

  it('exports the composite chronology as a workbook holding the filtered rows, and audits what was kept', async () => {
    const everything = await exportComposite(store.officer, reference, 'xlsx', { agencies: [], tests: [], principles: [] });
    expect(everything).toMatchObject({ fileName: `${reference} composite chronology.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const police = await exportComposite(store.officer, reference, 'xlsx', { agencies: [POLICE], tests: [], principles: [] });
    const rowsOf = async (bytes: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(COMPOSITE_SHEET)!;
      return sheet.getRows(COMPOSITE_HEADER_ROW + 1, sheet.rowCount - COMPOSITE_HEADER_ROW)?.filter((row) => row.hasValues) ?? [];
    };
    const allRows = await rowsOf(bytesOf(everything));
    const policeRows = await rowsOf(bytesOf(police));
    expect(policeRows.length).toBeGreaterThan(0);
    expect(policeRows.length).toBeLessThan(allRows.length);
    expect(auditDetails(store.officer, 'evidence.composite-exported').at(-1)).toMatchObject({ format: 'xlsx', filter: `${POLICE}, all rows`, entries: policeRows.length });
  });

  it('exports the composite chronology as a PDF on the letterhead', async () => {
    const file = await exportComposite(store.officer, reference, 'pdf', { agencies: [], tests: ['statutoryEvent'], principles: [] });
    expect(file).toMatchObject({ fileName: `${reference} composite chronology.pdf`, mediaType: 'application/pdf' });
    const text = pdfText(bytesOf(file));
    expect(text).toContain('Strategy discussion');
    expect(auditDetails(store.officer, 'evidence.composite-exported').at(-1)).toMatchObject({ format: 'pdf', entries: 1 });
  });
});

describe('the meeting pack', () => {
  it('is made from the referral, every summary in the form’s order, the summaries awaited and the whole composite', () => {
    saveRequest(store.officer, reference, null, request('Housing', '2026-03-02'));
    saveSummary(store.officer, reference, HEALTH, summary({ authorName: 'Zoë Health' }));
    const input = meetingPackInput(store.officer.store.db, caseId, reference, readLetterheadView(store.officer).letterhead!, '2026-03-10');
    expect(input.meeting).toEqual({ heldOn: '2026-03-12', startsAt: '10:00' });
    expect(input.referral.slice(0, 4)).toEqual([
      { label: 'Kind of review requested', value: 'Rapid review' },
      { label: 'Referrer', value: 'Robin Example (Education)' },
      { label: 'Incident date', value: '3 November 2025' },
      { label: 'Referral received', value: '4 November 2025' },
    ]);
    expect(input.summaries.map((item) => item.agency)).toEqual([POLICE, HEALTH]);
    const police = input.summaries.find((item) => item.agency === POLICE)!;
    expect(police.fields.map((field) => field.label)).toEqual(SUMMARY_FIELDS.map((field) => SUMMARY_LABELS[field]));
    expect(police.fields[0]).toEqual({ label: SUMMARY_LABELS.authorName, value: 'Siân Police' });
    expect(police.fields.find((field) => field.label === SUMMARY_LABELS.immediateActions)!.value).toBe('Not recorded');
    expect(input.awaitedSummaries).toEqual(['Housing']);
    expect(input.composite.entries.length).toBeGreaterThan(5);
  });

  it('is made as one PDF with the case’s evidence in it, and audited', async () => {
    const file = await exportMeetingPack(store.officer, reference);
    expect(file).toMatchObject({ fileName: `${reference} meeting pack.pdf`, mediaType: 'application/pdf' });
    const text = pdfText(bytesOf(file));
    expect(text).toContain('Siân Police');
    expect(text).toContain('Housing');
    expect(auditDetails(store.officer, 'evidence.meeting-pack-made').at(-1)).toMatchObject({ awaited: 1, fileName: file.fileName });
  });
});
