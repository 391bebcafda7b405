/**
 * The exchange's calls (shared/ipc/exchange-calls.ts) in terms of main/exchange. Bundle files
 * never travel through a call: one brought in is staged first (`exchange.stage`, then its
 * ticket's bytes) and named by its staged id; one made here is written into the staging folder
 * and saved by redeeming the ticket the call hands back.
 *
 * The pipeline has already parsed each input, but handlers are typed with the schema's input
 * side: the calls whose schemas fill in defaults are parsed once more so the services get the
 * parsed type, defaults and all.
 */
import fs from 'node:fs';
import type { z } from 'zod';
import type { FileOutput } from '../../shared/evidence/letterhead.ts';
import { BUNDLE_EXTENSION } from '../../shared/exchange/bundle.ts';
import { importOptions, type BundleMade } from '../../shared/exchange/exchange-view.ts';
import { answerInput, sendInput, type EXCHANGE_CALLS } from '../../shared/ipc/exchange-calls.ts';
import type { ContactCard } from '../../shared/exchange/contacts.ts';
import { readExchangeCase } from '../exchange/case-exchange-view.ts';
import { parseCardJson } from '../exchange/contact-card.ts';
import { confirmContact, exportCard, importCard, readContacts, revokeContact } from '../exchange/contacts.ts';
import { importBundle, makeBundle, previewBundle } from '../exchange/exchange-service.ts';
import type { Outgoing } from '../exchange/flow.ts';
import { setIdentity } from '../exchange/identity.ts';
import { buildAnswer, buildSend } from '../exchange/send.ts';
import { listMyTasks, readTask, readTaskFile } from '../exchange/tasks.ts';
import type { Session } from '../security/session.ts';
import type { Desktop } from './desktop.ts';
import type { Handlers } from './handlers.ts';

type ExchangeHandlers = Pick<Handlers, keyof typeof EXCHANGE_CALLS>;

export const EXCHANGE_HANDLERS: ExchangeHandlers = {
  'exchange.contacts': (desktop) => readContacts(desktop.requireSession()),
  'exchange.setIdentity': (desktop, input) => {
    const session = desktop.requireSession();
    setIdentity(session, input);
    return readContacts(session);
  },
  'exchange.exportCard': (desktop) => cardFile(exportCard(desktop.requireSession())),
  'exchange.importCard': (desktop, input) => importCard(desktop.requireSession(), parseCardJson(input.cardJson)),
  'exchange.confirmContact': (desktop, input) => confirmContact(desktop.requireSession(), input.id, input.fingerprint),
  'exchange.revokeContact': (desktop, input) => revokeContact(desktop.requireSession(), input.id, input.reason),
  'exchange.case': (desktop, input) => readExchangeCase(desktop.requireSession(), input.reference),
  'exchange.send': async (desktop, input) => {
    const session = desktop.requireSession();
    return deliver(desktop, session, await buildSend(session, sendInput.parse(input)));
  },
  'exchange.stage': (desktop, input) => desktop.staging.beginUpload(desktop.requireSession(), desktop.transfers, input.fileName, input.size, input.pickId),
  'exchange.preview': (desktop, input) => {
    const session = desktop.requireSession();
    return previewBundle(session, desktop.staging.path(session, input.stagedId).path, input.stagedId);
  },
  'exchange.apply': async (desktop, input) => {
    const session = desktop.requireSession();
    const result = await importBundle(session, desktop.staging.path(session, input.stagedId).path, input.sha256, importOptions.parse(input.options));
    desktop.staging.discard(session, input.stagedId);
    return result;
  },
  'exchange.tasks': (desktop) => ({ tasks: listMyTasks(desktop.requireSession()) }),
  'exchange.task': (desktop, input) => readTask(desktop.requireSession(), input.id),
  'exchange.taskFile': (desktop, input) => readTaskFile(desktop.requireSession(), input.taskId, input.fileId),
  'exchange.answer': async (desktop, input) => {
    const session = desktop.requireSession();
    const staged = (stagedId: number) => {
      const file = desktop.staging.path(session, stagedId);
      return { fileName: file.fileName, bytes: fs.readFileSync(file.path) };
    };
    const answer = answerInput.parse(input);
    const made = await deliver(desktop, session, await buildAnswer(session, answer, staged));
    for (const stagedId of stagedIdsOf(answer)) desktop.staging.discard(session, stagedId);
    return made;
  },
  'exchange.saveAgain': (desktop, input) => {
    const session = desktop.requireSession();
    return desktop.staging.offerAgain(session, desktop.transfers, input.bundleId);
  },
};

/** Writes the flow's bundle into the staging folder and hands back a ticket to save it. */
export async function deliver(desktop: Desktop, session: Session, outgoing: Outgoing): Promise<BundleMade> {
  const outPath = desktop.staging.newOutPath();
  try {
    const made = await makeBundle(session, outgoing, outPath);
    const fileName = `${outgoing.fileStem}${BUNDLE_EXTENSION}`;
    const ticket = desktop.staging.offerMade(session, desktop.transfers, made.bundleId, outPath, fileName);
    return { bundleId: made.bundleId, fileName, ticket, size: made.size, summary: [...made.summary] };
  } catch (error) {
    fs.rmSync(outPath, { force: true });
    throw error;
  }
}

/** The files an answer used, removed once its bundle is made. */
function stagedIdsOf(input: z.output<typeof answerInput>): number[] {
  switch (input.kind) {
    case 'return':
      return [input.answer.stagedWorkbook];
    case 'draft-reply':
      return [...input.answer.stagedAttachments];
    case 'decision':
      return [];
    case 'actions-update':
      return input.answer.updates.flatMap((update) => update.stagedEvidence);
  }
}

function cardFile(card: ContactCard): FileOutput {
  const name = `${card.organisation} – ${card.installName} contact card.json`.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_');
  return { fileName: name, mediaType: 'application/json', contentBase64: Buffer.from(`${JSON.stringify(card, null, 2)}\n`).toString('base64') };
}
