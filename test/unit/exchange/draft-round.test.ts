/**
 * A draft report sent to an agency for factual accuracy and the agency's reply, between two real
 * installs: the Business Unit's factual-accuracy record for the agency is opened when the draft
 * goes, the agency's install opens a task with the draft, and the reply completes the record and
 * leaves its attachment in the case's documents.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { addDocument, sha256Of } from '../../../main/reviews/documents.ts';
import type { Session } from '../../../main/security/session.ts';
import { importBundle, makeBundle, previewBundle } from '../../../main/exchange/exchange-service.ts';
import { buildDraftBundle, buildDraftReplyBundle } from '../../../main/exchange/flows/draft-out.ts';
import { listDocuments, readDocumentContent } from '../../../main/store/repositories/case-documents.ts';
import { listRecords } from '../../../main/store/repositories/case-records.ts';
import { findTask, listTaskFiles, readTaskFileContent } from '../../../main/store/repositories/exchange-tasks.ts';
import { makeInstall, trustEachOther, type Install } from './installs.ts';
import { auditActions, bundlePath, caseIdOf, contactIn, importFixtureCase, IMPORT, refusalOf, signIn } from './handover-fixture.ts';

const POLICE = 'Greater Manchester Police';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('a draft for factual accuracy and the agency’s reply', () => {
  let bu: Install;
  let police: Install;
  const sessions: Session[] = [];
  let officer: Session;
  let representative: Session;
  let reference: string;
  let caseId: number;
  let contacts: { bInA: number; aInB: number };
  let draftId: number;
  const draft = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(90_000)]);

  beforeEach(async () => {
    bu = await makeInstall('Northam Safeguarding Children Partnership', 'Business Unit desk');
    police = await makeInstall(POLICE, 'Public protection desk');
    contacts = trustEachOther(bu, police);
    officer = await signIn(bu, 'Ffion Officer', 'business-unit', 'Business Unit');
    representative = await signIn(police, 'Anwen Detective', 'screening-panel', POLICE);
    sessions.push(officer, representative);
    reference = importFixtureCase(bu);
    caseId = caseIdOf(officer, reference);
    const view = addDocument(officer, reference, { name: 'Draft overview report (redacted).pdf', mediaType: 'application/pdf', note: 'Version 3', content: draft });
    draftId = view.documents.find((document) => document.name.startsWith('Draft overview'))!.id;
  });
  afterEach(() => {
    for (const session of sessions.splice(0)) if (!session.locked) session.lock();
    bu.temp.cleanup();
    police.temp.cleanup();
  });

  const roundsOf = () => listRecords(officer.store.db, caseId).filter((record) => record.type === 'factual-accuracy');

  it('goes out with the agency’s round opened, comes back with the comments and the attachment, once', async () => {
    const to = contactIn(bu, contacts.bInA);
    const send = { reference, documentId: draftId, agency: 'greater manchester police', replyBy: null, mayForward: false, note: 'Please check paragraphs 12 to 30.' };
    const outgoing = await buildDraftBundle(officer, send, to);
    const draftPath = bundlePath(bu, 'draft');
    await makeBundle(officer, outgoing, draftPath);
    const today = todayInLondon();
    expect(roundsOf().map((record) => record.data)).toEqual([{ agency: POLICE, sentOn: today, returnedOn: null, comments: '' }]);
    const recordId = roundsOf()[0]!.id;

    // The agency's administrator imports it and gives it to the person who will check the draft.
    const preview = await previewBundle(police.session, draftPath, 1);
    expect(preview.willDo).toContain('The draft must not be forwarded without the lead reviewer’s permission');
    expect(preview.warnings).toEqual([]);
    const opened = await importBundle(police.session, draftPath, null, { assignTo: 'Anwen Detective', acceptProblems: false });
    const task = findTask(police.session.store.db, opened.taskId!)!;
    expect(task).toMatchObject({ kind: 'draft', theirReference: reference, assignedToName: 'Anwen Detective', state: 'open' });
    const [file] = listTaskFiles(police.session.store.db, task.id);
    expect(file).toMatchObject({ name: 'Draft overview report (redacted).pdf', mediaType: 'application/pdf', size: draft.length, sha256: sha256Of(draft) });
    expect(readTaskFileContent(police.session.store.db, task.id, file!.id)!.equals(draft)).toBe(true);

    const corrections = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(5_000)]);
    const comments = 'Paragraph 14: the strategy discussion was on 3 September, not 4 September.';
    const reply = await buildDraftReplyBundle(representative, task.id, `  ${comments}  `, [{ fileName: 'Police corrections.docx', bytes: corrections }]);
    const replyPath = bundlePath(police, 'draft-reply');
    await makeBundle(representative, reply, replyPath);
    expect(findTask(police.session.store.db, task.id)!.state).toBe('answered');
    const twice = await refusalOf(() => buildDraftReplyBundle(representative, task.id, comments, []));
    expect(twice.code).toBe('CONFLICT');

    const back = await previewBundle(officer, replyPath, 2);
    expect(back.willDo[1]).toBe('Keep 1 attachment in the case’s documents: Police corrections.docx');
    const result = await importBundle(officer, replyPath, null, IMPORT);
    expect(result.caseReference).toBe(reference);
    expect(roundsOf().map((record) => ({ id: record.id, ...record.data }))).toEqual([{ id: recordId, agency: POLICE, sentOn: today, returnedOn: today, comments }]);
    const kept = listDocuments(officer.store.db, caseId).find((document) => document.name === 'Police corrections.docx')!;
    expect(kept).toMatchObject({ mediaType: WORD, size: corrections.length, sha256: sha256Of(corrections) });
    expect(readDocumentContent(officer.store.db, kept.id).equals(corrections)).toBe(true);
    expect(auditActions(officer, 'case.record-saved').at(-1)!.details).toMatchObject({ type: 'factual-accuracy', recordId, via: 'bundle' });
  });

  it('starts a new round for a draft sent after the agency replied, leaving the earlier reply as it was', async () => {
    const to = contactIn(bu, contacts.bInA);
    const send = { reference, documentId: draftId, agency: POLICE, replyBy: null, mayForward: true, note: '' };
    await makeBundle(officer, await buildDraftBundle(officer, send, to), bundlePath(bu, 'draft-1'));
    const first = roundsOf()[0]!;
    // The same draft sent again before a reply stays in the one open round.
    await makeBundle(officer, await buildDraftBundle(officer, send, to), bundlePath(bu, 'draft-2'));
    expect(roundsOf()).toHaveLength(1);
    officer.store.change((db, audit) => {
      db.prepare('UPDATE case_records SET data = json_set(data, ?, ?, ?, ?) WHERE id = ?').run('$.returnedOn', todayInLondon(), '$.comments', 'No corrections.', first.id);
      audit({ actorId: officer.userId, action: 'test.reply-recorded', recordType: 'case', recordId: caseId });
    });
    await makeBundle(officer, await buildDraftBundle(officer, send, to), bundlePath(bu, 'draft-3'));
    const rounds = roundsOf();
    expect(rounds).toHaveLength(2);
    expect(rounds[0]!.data).toMatchObject({ returnedOn: todayInLondon(), comments: 'No corrections.' });
    expect(rounds[1]!.data).toMatchObject({ agency: POLICE, returnedOn: null });
  });

  it('goes only to an install of the agency it is for, and only as a PDF or Word file', async () => {
    const to = contactIn(bu, contacts.bInA);
    const send = { reference, documentId: draftId, agency: 'Education', replyBy: null, mayForward: false, note: '' };
    const wrongAgency = await refusalOf(() => buildDraftBundle(officer, send, to));
    expect(wrongAgency.problems.map((problem) => problem.path)).toEqual(['to']);
    const view = addDocument(officer, reference, { name: 'Chronology.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', note: '', content: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(100)]) });
    const workbook = view.documents.find((document) => document.name === 'Chronology.xlsx')!.id;
    const notADraft = await refusalOf(() => buildDraftBundle(officer, { ...send, agency: POLICE, documentId: workbook }, to));
    expect(notADraft.problems).toEqual([{ path: 'documentId', message: 'Choose the draft as a PDF or Word file: “Chronology.xlsx” is neither' }]);
    expect(roundsOf()).toEqual([]);
  });
});
