/**
 * The Business Unit's own install for the tasks test, made in the test process with the real
 * services (not through a preview): a store named as the partnership, a Business Unit officer, a
 * rapid review with a child and a parent, and an information request to Greater Manchester Police
 * asking it to secure its files. It trusts the police install by its fingerprint, makes the
 * request bundle (and a bundle of the police's actions) and takes in the police's return, as its
 * own screens would. Invented people only.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addCalendarDays } from '../../../shared/working-days.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import type { ImportResult } from '../../../shared/exchange/exchange-view.ts';
import type { ActionsPayload } from '../../../shared/exchange/payloads.ts';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import type { SecuringView } from '../../../shared/vault/securing.ts';
import { buildEvidenceView } from '../../../main/evidence/evidence-view.ts';
import { saveRequest } from '../../../main/evidence/requests.ts';
import { confirmContact, exportCard, importCard } from '../../../main/exchange/contacts.ts';
import { importBundle, makeBundle } from '../../../main/exchange/exchange-service.ts';
import { readIdentity, setIdentity } from '../../../main/exchange/identity.ts';
import { buildSend } from '../../../main/exchange/send.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import { initialiseStore } from '../../../main/security/initialise-store.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { caseIdByReference } from '../../../main/store/repositories/cases.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { readSecuring } from '../../../main/vault/securing.ts';
import { POLICE } from './stage-cases.ts';

export const PARTNERSHIP = 'Northam Safeguarding Children Partnership';
const ADMINISTRATOR = { name: 'Bronwen Adeyemi', passphrase: 'velvet compass harbour' } as const;
const OFFICER = { name: 'Ffion Ó Dálaigh', passphrase: 'saffron meadow lantern' } as const;

export const CHILD = { givenNames: 'Zoë', familyName: 'Quillfeather', otherNames: ['Zoe Quill'], datesOfBirth: ['2016-04-09'], addresses: ['12 Example Road, Northam NM1 3CD'] } as const;
export const PARENT = { givenNames: 'Łukasz', familyName: 'Quillfeather', relationship: 'Father', datesOfBirth: ['1988-11-02'] } as const;

/** What the police are asked to do, as the action plan would hold it; the first is past its due date. */
export const ACTIONS = [
  { what: 'Audit ten strategy discussions a quarter for whether every child was seen and spoken to', responsiblePerson: 'Detective Inspector Idris Penhallow', dueInDays: -5 },
  { what: 'Brief every response officer on seeing the children at domestic abuse calls', responsiblePerson: 'Sergeant Eluned Example', dueInDays: 40 },
] as const;

function policeActions(today: string): ActionsPayload['actions'] {
  return ACTIONS.map((action) => ({
    actionId: randomUUID(),
    recommendation: 'Children are seen and heard at every domestic abuse call',
    what: action.what,
    responsiblePerson: action.responsiblePerson,
    dueOn: addCalendarDays(today, action.dueInDays),
    intendedOutcome: 'Every child at a call is seen, and what they say is recorded',
    status: 'in-progress',
  }));
}

export interface BusinessUnitInstall {
  readonly reference: string;
  readonly requestId: number;
  /** This install's contact card, as the police would receive it. */
  readonly cardJson: string;
  /** The fingerprint the Business Unit reads to the police over the phone. */
  readonly fingerprint: string;
  /** Adds the police install's card and confirms it by the fingerprint the police read out; the contact's id. */
  trust(cardJson: string, fingerprint: string): number;
  /** The request bundle to the police contact, written to `outPath`. */
  makeRequestBundle(policeContactId: number, outPath: string): Promise<void>;
  /** A bundle of the police's actions (ACTIONS) to the police contact, written to `outPath`. */
  makeActionsBundle(policeContactId: number, outPath: string): Promise<void>;
  receive(bundlePath: string): Promise<ImportResult>;
  evidence(): EvidenceView;
  securing(): SecuringView;
  close(): void;
}

