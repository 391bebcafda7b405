/**
 * The agency's side of the exchange journey, in the test process with the real services: its own
 * install (a SQLCipher store in a temporary folder, named as the police), which trusts the
 * Business Unit's card by its fingerprint, takes in the request bundle the browser saved, and
 * makes the return — the template it received, filled in, and its securing confirmation — as a
 * real bundle file for the browser to import. Invented people and events only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SUMMARY_FIRST_ROW } from '../../../main/exports/xlsx/chronology-template.ts';
import { parseCardJson } from '../../../main/exchange/contact-card.ts';
import { confirmContact, exportCard, importCard, readContacts } from '../../../main/exchange/contacts.ts';
import { importBundle, makeBundle } from '../../../main/exchange/exchange-service.ts';
import { buildReturnBundle } from '../../../main/exchange/flows/return-out.ts';
import { setIdentity } from '../../../main/exchange/identity.ts';
import { readTask, readTaskFile } from '../../../main/exchange/tasks.ts';
import { initialiseStore } from '../../../main/security/initialise-store.ts';
import type { Session } from '../../../main/security/session.ts';
import { SUMMARY_FIELDS, type SummaryField } from '../../../shared/evidence/agency-summary.ts';
import { TEMPLATE_SHEETS } from '../../../shared/evidence/chronology.ts';
import { filledTemplate, type EventRow } from './chronology-files.ts';
import { POLICE } from './stage-cases.ts';

/** The police's nominated representative, the first user of their install: the request names them, so its task is theirs. */
export const POLICE_REPRESENTATIVE = { name: 'Idris Penhallow', passphrase: 'kestrel gravel lanternfish' } as const;
export const POLICE_INSTALL_NAME = 'Public Protection Unit desk';

const EVENTS: readonly EventRow[] = [
  { date: '2025-03-04', source: 'Command and control log', event: 'Call from a neighbour about shouting at the family home; officers attended.', risk: 'Child present during an argument.' },
  { date: '2025-05-19', source: 'Domestic abuse risk assessment', event: 'Risk assessment completed after a second call; graded medium.', response: 'Referral to children’s social care.' },
];

export interface AgencyInstall {
  readonly session: Session;
  /** As read over the phone: six groups of four. */
  readonly fingerprint: string;
  readonly cardJson: string;
  /** Trusts the Business Unit's card, typing the fingerprint its owner read out. */
  trust(cardJson: string, fingerprint: string): void;
  /** Takes in the request bundle; the task it opened. */
  receiveRequest(bundlePath: string): Promise<number>;
  /** Makes the return for the task into a bundle file; its path. */
  makeReturn(taskId: number, today: string): Promise<string>;
  close(): void;
}

export async function makeAgencyInstall(): Promise<AgencyInstall> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-e2e-agency-'));
  // The agency's store writes its checkpoints here, never into the real application-data folder;
  // the worker's own setting comes back on close, for the tests that run after this one.
  const checkpointsBefore = process.env.PRM_CHECKPOINT_DIR;
  process.env.PRM_CHECKPOINT_DIR = path.join(root, 'checkpoints');
  const { session } = await initialiseStore(path.join(root, 'store'), POLICE_REPRESENTATIVE.name, POLICE_REPRESENTATIVE.passphrase);
  setIdentity(session, { organisation: POLICE, installName: POLICE_INSTALL_NAME });
  return {
    session,
    fingerprint: readContacts(session).identity.fingerprint,
    cardJson: `${JSON.stringify(exportCard(session), null, 2)}\n`,
    trust(cardJson, fingerprint) {
      const view = importCard(session, parseCardJson(cardJson));
      const added = view.contacts.find((contact) => contact.state === 'unconfirmed');
      if (added === undefined) throw new Error('The Business Unit’s card was not added as an unconfirmed contact.');
      confirmContact(session, added.id, fingerprint);
    },
    async receiveRequest(bundlePath) {
      const result = await importBundle(session, bundlePath, null, { assignTo: null, acceptProblems: false });
      if (result.taskId === null) throw new Error(`The request opened no task: ${result.applied.join('; ')}`);
      return result.taskId;
    },
    async makeReturn(taskId, today) {
      const task = readTask(session, taskId);
      const template = task.files.find((file) => file.name.endsWith('.xlsx'));
      if (template === undefined) throw new Error(`The request carried no template workbook: ${task.files.map((file) => file.name).join(', ')}`);
      const workbook = await completedWorkbook(readTaskFile(session, taskId, template.id).contentBase64);
      const outgoing = await buildReturnBundle(session, taskId, {
        securing: { confirmedOn: today, representativeName: POLICE_REPRESENTATIVE.name, heldWhere: 'agency-system', heldDetails: 'Held in the force’s records system under a restriction.' },
        note: 'Our return, with the records secured.',
        workbook: { fileName: 'Police return.xlsx', bytes: workbook },
      });
      const outPath = path.join(root, `${outgoing.fileStem}.prmbundle`);
      await makeBundle(session, outgoing, outPath);
      return outPath;
    },
    close() {
      if (!session.locked) session.lock();
      fs.rmSync(root, { recursive: true, force: true });
      if (checkpointsBefore === undefined) delete process.env.PRM_CHECKPOINT_DIR;
      else process.env.PRM_CHECKPOINT_DIR = checkpointsBefore;
    },
  };
}

/** The template as the representative completes it: the summary sheet answered, two events in the chronology. */
async function completedWorkbook(templateBase64: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(templateBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEETS.summary);
  if (sheet === undefined) throw new Error(`The template has no "${TEMPLATE_SHEETS.summary}" sheet.`);
  const answers: Partial<Record<SummaryField, string>> = {
    authorName: POLICE_REPRESENTATIVE.name,
    authorRole: 'Detective Inspector',
    involvement: 'Officers attended the family home twice in 2025 after calls from a neighbour.',
  };
  for (const [field, answer] of Object.entries(answers)) sheet.getCell(SUMMARY_FIRST_ROW + SUMMARY_FIELDS.indexOf(field as SummaryField), 2).value = answer;
  const withSummary = Buffer.from(await workbook.xlsx.writeBuffer());
  return (await filledTemplate(withSummary.toString('base64'), 'Police return.xlsx', EVENTS)).buffer;
}
