/**
 * The Must-show "the data-protection export finds a person in every place the fixture
 * put them", on a real SQLCipher store built through the real services (request-fixture.ts): the
 * export, read back from its bytes with exceljs, names each place and finds her there, with
 * the text that names her; it leaves out someone with a similar name and a namesake born in
 * another year; it is recorded in the audit chain; and it is refused without the permission.
 */
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_PROTECTION_PLACE_LABELS, DATA_PROTECTION_PLACES, type DataProtectionPlace } from '../../../shared/ipc/data-protection-calls.ts';
import { DATA_PROTECTION_EXPORTED, exportRequestBytes, searchForRequest } from '../../../main/data-protection/data-protection-request.ts';
import { MARKING, NOT_READ_SHEET, SECURED_SETS_SHEET, SUMMARY_SHEET } from '../../../main/data-protection/request-workbook.ts';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import { asyncRefusalOf, auditDetails, count, lastAuditAction } from '../evidence/evidence-fixture.ts';
import { readRequestWorkbook, type ReadWorkbook } from './read-request-workbook.ts';
import { LOOK_ALIKE, makeRequestStore, NAMESAKE_BORN, PUT_IN, SAME_FIRST_NAME, SUBJECT, SUBJECT_AS_TYPED, type RequestStore } from './request-fixture.ts';

/** Where exactly, within each place, the fixture put her: each must be a finding of its own. */
const WHERE: Readonly<Record<DataProtectionPlace, readonly string[]>> = {
  people: ['People record 1 (family member) — the whole record', '(child) — the whole record', 'People record of Mali Kowalczyk (child) — details › notes'],
  'case-records': ['The referral record'],
  documents: ['“Letter to the mother.docx” — its text', '“Strategy discussion minutes.pdf” — its text', '“Kowalczyk, Siobhán - contact notes.txt”, added', '“housing chronology.xlsx” — its text'],
  requests: ['Request for information to Greater Manchester Police', 'Chase of the request to Housing', 'Escalation of the request to Housing'],
  summaries: ['Housing’s agency summary'],
  chronologies: ['Housing’s chronology, sheet “Chronology”'],
  reports: ['Report version 1'],
  'case-discussions': ['Case discussion'],
  redaction: ['Place in the redaction register'],
  'action-plans': ['Action for Housing'],
  learning: ['The learning event held 2025-12-01'],
  'family-feedback': ['The family’s feedback, received 2025-12-10'],
  'secured-files': ['Housing’s securing of its records'],
  exchange: ['Bundle sent (request)'],
  users: ['User account “Siobhán Kowalczyk” — the account', 'User account “Siobhán Kowalczyk” — a role'],
  audit: ['people.searched', 'person.saved', 'user.added', 'settings.changed'],
  settings: ['The setting “letterhead”'],
};

/** Every file in a zip, by its name in the zip. */
async function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  const files = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      files.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return files;
}

let store: RequestStore;
let workbook: ReadWorkbook;
let bytes: Buffer;
let fileName: string;

beforeAll(async () => {
  store = await makeRequestStore();
  ({ bytes, fileName } = await exportRequestBytes(store.admin, { name: SUBJECT_AS_TYPED, dateOfBirth: SUBJECT.dateOfBirth }));
  workbook = await readRequestWorkbook(bytes);
}, 180_000);

afterAll(() => store?.cleanup());

