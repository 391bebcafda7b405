/**
 * import-report and export as IT would run them for scripted checks, on a real store: a Word
 * draft becomes the report's next version; an export is refused, naming each identifier, while
 * any is undecided — exiting non-zero and writing nothing — and with --accept-detected each is
 * accepted and replaced by its kind in brackets; a draft needs its recipient and is entered in
 * the distribution register. Tests run in order on one case.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SECTION_TITLES } from '../../../shared/reports/report-document.ts';
import { renderReportDocx } from '../../../main/exports/docx/report-docx.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { makeEvidenceStore, newCase, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { IDENTIFIERS, NI_NUMBER, openReportCase, squashed, writeReport } from '../reports/export-fixture.ts';
import { runCli, type CliResult } from './run-cli.ts';

const LONG = 180_000;
const OFFICER = 'Ffion Officer';
/** The evidence fixture's passphrase for the users it signs in. */
const OFFICER_PASSPHRASE = 'lantern pebble orchard';

let store: EvidenceStore;
let work: string;
let reference: string;
let emptyCase: string;

const cli = (args: string[]): Promise<CliResult> =>
  runCli([...args, '--store', store.temp.folder, '--user', OFFICER], { cwd: work, checkpointFolder: store.temp.checkpointFolder, secrets: { PRM_PASSPHRASE: OFFICER_PASSPHRASE } });

async function inStore<T>(look: (session: Session) => T): Promise<T> {
  const session = await unlock(store.temp.folder, OFFICER, OFFICER_PASSPHRASE);
  try {
    return look(session);
  } finally {
    session.lock();
  }
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
/** What is in the working folder, hidden temporary files included. */
const filesIn = () => fs.readdirSync(work).sort();

beforeAll(async () => {
  store = await makeEvidenceStore();
  ({ reference } = openReportCase(store.officer));
  await writeReport(store.officer, reference);
  emptyCase = newCase(store.officer).reference;
  // The command line opens the store itself: nothing else may hold it open meanwhile.
  store.officer.lock();
  store.admin.lock();
  work = path.join(store.temp.root, 'work');
  fs.mkdirSync(work);
  const draft = await renderReportDocx(
    {
      title: 'Child Q: a practice review',
      subtitle: '',
      layout: 'report',
      sections: [
        { key: 'overview', heading: REPORT_SECTION_TITLES.overview, blocks: [{ type: 'paragraph', text: 'Child Q lived with Mother.' }, { type: 'list', ordered: false, items: ['The referral.', 'The meeting.'] }] },
        { key: 'recommendations', heading: REPORT_SECTION_TITLES.recommendations, blocks: [{ type: 'table', headerRow: true, rows: [['Agency', 'Action'], ['Health', 'Share concerns']] }] },
      ],
    },
    { mode: 'publication' },
  );
  fs.writeFileSync(path.join(work, 'draft.docx'), draft);
}, LONG);
afterAll(() => store?.cleanup());

describe('import-report', () => {
  it('saves a Word draft as the report’s next version, naming the sections it filled', async () => {
    const result = await cli(['import-report', '--case', emptyCase, '--file', 'draft.docx']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      `Saved version 1 of the report on case ${emptyCase} from draft.docx (“Imported from a Word draft”).`,
      '  Overview of what happened: 2 blocks',
      '  Recommendations: 1 block',
      // The .docx writer puts page numbers in a footer; the reader says it left them out.
      'Warning: The page headers and footers were not imported: the app prints its own.',
    ]);
  }, LONG);
});

describe('export', () => {
  it('refuses while detected identifiers are undecided, naming them and the flag, exits non-zero and writes nothing', async () => {
    const result = await cli(['export', '--case', reference, '--kind', 'publication', '--format', 'pdf', '--out', 'publication.pdf']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: \d+ identifiers found in the text are undecided: /);
    expect(result.stderr).toContain(`National Insurance number “${NI_NUMBER}”`);
    expect(result.stderr).toContain('Or run export again with --accept-detected to accept each one');
    expect(filesIn()).toEqual(['draft.docx']);
  }, LONG);

  it('with --accept-detected accepts each one, replaces it by its kind in brackets, and says what it checked', async () => {
    const result = await cli(['export', '--case', reference, '--kind', 'publication', '--format', 'pdf', '--out', 'publication.pdf', '--accept-detected']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = path.join(work, 'publication.pdf');
    expect(result.lines[0]).toMatch(new RegExp(`^Wrote the publication copy \\(PDF, \\d+ pages\\) to ${file.replace(/[.\\]/g, '\\$&')}\\.$`));
    expect(result.lines[1]).toBe('Made from version 1 of the report.');
    expect(result.lines[2]).toMatch(/^Checked [\d,]+ characters of text read back out of the file: no identifier from the register or the detectors was found\.$/);
    expect(result.lines[3]).toMatch(/^Accepted \d+ detected identifiers as redactions, each replaced by its kind in brackets\.$/);
    expect(result.lines).toContain('Redaction summary:');
    expect(result.lines).toContain('  National Insurance number: 1 replaced');
    const text = pdfText(file);
    expect(text).toContain('[National Insurance number]');
    expect(IDENTIFIERS.filter((identifier) => squashed(text).includes(squashed(identifier)))).toEqual([]);
    expect(filesIn()).toEqual(['draft.docx', 'publication.pdf']);
    const accepted = await inStore((session) => session.store.db.prepare("SELECT count(*) AS n FROM redaction_decisions WHERE decision = 'accept'").get() as { n: number });
    expect(accepted.n).toBeGreaterThanOrEqual(2);
  }, LONG);

  it('makes a draft only for a named recipient, readable by its owner alone, and enters it in the distribution register', async () => {
    const missing = await cli(['export', '--case', reference, '--kind', 'draft', '--format', 'docx', '--out', 'draft-for-housing.docx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: A draft needs --recipient NAME: the person it is for, named on every page.\n');

    const result = await cli(['export', '--case', reference, '--kind', 'draft', '--format', 'docx', '--out', 'draft-for-housing.docx', '--recipient', 'Amal Haddad', '--agency', 'Housing']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines[0]).toBe(`Wrote the redacted draft for factual accuracy (Word) to ${path.join(work, 'draft-for-housing.docx')}.`);
    expect(fs.statSync(path.join(work, 'draft-for-housing.docx')).mode & 0o777).toBe(0o600);
    const rows = await inStore((session) => session.store.db.prepare('SELECT recipient, agency, via, version FROM report_distributions').all());
    expect(rows).toEqual([{ recipient: 'Amal Haddad', agency: 'Housing', via: 'file', version: 1 }]);
  }, LONG);

  it('refuses a file name that does not match the format, before opening the store', async () => {
    const result = await cli(['export', '--case', reference, '--kind', 'briefing', '--format', 'docx', '--out', 'briefing.pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --out must end in .docx for --format docx, so the file opens in the right program.\n');
  }, LONG);
});
