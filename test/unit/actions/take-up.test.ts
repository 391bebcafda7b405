/**
 * An action plan's actions sent to their agency's install through the real exchange, updated
 * there by the agency's nominated representative, and taken up into the plan when the update
 * comes back: two real installs, real bundle files. The update's status is applied (an agency's
 * "overdue" as "in progress", "complete" dated the day the update was received), its evidence
 * text replaces the action's when it has some, and its files are linked to the action. An update
 * is taken up once; one about an action not in the plan, or another case's, is refused.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionPlanView, type ActionPlanView } from '../../../shared/actions/action-plan.ts';
import type { ActionsPayload } from '../../../shared/exchange/payloads.ts';
import { readActionPlan } from '../../../main/actions/action-plan-view.ts';
import { takeUpUpdate, updateProgress } from '../../../main/actions/action-plan-writing.ts';
import { importBundle, makeBundle, previewBundle } from '../../../main/exchange/exchange-service.ts';
import { buildActionsBundle, buildActionsUpdateBundle } from '../../../main/exchange/flows/actions-out.ts';
import type { Session } from '../../../main/security/session.ts';
import { makeInstall, trustEachOther, type Install } from '../exchange/installs.ts';
import { bundlePath, contactIn, makeBusinessUnit, REPRESENTATIVE, signIn, type BusinessUnit } from '../exchange/request-return-fixture.ts';
import { actionIn, addAction, addRecommendation, auditDetails, count, daysFromToday, FAR_AHEAD, HEALTH, LONG_AGO, newCase, POLICE, refusalOf } from './action-plan-fixture.ts';

const NO_OPTIONS = { assignTo: null, acceptProblems: false };
const AUDIT = 'Audit ten strategy discussions a quarter';
const TRAINING = 'Brief every response officer on seeing the children';

let bu: BusinessUnit;
let police: Install;
let policeInBu: number;
let representative: Session;
let taskId: number;
let recommendation: number;
let audit: number;
let training: number;
let stranger: string;
const evidencePdf = Buffer.from('%PDF-1.4\n% Invented audit findings: 10 of 10 children seen.\n%%EOF\n');

/** The agency's actions as the exchange sends them, from the plan's view: each keeps its uid. */
function sentActions(view: ActionPlanView, agency: string): ActionsPayload['actions'] {
  return view.recommendations.flatMap((each) =>
    each.actions
      .filter((action) => action.agency === agency)
      .map((action) => ({ actionId: action.uid, recommendation: each.text, what: action.what, responsiblePerson: action.responsiblePerson, dueOn: action.dueOn, intendedOutcome: action.intendedOutcome, status: action.status })),
  );
}

/** The representative's update, made into a bundle and taken in by the Business Unit. */
async function updateComesBack(name: string, updates: Parameters<typeof buildActionsUpdateBundle>[2]): Promise<void> {
  const file = bundlePath(police, name);
  await makeBundle(representative, await buildActionsUpdateBundle(representative, taskId, updates), file);
  await importBundle(bu.officer, file, null, NO_OPTIONS);
}

const uidOf = (id: number) => actionIn(readActionPlan(bu.officer, bu.reference), id).uid;

beforeAll(async () => {
  bu = await makeBusinessUnit(POLICE);
  police = await makeInstall(POLICE, 'Public protection desk');
  ({ bInA: policeInBu } = trustEachOther(bu.install, police));
  representative = await signIn(police, REPRESENTATIVE, 'nominated-representative', POLICE);
  recommendation = addRecommendation(bu.officer, bu.reference, { text: 'Children are seen and heard at every domestic abuse call' });
  audit = addAction(bu.officer, bu.reference, recommendation, { what: AUDIT, dueOn: LONG_AGO });
  training = addAction(bu.officer, bu.reference, recommendation, { what: TRAINING, dueOn: FAR_AHEAD });
  addAction(bu.officer, bu.reference, recommendation, { what: 'Health’s own action, not sent to the police', agency: HEALTH });
  stranger = randomUUID();
}, 120_000);

afterAll(() => {
  for (const session of [bu?.officer, representative]) if (session !== undefined && !session.locked) session.lock();
  for (const install of [bu?.install, police]) install?.temp.cleanup();
});