export async function makeBusinessUnitInstall(): Promise<BusinessUnitInstall> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-e2e-bu-'));
  const sessions: Session[] = [];
  // Never the real application-data folder: the store writes its audit checkpoints here, until close.
  const checkpointsBefore = process.env.PRM_CHECKPOINT_DIR;
  process.env.PRM_CHECKPOINT_DIR = path.join(root, 'checkpoints');
  const removeAll = () => {
    for (const session of sessions) if (!session.locked) session.lock();
    fs.rmSync(root, { recursive: true, force: true });
    if (checkpointsBefore === undefined) delete process.env.PRM_CHECKPOINT_DIR;
    else process.env.PRM_CHECKPOINT_DIR = checkpointsBefore;
  };
  const folder = path.join(root, 'store');
  try {
    const { session: admin } = await initialiseStore(folder, ADMINISTRATOR.name, ADMINISTRATOR.passphrase);
    sessions.push(admin);
    setIdentity(admin, { organisation: PARTNERSHIP, installName: 'Business Unit desk 1' });
    await addUser(admin, { name: OFFICER.name, role: 'business-unit', organisation: 'Business Unit', passphrase: OFFICER.passphrase });
    // Added by an administrator, they would first choose their own passphrase; the screens for that have their own tests.
    setMustChangePassphrase(admin.store.db, findUserByName(admin.store.db, OFFICER.name)!.id, false);
    const officer = await unlock(folder, OFFICER.name, OFFICER.passphrase);
    sessions.push(officer);

    const today = todayInLondon();
    const created = createCase(officer, demoReferral({ referralDate: addCalendarDays(today, -40), incidentDate: addCalendarDays(today, -42), agencies: [POLICE] }));
    const reference = created.summary.reference;
    savePerson(officer, reference, { role: 'child', ...CHILD, otherNames: [...CHILD.otherNames], datesOfBirth: [...CHILD.datesOfBirth], addresses: [...CHILD.addresses] });
    savePerson(officer, reference, { role: 'family-member', ...PARENT, datesOfBirth: [...PARENT.datesOfBirth] });
    // Sent a month ago, so the police's task is overdue when it arrives.
    const view = saveRequest(officer, reference, null, {
      agency: POLICE,
      recipientName: 'Idris Penhallow',
      recipientRole: 'Detective Inspector, Public Protection',
      recipientEmail: 'idris.penhallow@example.com',
      sentOn: addCalendarDays(today, -30),
      secureFiles: true,
      note: 'Please include contact with the father from 2024 onwards.',
    });
    const requestId = view.requests.find((request) => request.agency === POLICE)!.id;
    const caseId = caseIdByReference(officer.store.db, reference)!;

    return {
      reference,
      requestId,
      cardJson: JSON.stringify(exportCard(officer)),
      fingerprint: readIdentity(officer.store.db).fingerprint,
      trust(cardJson, fingerprint) {
        const card = JSON.parse(cardJson) as { installId: string };
        const added = importCard(officer, card).contacts.find((contact) => contact.installId === card.installId)!;
        confirmContact(officer, added.id, fingerprint);
        return added.id;
      },
      async makeRequestBundle(policeContactId, outPath) {
        const outgoing = await buildSend(officer, { kind: 'request', reference, to: policeContactId, requestId });
        await makeBundle(officer, outgoing, outPath);
      },
      async makeActionsBundle(policeContactId, outPath) {
        const outgoing = await buildSend(officer, { kind: 'actions', reference, to: policeContactId, agency: POLICE, actions: policeActions(today), note: 'Please update us monthly.' });
        await makeBundle(officer, outgoing, outPath);
      },
      receive: (bundlePath) => importBundle(officer, bundlePath, null, { assignTo: null, acceptProblems: false }),
      evidence: () => buildEvidenceView(officer, caseId),
      securing: () => readSecuring(officer, reference),
      close: removeAll,
    };
  } catch (error) {
    removeAll();
    throw error;
  }
}