describe('a data-protection export for a named person', () => {
  it('is a workbook, named by the date and never by the person', () => {
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(fileName).toMatch(/^data-protection-request-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(workbook.sheetNames[0]).toBe(SUMMARY_SHEET);
  });

  it('finds her in every place the fixture put her, names each place, and shows the text that names her', () => {
    const summary = workbook.rows(SUMMARY_SHEET);
    for (const place of DATA_PROTECTION_PLACES) {
      const label = DATA_PROTECTION_PLACE_LABELS[place];
      const line = summary.find((row) => row[0] === label);
      expect(line, `the Summary lists ${label}`).toBeDefined();
      const findings = workbook.findings(label);
      expect(Number(line![1]), `the Summary's count for ${label}`).toBe(findings.length);
      for (const where of WHERE[place]) expect(findings.some((finding) => finding['Where exactly'].includes(where)), `${label}: ${where}`).toBe(true);
      expect(findings.some((finding) => finding['The text'].includes(PUT_IN[place])), `${label} shows “${PUT_IN[place]}”`).toBe(true);
    }
  });

  it('finds her on her open case and on her closed case of 2009, through her birth name there', () => {
    const cases = workbook.rows(SUMMARY_SHEET).filter((row) => [store.cases.open, store.cases.closed].includes(row[0]!) && ['Open', 'Closed'].includes(row[3]!));
    expect(cases.map((row) => [row[0], row[3]])).toEqual([
      [store.cases.closed, 'Closed'],
      [store.cases.open, 'Open'],
    ]);
    const closed = workbook.findings(DATA_PROTECTION_PLACE_LABELS['case-records']).filter((finding) => finding.Case === store.cases.closed);
    expect(closed.map((finding) => finding['What matched'])).toEqual(expect.arrayContaining([expect.stringContaining('“Siobhán Doherty” (their other name “Siobhán Doherty”)')]));
  });

  it('includes neither the person with a similar name, nor the namesake born in another year, nor the practitioner with her first name', () => {
    for (const absent of ['Kowalski', NAMESAKE_BORN, SAME_FIRST_NAME, 'youth service', 'grandmother', 'kinship care', store.cases.namesake, store.cases.lookAlike]) {
      expect(workbook.allText, `“${absent}” is in the export`).not.toContain(absent);
    }
    expect(workbook.rows(SUMMARY_SHEET).flat()).toContain('1 people record with this name but another date of birth was left out, with its case: someone else.');
  });

  it('lists the secured sets it could not search, with who holds the key, and the files it could not read', () => {
    const sets = workbook.rows(SECURED_SETS_SHEET).find((row) => row[0] === store.cases.open);
    expect(sets?.slice(0, 3)).toEqual([store.cases.open, 'Greater Manchester Police', 'Dafydd Rees-Jones']);
    expect(sets?.[5]).toContain('Only Dafydd Rees-Jones, as Greater Manchester Police’s nominated representative, or Greater Manchester Police with its recovery code.');
    expect(workbook.rows(NOT_READ_SHEET).some((row) => row[1]?.includes('Photograph of the flat.png') && row[2]?.includes('picture'))).toBe(true);
  });

  it('is marked OFFICIAL-SENSITIVE on every sheet', () => {
    for (const sheet of workbook.sheetNames) expect(workbook.rows(sheet)[1]?.[0], sheet).toBe(MARKING);
  });

  it('is recorded in the audit chain with the name searched and the counts, and the chain still verifies', () => {
    const recorded = auditDetails(store.admin, DATA_PROTECTION_EXPORTED).at(-1)!;
    expect(recorded).toMatchObject({ name: SUBJECT_AS_TYPED, dateOfBirth: SUBJECT.dateOfBirth, fileName });
    const places = recorded.places as Record<string, number>;
    expect(Object.keys(places).sort()).toEqual([...DATA_PROTECTION_PLACES].sort());
    expect(recorded.found).toBe(Object.values(places).reduce((sum, found) => sum + found, 0));
    expect(verifyChain(store.admin.store.db, store.admin.store.auditKeyForVerification).intact).toBe(true);
  });

  it('with the files: a zip of the workbook and every kept file that names her, byte for byte as the store keeps it', async () => {
    const { fileName: zipName, bytes: zip } = await exportRequestBytes(store.admin, { name: SUBJECT_AS_TYPED, dateOfBirth: SUBJECT.dateOfBirth, format: 'zip' });
    expect(zipName).toBe(fileName.replace(/\.xlsx$/, '.zip'));
    const files = await readZip(zip);
    const zipped = await readRequestWorkbook(files.get(fileName)!);
    expect(zipped.findings(DATA_PROTECTION_PLACE_LABELS.documents)).toHaveLength(workbook.findings(DATA_PROTECTION_PLACE_LABELS.documents).length);
    const documents = [...files.keys()].filter((name) => name.startsWith(`documents/${store.cases.open}/`));
    expect(documents.map((name) => name.replace(/^.*\/document \d+ - /, '')).sort()).toEqual(['Kowalczyk, Siobhán - contact notes.txt', 'Letter to the mother.docx', 'Strategy discussion minutes.pdf', 'housing chronology.xlsx']);
    for (const name of documents) {
      const id = Number(/\/document (\d+) - /.exec(name)![1]);
      const kept = store.admin.store.db.prepare('SELECT sha256 FROM case_documents WHERE id = ?').get(id) as { sha256: string };
      expect(createHash('sha256').update(files.get(name)!).digest('hex'), name).toBe(kept.sha256);
    }
    expect(auditDetails(store.admin, DATA_PROTECTION_EXPORTED).at(-1)).toMatchObject({ fileName: zipName, files: 4 });
  });

  it('is refused, and the refusal recorded, for someone whose role does not include it', async () => {
    const before = count(store.admin, 'audit_events', 'action = ?', DATA_PROTECTION_EXPORTED);
    const refusal = await asyncRefusalOf(() => exportRequestBytes(store.officer, { name: SUBJECT_AS_TYPED, dateOfBirth: null }));
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(refusal.message).toBe('You are not allowed to export what the store holds about a person. Ask an administrator if your role should include it.');
    expect(lastAuditAction(store.admin)).toBe('access.refused');
    expect(count(store.admin, 'audit_events', 'action = ?', DATA_PROTECTION_EXPORTED)).toBe(before);
  });

  it('without a date of birth, takes in the namesake’s case too, but still not the similar name', async () => {
    const review = await searchForRequest(store.admin, { name: SUBJECT_AS_TYPED, dateOfBirth: null });
    expect(review.cases.map((found) => found.reference).sort()).toEqual([store.cases.closed, store.cases.namesake, store.cases.open].sort());
    expect(review.leftOutByDateOfBirth).toBe(0);
    expect(review.records).toHaveLength(3);
    expect(JSON.stringify(review)).not.toContain('Kowalski');
    expect(LOOK_ALIKE).toContain('Kowalski');
  });
});

describe('on the agency’s install', () => {
  it('finds her in the task the request opened and in the letter it brought', async () => {
    const { bytes: agencyBytes } = await exportRequestBytes(store.police.session, { name: SUBJECT_AS_TYPED, dateOfBirth: SUBJECT.dateOfBirth });
    const agency = await readRequestWorkbook(agencyBytes);
    const findings = agency.findings(DATA_PROTECTION_PLACE_LABELS.exchange);
    expect(findings.some((finding) => finding['Where exactly'].startsWith('Task (request) from another install — what it asks'))).toBe(true);
    expect(findings.some((finding) => /^File \d+ “.+\.pdf” of a task from another install — its text$/.test(finding['Where exactly']) && finding['The text'].includes('Siobhán Marie Kowalczyk'))).toBe(true);
  });
});
