/**
 * The Must-show: "the access log export lists every event of the test in order, and the
 * audit chain still verifies". Everything goes through the pipeline (Desktop.invoke) on a real
 * store, the bytes through redeemed tickets: sets set up, files placed by the Business Unit and by
 * the representatives, one opened, one copied, the set checked, and refusals of another agency's
 * representative and of an administrator. The export is read back as a reader would: the .xlsx
 * with exceljs, the PDF with pdftotext.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDateTime, londonWallClock } from '../../../main/vault/access-log-rows.ts';
import { ACCESS_LOG_ACTIONS, type AccessLogAction } from '../../../shared/vault/access-log.ts';
import type { FileOutput } from '../../../shared/evidence/letterhead.ts';
import { pdfLayoutText, pdfPageTexts } from '../exports/pdf-text.ts';
import { workbookRows } from './access-log-fixture.ts';
import { addFiles, call, copyOf, fileBytes, HOUSING, makeSetsFixture, PEOPLE, POLICE, refused, signIn, type SetsFixture } from './sets-fixture.ts';

const PURPOSE = 'Checking the contact history for the review';

interface ChainEvent {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
}

describe('the access log export, after a real run of the secured files', () => {
  let fixture: SetsFixture;
  let reference: string;
  let policeFiles: number[];
  /** What the test did, in order: the actions the log must list. */
  const expected: { action: AccessLogAction; agency: string; person: string }[] = [];

  /** The chain's secured-set and secured-file events, read through the signed-in session's connection. */
  function securedEvents(): ChainEvent[] {
    return fixture.desktop
      .requireSession()
      .store.db.prepare(`SELECT seq, at, action FROM audit_events WHERE record_type IN ('secured-set', 'secured-file') ORDER BY seq`)
      .all() as ChainEvent[];
  }

  beforeAll(async () => {
    fixture = await makeSetsFixture();
    reference = fixture.reference;
    const did = (action: AccessLogAction, agency: string, person: string) => expected.push({ action, agency, person });

    await signIn(fixture, PEOPLE.businessUnit);
    await call(fixture, 'vault.setUp', { reference, agency: POLICE, representative: PEOPLE.policeRep });
    did('secured.set-up', POLICE, PEOPLE.businessUnit);
    did('secured.recovery-key-made', POLICE, PEOPLE.businessUnit);
    await call(fixture, 'vault.setUp', { reference, agency: HOUSING, representative: PEOPLE.housingRep });
    did('secured.set-up', HOUSING, PEOPLE.businessUnit);
    did('secured.recovery-key-made', HOUSING, PEOPLE.businessUnit);
    await addFiles(fixture, reference, POLICE, [{ path: 'Referral.txt', bytes: fileBytes('referral', 30_000) }], 'Sent to the Business Unit by the agency');
    did('secured.placed', POLICE, PEOPLE.businessUnit);

    await signIn(fixture, PEOPLE.policeRep);
    policeFiles = await addFiles(fixture, reference, POLICE, [
      { path: 'Case notes/Visit 1.txt', bytes: fileBytes('visit-1', 1_200_000) },
      { path: 'Case notes/Visit 2.txt', bytes: fileBytes('visit-2', 5_000) },
    ]);
    did('secured.placed', POLICE, PEOPLE.policeRep);
    did('secured.placed', POLICE, PEOPLE.policeRep);
    await call(fixture, 'vault.open', { reference, agency: POLICE, fileId: policeFiles[0]!, purpose: PURPOSE, mode: 'open' });
    did('secured.opened', POLICE, PEOPLE.policeRep);
    await copyOf(fixture, reference, POLICE, policeFiles[1]!, 'Preparing the agency’s chronology for the review');
    did('secured.copied', POLICE, PEOPLE.policeRep);
    await call(fixture, 'vault.checkIntegrity', { reference, agency: POLICE });
    did('secured.integrity-checked', POLICE, PEOPLE.policeRep);

    await signIn(fixture, PEOPLE.housingRep);
    expect((await refused(fixture, 'vault.open', { reference, agency: POLICE, fileId: policeFiles[0]!, purpose: PURPOSE, mode: 'copy' })).code).toBe('NOT_ALLOWED');
    did('secured.refused', POLICE, PEOPLE.housingRep);
    const [tenancy] = await addFiles(fixture, reference, HOUSING, [{ path: 'Tenancy.txt', bytes: fileBytes('tenancy', 8_000) }]);
    did('secured.placed', HOUSING, PEOPLE.housingRep);

    await signIn(fixture, PEOPLE.admin);
    expect((await refused(fixture, 'vault.open', { reference, agency: HOUSING, fileId: tenancy!, purpose: PURPOSE, mode: 'open' })).code).toBe('NOT_ALLOWED');
    did('secured.refused', HOUSING, PEOPLE.admin);
  });
  afterAll(() => fixture.cleanup());

  it('lists every event of the test in the spreadsheet, in chain order, and the chain still verifies', async () => {
    await signIn(fixture, PEOPLE.businessUnit);
    const chain = securedEvents();
    expect(chain.map((event) => event.action)).toEqual(expected.map((event) => event.action));

    const file = await call<FileOutput>(fixture, 'vault.logExport', { filter: {}, format: 'xlsx' });
    const rows = await workbookRows(file.contentBase64);
    expect(rows.map((row) => row[0])).toEqual(chain.map((event) => event.seq));
    expect(rows.map((row) => row[1])).toEqual(chain.map((event) => londonWallClock(event.at)));
    expect(rows.map((row) => [row[2], row[3], row[4], row[5]])).toEqual(expected.map((event) => [ACCESS_LOG_ACTIONS[event.action], event.person, reference, event.agency]));
    const opened = rows[expected.findIndex((event) => event.action === 'secured.opened')]!;
    expect([opened[6], opened[7]]).toEqual(['Case notes/Visit 1.txt', PURPOSE]);
    const checked = rows[expected.findIndex((event) => event.action === 'secured.integrity-checked')]!;
    expect(checked[8]).toBe('3 files checked: all intact');
    const refusal = rows[expected.findIndex((event) => event.action === 'secured.refused')]!;
    expect(refusal[8]).toContain('Refused:');

    expect(await call(fixture, 'audit.verify', {})).toMatchObject({ intact: true });
  });

  it('lists the same events in the PDF, one row each in chain order, on marked and numbered pages', async () => {
    const chain = securedEvents();
    const file = await call<FileOutput>(fixture, 'vault.logExport', { filter: {}, format: 'pdf' });
    expect(file).toMatchObject({ mediaType: 'application/pdf', fileName: expect.stringMatching(/^access-log-\d{4}-\d{2}-\d{2}\.pdf$/) });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const pages = pdfPageTexts(bytes);
    // Each row's first printed line starts with its event number and its date (the time is on the line below).
    const printed = pages.flatMap((_, index) => [...pdfLayoutText(bytes, index + 1).matchAll(/^\s*(\d+)\s+(\d{2}\/\d{2}\/\d{4})\s/gm)].map((match) => [Number(match[1]), match[2]]));
    expect(printed).toEqual(chain.map((event) => [event.seq, londonDateTime(event.at).slice(0, 10)]));
    pages.forEach((text, index) => {
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    expect(await call(fixture, 'audit.verify', {})).toMatchObject({ intact: true });
  });

  it('gives a representative only their own agency’s events, and records each export', async () => {
    await signIn(fixture, PEOPLE.policeRep);
    const file = await call<FileOutput>(fixture, 'vault.logExport', { filter: {}, format: 'xlsx' });
    const rows = await workbookRows(file.contentBase64);
    const police = expected.filter((event) => event.agency === POLICE);
    expect(rows.map((row) => [row[2], row[3], row[5]])).toEqual(police.map((event) => [ACCESS_LOG_ACTIONS[event.action], event.person, POLICE]));
    // The Housing representative's attempt on Police's files is Police's event: its representative sees who tried.
    expect(rows.some((row) => row[2] === 'Refused' && row[3] === PEOPLE.housingRep)).toBe(true);
    const exports = fixture.desktop
      .requireSession()
      .store.db.prepare(`SELECT count(*) AS n FROM audit_events WHERE action = 'access-log.exported'`)
      .get() as { n: number };
    expect(exports.n).toBe(3);
    expect(await call(fixture, 'audit.verify', {})).toMatchObject({ intact: true });
  });
});