describe('an agency’s update taken up into the action plan', () => {
  it('sends the plan’s actions for the agency, with their uids, and shows the update when it comes back', async () => {
    const view = readActionPlan(bu.officer, bu.reference);
    const sent = sentActions(view, POLICE);
    expect(sent.map((action) => action.what)).toEqual([AUDIT, TRAINING]);
    // A third, whose uid is in no plan here: as if the action had been sent from an older plan.
    const withStranger = [...sent, { ...sent[1]!, actionId: stranger, what: 'An action from an older plan' }];
    const actionsFile = bundlePath(bu.install, 'actions');
    await makeBundle(bu.officer, await buildActionsBundle(bu.officer, { reference: bu.reference, agency: POLICE, actions: withStranger, note: '' }, contactIn(bu.install, policeInBu)), actionsFile);
    const preview = await previewBundle(police.session, actionsFile, 1);
    taskId = (await importBundle(police.session, actionsFile, preview.sha256, { assignTo: REPRESENTATIVE, acceptProblems: false })).taskId!;

    await updateComesBack('update-1', [
      { actionId: sent[0]!.actionId, status: 'complete', evidence: ' Ten discussions audited: every child was seen. ', evidenceFiles: [{ fileName: 'Audit findings.pdf', bytes: evidencePdf }] },
      { actionId: sent[1]!.actionId, status: 'overdue', evidence: 'Half of the response teams briefed.', evidenceFiles: [] },
      { actionId: stranger, status: 'in-progress', evidence: '', evidenceFiles: [] },
    ]);
    const back = actionPlanView.parse(readActionPlan(bu.officer, bu.reference));
    expect(back.updatesReceived.map(({ actionId, actionWhat, agency, status, takenUpAt }) => ({ actionId, actionWhat, agency, status, takenUpAt }))).toEqual(
      expect.arrayContaining([
        { actionId: audit, actionWhat: AUDIT, agency: POLICE, status: 'complete', takenUpAt: null },
        { actionId: training, actionWhat: TRAINING, agency: POLICE, status: 'overdue', takenUpAt: null },
        { actionId: null, actionWhat: '', agency: POLICE, status: 'in-progress', takenUpAt: null },
      ]),
    );
    expect(back.updatesReceived).toHaveLength(3);
    const auditUpdate = back.updatesReceived.find((update) => update.actionId === audit)!;
    expect(auditUpdate.evidenceFiles).toEqual([expect.objectContaining({ name: 'Audit findings.pdf', size: evidencePdf.length, addedOn: daysFromToday(0) })]);
    // Nothing is applied until the Business Unit takes the update up.
    expect(actionIn(back, audit)).toMatchObject({ status: 'not-started', evidence: '', evidenceFiles: [], overdue: true });
  });

  it('takes up a completion: complete on the day it was received, its evidence text and file on the action', () => {
    const update = readActionPlan(bu.officer, bu.reference).updatesReceived.find((each) => each.actionId === audit)!;
    const events = count(bu.officer, 'audit_events');
    const view = takeUpUpdate(bu.officer, bu.reference, update.id);
    expect(actionIn(view, audit)).toMatchObject({
      status: 'complete',
      completedOn: daysFromToday(0),
      evidence: 'Ten discussions audited: every child was seen.',
      evidenceFiles: [expect.objectContaining({ documentId: update.evidenceFiles[0]!.documentId, name: 'Audit findings.pdf' })],
      evidenceAcceptedOn: null,
      overdue: false,
    });
    expect(view.updatesReceived.find((each) => each.id === update.id)!.takenUpAt).not.toBeNull();
    expect(count(bu.officer, 'audit_events')).toBe(events + 1);
    expect(auditDetails(bu.officer, 'action-plan.update-taken-up').at(-1)).toMatchObject({ updateId: update.id, actionId: audit, from: 'not-started', status: 'complete', evidenceFiles: 1 });
    // Accepting the evidence stays the Business Unit's decision: the file is enough to accept.
    const accepted = updateProgress(bu.officer, bu.reference, audit, { status: 'complete', completedOn: daysFromToday(0), evidence: actionIn(view, audit).evidence, evidenceAcceptedOn: daysFromToday(0) });
    expect(accepted.counts).toMatchObject({ complete: 1, withAcceptedEvidence: 1 });
  });

  it('takes up an agency’s “overdue” as in progress, since overdue is worked out on the day', () => {
    const update = readActionPlan(bu.officer, bu.reference).updatesReceived.find((each) => each.actionId === training)!;
    const view = takeUpUpdate(bu.officer, bu.reference, update.id);
    expect(actionIn(view, training)).toMatchObject({ status: 'in-progress', completedOn: null, evidence: 'Half of the response teams briefed.', overdue: false });
  });

  it('refuses an update taken up already, one about an action not in the plan, and another case’s', () => {
    const updates = readActionPlan(bu.officer, bu.reference).updatesReceived;
    const before = count(bu.officer, 'audit_events');
    const again = refusalOf(() => takeUpUpdate(bu.officer, bu.reference, updates.find((each) => each.actionId === audit)!.id));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('has already been taken up into the action plan');
    const notInPlan = refusalOf(() => takeUpUpdate(bu.officer, bu.reference, updates.find((each) => each.actionId === null)!.id));
    expect(notInPlan.code).toBe('NOT_FOUND');
    expect(notInPlan.message).toContain(`is about an action that is no longer in case ${bu.reference}’s action plan`);
    const other = newCase(bu.officer).reference;
    const elsewhere = count(bu.officer, 'audit_events');
    const wrongCase = refusalOf(() => takeUpUpdate(bu.officer, other, updates[0]!.id));
    expect(wrongCase.code).toBe('NOT_FOUND');
    expect(wrongCase.problems).toEqual([{ path: 'updateId', message: `Case ${other} has no update ${updates[0]!.id} from an agency. Reload the action plan and choose one of its updates.` }]);
    expect(count(bu.officer, 'audit_events')).toBe(elsewhere);
    expect(elsewhere).toBeGreaterThan(before);
    expect(count(bu.officer, 'action_updates_received', 'taken_up_at IS NOT NULL')).toBe(2);
  });

  it('takes up a later update with no evidence text, keeping the evidence already recorded', async () => {
    await updateComesBack('update-2', [{ actionId: uidOf(training), status: 'complete', evidence: '', evidenceFiles: [] }]);
    const latest = readActionPlan(bu.officer, bu.reference).updatesReceived[0]!;
    expect(latest).toMatchObject({ actionId: training, status: 'complete', takenUpAt: null });
    const view = takeUpUpdate(bu.officer, bu.reference, latest.id);
    expect(actionIn(view, training)).toMatchObject({ status: 'complete', completedOn: daysFromToday(0), evidence: 'Half of the response teams briefed.', evidenceFiles: [] });
    expect(view.counts).toMatchObject({ actions: 3, complete: 2 });
  });
});
