/**
 * The redacted draft sent to an agency's install as a sealed bundle, between two real installs:
 * made through the same pipeline as a file (redacted, checked by the last gate), kept in the
 * case's documents, sent against the agency's factual-accuracy record, and entered in the
 * distribution register with the bundle's id only once the bundle is made. The agency's install
 * takes it in as a draft task. Whatever the draft flow would refuse is refused before anything is
 * rendered or kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { importBundle, makeBundle } from '../../../main/exchange/exchange-service.ts';
import { readReports } from '../../../main/reports/reports-view.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import { buildRedactedDraftBundle, type SendDraftInput } from '../../../main/reports/send-draft.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { listDocuments, readDocumentContent } from '../../../main/store/repositories/case-documents.ts';
import { listRecords } from '../../../main/store/repositories/case-records.ts';
import { findTask } from '../../../main/store/repositories/exchange-tasks.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { asyncRefusalOf, auditDetails, count } from '../evidence/evidence-fixture.ts';
import { pdfPageTexts } from '../exports/pdf-text.ts';
import { makeInstall, trust, trustEachOther, type Install } from '../exchange/installs.ts';
import { acceptEveryCandidate, identifyingReport, IDENTIFIERS, openReportCase, squashed, writeReport } from './export-fixture.ts';

const LONG = 120_000;
const HOUSING = 'Housing';
const PASSPHRASE = 'copper thistle harbour';

let bu: Install;
let housing: Install;
let police: Install;
let officer: Session;
let reviewer: Session;
let housingInBu: number;
let policeInBu: number;
let reference: string;
let caseId: number;

async function signIn(name: string, role: 'business-unit' | 'lead-reviewer'): Promise<Session> {
  await addUser(bu.session, { name, role, organisation: 'Business Unit', passphrase: PASSPHRASE });
  setMustChangePassphrase(bu.session.store.db, findUserByName(bu.session.store.db, name)!.id, false);
  if (role === 'lead-reviewer') assignRole(bu.session, { targetUser: name, role, caseReference: reference });
  return unlock(bu.temp.folder, name, PASSPHRASE);
}

beforeAll(async () => {
  bu = await makeInstall('Northam Safeguarding Children Partnership', 'Business Unit desk');
  housing = await makeInstall(HOUSING, 'Housing safeguarding desk');
  police = await makeInstall('Greater Manchester Police', 'Public protection desk');
  ({ bInA: housingInBu } = trustEachOther(bu, housing));
  policeInBu = trust(bu, police);
  officer = await signIn('Ffion Officer', 'business-unit');
  ({ reference, id: caseId } = openReportCase(officer));
  await writeReport(officer, reference);
  await acceptEveryCandidate(officer, reference);
  reviewer = await signIn('Lena Reviewer', 'lead-reviewer');
}, LONG);

afterAll(() => {
  for (const session of [officer, reviewer]) if (session !== undefined && !session.locked) session.lock();
  for (const install of [bu, housing, police]) install?.temp.cleanup();
});

const input = (overrides: Partial<SendDraftInput> = {}): SendDraftInput => ({
  reference,
  to: housingInBu,
  recipient: { recipient: 'Amal Haddad', agency: HOUSING, mayForward: false },
  replyBy: null,
  ...overrides,
});

/** What a refused send must leave as it was. */
const kept = () => ({ documents: count(officer, 'case_documents', 'case_id = ?', caseId), distributions: count(officer, 'report_distributions', 'case_id = ?', caseId), exported: auditDetails(officer, 'report.exported').length });

