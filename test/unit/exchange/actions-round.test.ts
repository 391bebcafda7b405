/**
 * An agency's actions sent out to its install and returned with updates and evidence, between two
 * real installs and real bundle files: the Business Unit sends two actions, the agency's install
 * opens a task with both, the representative updates one complete with an evidence PDF and one
 * in progress, and the Business Unit's case keeps each update and the evidence. An update naming
 * an action that was not sent is refused on both sides; a later update is taken as another.
 * The command line's --actions and --updates files are read into the same flows. The tests run
 * in order, as the exchange does: the later ones take up the task the first one opened.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsPayload, type ActionsPayload } from '../../../shared/exchange/payloads.ts';
import { outgoingFrom } from '../../../main/cli/bundle-export.ts';
import { importBundle, makeBundle, previewBundle } from '../../../main/exchange/exchange-service.ts';
import type { Outgoing } from '../../../main/exchange/flow.ts';
import { buildActionsBundle, buildActionsUpdateBundle } from '../../../main/exchange/flows/actions-out.ts';
import { readTask } from '../../../main/exchange/tasks.ts';
import { verifyChain } from '../../../main/security/audit-chain.ts';
import type { Session } from '../../../main/security/session.ts';
import { listActionUpdates } from '../../../main/store/repositories/action-updates-received.ts';
import { findDocument, listDocuments, readDocumentContent } from '../../../main/store/repositories/case-documents.ts';
import { findBundleRow } from '../../../main/store/repositories/exchange-bundles.ts';
import { findTask } from '../../../main/store/repositories/exchange-tasks.ts';
import { sha256Of } from '../../../main/reviews/documents.ts';
import { asyncRefusalOf, auditDetails, count, POLICE } from '../evidence/evidence-fixture.ts';
import { makeInstall, trustEachOther, type Install } from './installs.ts';
import { bundlePath, contactIn, makeBusinessUnit, PARTNERSHIP, REPRESENTATIVE, signIn, type BusinessUnit } from './request-return-fixture.ts';

const NO_OPTIONS = { assignTo: null, acceptProblems: false };
const AUDIT = 'Audit ten strategy discussions a quarter for whether every child was seen and spoken to';
const TRAINING = 'Brief every response officer on seeing the children at domestic abuse calls';

let bu: BusinessUnit;
let police: Install;
let policeInBu: number;
let representative: Session;
let actions: ActionsPayload['actions'];
let taskId: number;
let evidencePdf: Buffer;

function action(what: string, dueOn: string): ActionsPayload['actions'][number] {
  return {
    actionId: randomUUID(),
    recommendation: 'Children are seen and heard at every domestic abuse call',
    what,
    responsiblePerson: 'Detective Inspector Rhiannon Example',
    dueOn,
    intendedOutcome: 'Every child at a call is seen, and what they say is recorded',
    status: 'not-started',
  };
}

/** A tiny real PDF, as an agency's audit findings would arrive. */
async function pdf(text: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([300, 200]);
  page.drawText(text, { x: 20, y: 150, size: 10, font: await document.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** Every table either side writes when a bundle is taken in: a refused one must change none. */
function written(session: Session): Record<string, number> {
  const tables = ['audit_events', 'exchange_bundles', 'exchange_tasks', 'action_updates_received', 'case_documents', 'case_document_chunks'];
  return Object.fromEntries(tables.map((table) => [table, count(session, table)]));
}

const ids = (session: Session, action: string) => auditDetails(session, action).map((details) => details.bundleId);

beforeAll(async () => {
  bu = await makeBusinessUnit(POLICE);
  police = await makeInstall(POLICE, 'Public protection desk');
  ({ bInA: policeInBu } = trustEachOther(bu.install, police));
  representative = await signIn(police, REPRESENTATIVE, 'nominated-representative', POLICE);
  actions = [action(AUDIT, '2027-03-31'), action(TRAINING, '2027-01-29')];
  evidencePdf = await pdf('Invented audit findings: 10 of 10 children seen.');
}, 120_000);

afterAll(() => {
  for (const session of [bu?.officer, representative]) if (session !== undefined && !session.locked) session.lock();
  for (const install of [bu?.install, police]) install?.temp.cleanup();
});

describe('an agency’s actions and its updates, between two real installs', () => {
  it('goes out as a task on the agency’s install and comes back with each update and its evidence in the case', async () => {
    const outgoing = await buildActionsBundle(bu.officer, { reference: bu.reference, agency: 'greater manchester police', actions, note: '  Please update us monthly.  ' }, contactIn(bu.install, policeInBu));
    expect(outgoing.subject).toBe(`actions:${POLICE}`);
    expect(outgoing.summary).toEqual([`2 actions from the action plan to ${POLICE}`, 'The earliest due 29 January 2027', 'With a note: “Please update us monthly.”']);
    const actionsFile = bundlePath(bu.install, 'actions');
    const sent = await makeBundle(bu.officer, outgoing, actionsFile);
    // What was sent is kept with the log entry, so the update can be checked against it.
    const kept = actionsPayload.parse(JSON.parse(findBundleRow(bu.officer.store.db, sent.bundleId, 'sent')!.sentPayload!));
    expect(kept).toEqual({ agency: POLICE, actions, note: 'Please update us monthly.' });

    // The agency's administrator imports it and gives the task to the nominated representative.
    const preview = await previewBundle(police.session, actionsFile, 1);
    expect(preview.kind).toBe('actions');
    expect(preview.suggestedAssignee).toBe(police.session.user.name);
    expect(preview.willDo).toEqual([
      `Open a task for ${police.session.user.name}: 2 actions for ${POLICE} from ${PARTNERSHIP} on case ${bu.reference}, the first due 29 January 2027`,
      `Action: “${AUDIT.slice(0, 79)}…”, due 31 March 2027 (not started)`,
      `Action: “${TRAINING}”, due 29 January 2027 (not started)`,
    ]);
    expect(preview.warnings).toEqual([]);
    const opened = await importBundle(police.session, actionsFile, preview.sha256, { assignTo: REPRESENTATIVE, acceptProblems: false });
    taskId = opened.taskId!;
    expect(findTask(police.session.store.db, taskId)).toMatchObject({ kind: 'actions', state: 'open', dueOn: '2027-01-29', assignedToName: REPRESENTATIVE, theirReference: bu.reference, bundleId: sent.bundleId });
    const view = readTask(representative, taskId);
    expect(view).toMatchObject({ title: `2 actions to update from ${PARTNERSHIP} for case ${bu.reference}`, canAnswer: true });
    expect(actionsPayload.parse(view.payload).actions.map((sentAction) => sentAction.actionId)).toEqual(actions.map((sentAction) => sentAction.actionId));

    // An update naming an action the task does not have is refused before anything is made.
    const stranger = randomUUID();
    const before = written(police.session);
    const unknown = await asyncRefusalOf(() => buildActionsUpdateBundle(representative, taskId, [{ actionId: stranger, status: 'complete', evidence: '', evidenceFiles: [] }]));
    expect(unknown.code).toBe('INVALID_INPUT');
    expect(unknown.message).toContain(`“${stranger}”`);
    expect(unknown.problems).toEqual([{ path: 'answer.updates.0.actionId', message: `Task ${taskId} has no action with the id “${stranger}”` }]);
    expect(written(police.session)).toEqual(before);

    // The representative updates one complete with evidence and one in progress.
    const [audit, training] = actions;
    const update = await buildActionsUpdateBundle(representative, taskId, [
      { actionId: audit!.actionId, status: 'complete', evidence: ' Ten discussions audited in March: every child was seen. ', evidenceFiles: [{ fileName: 'Audit findings.pdf', bytes: evidencePdf }] },
      { actionId: training!.actionId, status: 'in-progress', evidence: 'Half of the response teams briefed.', evidenceFiles: [] },
    ]);
    expect(update.inReplyTo).toBe(sent.bundleId);
    expect(update.summary.slice(1)).toEqual([`“${AUDIT.slice(0, 79)}…”: now complete, with 1 evidence file`, `“${TRAINING}”: now in progress, with no evidence file`]);
    const updateFile = bundlePath(police, 'update-1');
    const made = await makeBundle(representative, update, updateFile);
    expect(findTask(police.session.store.db, taskId)).toMatchObject({ state: 'answered', answeredBundleId: made.bundleId });
    expect(readTask(representative, taskId).canAnswer).toBe(true);

    // The Business Unit takes it in: each update recorded, the evidence kept in the case's documents.
    const back = await previewBundle(bu.officer, updateFile, 2);
    expect(back.caseReference.ours).toBe(bu.reference);
    expect(back.willDo).toContain(`“${AUDIT.slice(0, 79)}…”: now complete, with 1 evidence file`);
    expect(back.willDo).toContain('Keep 1 evidence file in the case’s documents: Audit findings.pdf');
    const result = await importBundle(bu.officer, updateFile, back.sha256, NO_OPTIONS);
    expect(result.caseReference).toBe(bu.reference);
    const updates = listActionUpdates(bu.officer.store.db, bu.caseId);
    expect(updates.map(({ actionId, status, evidence, agency, bundleId }) => ({ actionId, status, evidence, agency, bundleId }))).toEqual([
      { actionId: audit!.actionId, status: 'complete', evidence: 'Ten discussions audited in March: every child was seen.', agency: POLICE, bundleId: made.bundleId },
      { actionId: training!.actionId, status: 'in-progress', evidence: 'Half of the response teams briefed.', agency: POLICE, bundleId: made.bundleId },
    ]);
    expect(updates[1]!.documentIds).toEqual([]);
    const document = findDocument(bu.officer.store.db, bu.caseId, updates[0]!.documentIds[0]!)!;
    expect(document).toMatchObject({ name: 'Audit findings.pdf', mediaType: 'application/pdf', size: evidencePdf.length, sha256: sha256Of(evidencePdf), note: `Evidence for the action “${AUDIT.slice(0, 79)}…” from ${POLICE}` });
    expect(readDocumentContent(bu.officer.store.db, document.id).equals(evidencePdf)).toBe(true);
    expect(auditDetails(bu.officer, 'exchange.actions-updated')).toEqual([{ agency: POLICE, actions: 2, bundleId: made.bundleId }]);

    // Both audit chains hold both bundles, and both still hold together.
    expect(ids(bu.officer, 'exchange.bundle-sent')).toContain(sent.bundleId);
    expect(ids(bu.officer, 'exchange.bundle-received')).toContain(made.bundleId);
    expect(ids(police.session, 'exchange.bundle-received')).toContain(sent.bundleId);
    expect(ids(police.session, 'exchange.bundle-sent')).toContain(made.bundleId);
    for (const session of [bu.officer, police.session]) expect(verifyChain(session.store.db, session.store.auditKeyForVerification).intact).toBe(true);
  });

  it('takes a later update as one more, keeping the earlier and the evidence already held once', async () => {
    const [audit, training] = actions;
    const first = findTask(police.session.store.db, taskId)!.answeredBundleId;
    const letter = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('Invented briefing register')]);
    const update = await buildActionsUpdateBundle(representative, taskId, [
      { actionId: training!.actionId, status: 'complete', evidence: 'Every response team briefed.', evidenceFiles: [{ fileName: 'Briefing register.docx', bytes: letter }] },
      // The same findings given again for the audit: they travel once, and the case keeps them once.
      { actionId: audit!.actionId, status: 'complete', evidence: 'Re-audit in June found the same.', evidenceFiles: [{ fileName: 'Audit findings.pdf', bytes: evidencePdf }] },
    ]);
    expect(update.files.map((file) => file.name)).toEqual(['Briefing register.docx', 'Audit findings.pdf']);
    const updateFile = bundlePath(police, 'update-2');
    const made = await makeBundle(representative, update, updateFile);
    expect(findTask(police.session.store.db, taskId)!.answeredBundleId).toBe(made.bundleId);
    expect(auditDetails(police.session, 'exchange.task-answered').at(-1)).toMatchObject({ kind: 'actions', bundleId: made.bundleId, earlierUpdate: first });

    const documentsBefore = listDocuments(bu.officer.store.db, bu.caseId).length;
    await importBundle(bu.officer, updateFile, null, NO_OPTIONS);
    const updates = listActionUpdates(bu.officer.store.db, bu.caseId);
    expect(updates.map((row) => [row.actionId, row.status])).toEqual([
      [audit!.actionId, 'complete'],
      [training!.actionId, 'in-progress'],
      [training!.actionId, 'complete'],
      [audit!.actionId, 'complete'],
    ]);
    expect(listDocuments(bu.officer.store.db, bu.caseId)).toHaveLength(documentsBefore + 1);
    expect(updates[3]!.documentIds).toEqual(updates[0]!.documentIds);
    const register = findDocument(bu.officer.store.db, bu.caseId, updates[2]!.documentIds[0]!)!;
    expect(register).toMatchObject({ name: 'Briefing register.docx', sha256: sha256Of(letter), mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(listActionUpdates(bu.officer.store.db, bu.caseId, training!.actionId).at(-1)!.status).toBe('complete');
  });

  it('refuses, with nothing written, an update naming an action the Business Unit did not send', async () => {
    const stranger = randomUUID();
    // Made as a damaged or hand-built install would make it: the agency's own check is not there.
    const forged: Outgoing = {
      kind: 'actions-update',
      to: contactIn(police, findTask(police.session.store.db, taskId)!.contactId),
      caseId: null,
      caseReference: { sender: null, recipient: bu.reference },
      inReplyTo: findTask(police.session.store.db, taskId)!.bundleId,
      payload: { agency: POLICE, updates: [{ actionId: stranger, status: 'complete', evidence: '', evidenceItems: [] }] },
      files: [],
      subject: `task:${taskId}`,
      summary: [],
      fileStem: 'forged',
    };
    const forgedFile = bundlePath(police, 'forged');
    await makeBundle(representative, forged, forgedFile);
    const before = written(bu.officer);
    const refusal = await asyncRefusalOf(() => importBundle(bu.officer, forgedFile, null, NO_OPTIONS));
    expect(refusal.code).toBe('BUNDLE_REFUSED');
    expect(refusal.message).toBe(
      `This update names an action that ${POLICE} was not sent from case ${bu.reference}: “${stranger}”. Ask ${POLICE} to update only the actions sent to them. Nothing was imported.`,
    );
    expect(written(bu.officer)).toEqual(before);
  });

  it('sends actions only to an install of the agency that owns them', async () => {
    const refusal = await asyncRefusalOf(() => buildActionsBundle(bu.officer, { reference: bu.reference, agency: 'Education', actions, note: '' }, contactIn(bu.install, policeInBu)));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems.map((problem) => problem.path)).toEqual(['to']);
    const twice = await asyncRefusalOf(() => buildActionsBundle(bu.officer, { reference: bu.reference, agency: POLICE, actions: [actions[0]!, actions[0]!], note: '' }, contactIn(bu.install, policeInBu)));
    expect(twice.problems.map((problem) => problem.path)).toEqual(['actions.1.actionId']);
  });

  it('reads the command line’s --actions and --updates files into the same flows', async () => {
    const folder = fs.mkdtempSync(path.join(bu.install.temp.root, 'cli-'));
    const actionsJson = path.join(folder, 'actions.json');
    // No actionId: the command gives the action one, so its updates can come back to it.
    const { actionId: _dropped, ...withoutId } = action('Share strategy discussion minutes with schools within 2 working days', '2027-02-26');
    fs.writeFileSync(actionsJson, JSON.stringify([withoutId]));
    const outgoing = await outgoingFrom(bu.officer, 'actions', { case: bu.reference, to: String(policeInBu), agency: POLICE, actions: actionsJson });
    const sentFile = bundlePath(bu.install, 'cli-actions');
    const sent = await makeBundle(bu.officer, outgoing, sentFile);
    const given = actionsPayload.parse(outgoing.payload).actions[0]!.actionId;
    expect(given).toMatch(/^[0-9a-f-]{36}$/);

    const opened = await importBundle(police.session, sentFile, null, { assignTo: REPRESENTATIVE, acceptProblems: false });
    fs.writeFileSync(path.join(folder, 'minutes.pdf'), evidencePdf);
    const updatesJson = path.join(folder, 'updates.json');
    fs.writeFileSync(updatesJson, JSON.stringify([{ actionId: given, status: 'sideways', evidence: '' }]));
    const badStatus = await asyncRefusalOf(() => outgoingFrom(representative, 'actions-update', { task: String(opened.taskId), updates: updatesJson }));
    expect(badStatus.problems).toEqual([{ path: '--updates', message: 'update 1, status: Choose the action’s status' }]);
    fs.writeFileSync(updatesJson, JSON.stringify([{ actionId: given, status: 'complete', evidence: 'Minutes now go to schools the next day.', evidenceFiles: ['minutes.pdf'] }]));
    const update = await outgoingFrom(representative, 'actions-update', { task: String(opened.taskId), updates: updatesJson });
    const updateFile = bundlePath(police, 'cli-update');
    const made = await makeBundle(representative, update, updateFile);
    expect(made.summary.at(-1)).toBe('“Share strategy discussion minutes with schools within 2 working days”: now complete, with 1 evidence file');
    await importBundle(bu.officer, updateFile, null, NO_OPTIONS);
    expect(listActionUpdates(bu.officer.store.db, bu.caseId, given).map((row) => [row.status, row.bundleId])).toEqual([['complete', made.bundleId]]);
    expect(findBundleRow(bu.officer.store.db, sent.bundleId, 'sent')!.subject).toBe(`actions:${POLICE}`);
  });
});