describe('the redacted draft sent as a bundle', () => {
  it('keeps the redacted draft as a case document, and enters the distribution only when the bundle is made', async () => {
    const before = kept();
    const replyBy = '2099-12-10';
    const outgoing = await buildRedactedDraftBundle(officer, input({ replyBy }));
    expect(outgoing.kind).toBe('draft');
    const document = listDocuments(officer.store.db, caseId).find((each) => each.name === `${reference}-draft-v1-housing.pdf`)!;
    expect(document).toMatchObject({ mediaType: 'application/pdf', note: 'Redacted draft, version 1, for Amal Haddad (Housing), for factual accuracy.' });
    expect(kept()).toEqual({ documents: before.documents + 1, distributions: before.distributions, exported: before.exported + 1 });
    expect(auditDetails(officer, 'report.exported').at(-1)).toMatchObject({ kind: 'draft', format: 'pdf', version: 1, via: 'bundle' });

    // The draft kept is the redacted one: marked for its recipient on every page, naming no one on the register.
    const pages = pdfPageTexts(new Uint8Array(readDocumentContent(officer.store.db, document.id)));
    for (const page of pages) expect(page).toContain('Draft for factual accuracy: for Amal Haddad only');
    const text = squashed(pages.join('\n'));
    expect(IDENTIFIERS.filter((identifier) => text.includes(squashed(identifier)))).toEqual([]);

    const bundleFile = path.join(bu.temp.root, 'draft.prmbundle');
    const made = await makeBundle(officer, outgoing, bundleFile);
    const view = await readReports(officer, reference);
    expect(view.distributions).toEqual([expect.objectContaining({ version: 1, recipient: 'Amal Haddad', agency: HOUSING, via: 'bundle', mayForward: false, sentBy: 'Ffion Officer' })]);
    expect(officer.store.db.prepare('SELECT bundle_id AS bundleId FROM report_distributions WHERE case_id = ?').get(caseId)).toEqual({ bundleId: made.bundleId });
    expect(auditDetails(officer, 'report.draft-distributed').at(-1)).toEqual({ distributionId: view.distributions[0]!.id, version: 1, agency: HOUSING, via: 'bundle', bundleId: made.bundleId, mayForward: false });
    expect(listRecords(officer.store.db, caseId).filter((record) => record.type === 'factual-accuracy').map((record) => record.data)).toEqual([
      { agency: HOUSING, sentOn: todayInLondon(), returnedOn: null, comments: '' },
    ]);

    // The agency's install takes it in as a draft to check, with the reply-by date.
    const opened = await importBundle(housing.session, bundleFile, made.sha256, { assignTo: null, acceptProblems: false });
    const task = findTask(housing.session.store.db, opened.taskId!)!;
    expect(task.kind).toBe('draft');
    expect(fs.existsSync(bundleFile)).toBe(true);
  }, LONG);

  it('is refused before anything is rendered or kept: another agency’s install, a reply-by date past, or a lead reviewer, who does not send bundles', async () => {
    const before = kept();
    const elsewhere = await asyncRefusalOf(() => buildRedactedDraftBundle(officer, input({ to: policeInBu })));
    expect(elsewhere.code).toBe('INVALID_INPUT');
    expect(elsewhere.message).toContain('but this draft is for Housing. A draft goes only to the agency it is for');
    const late = await asyncRefusalOf(() => buildRedactedDraftBundle(officer, input({ replyBy: '2020-01-01' })));
    expect(late.problems).toEqual([{ path: 'replyBy', message: 'Enter a reply-by date that is today or later' }]);
    const notTheirs = await asyncRefusalOf(() => buildRedactedDraftBundle(reviewer, input()));
    expect(notTheirs.code).toBe('NOT_ALLOWED');
    expect(kept()).toEqual(before);
  }, LONG);

  it('is refused, naming it, while an identifier found in a new version is undecided', async () => {
    const content = identifyingReport();
    const withNewNumber = { ...content, sections: content.sections.map((section) => (section.key === 'working-together' ? { ...section, blocks: [{ type: 'paragraph' as const, text: 'A second form gave QQ 65 43 21 A.' }] } : section)) };
    await saveReport(officer, reference, withNewNumber, 'A new paragraph');
    const before = kept();
    const refusal = await asyncRefusalOf(() => buildRedactedDraftBundle(officer, input()));
    expect(refusal.code).toBe('REDACTION_UNDECIDED');
    expect(refusal.message).toBe('1 identifier found in the text is undecided: National Insurance number “QQ 65 43 21 A” in How agencies worked together — paragraph 1. Accept or dismiss each on the Redaction page first.');
    expect(kept()).toEqual(before);
  }, LONG);
});
