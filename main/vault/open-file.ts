/**
 * The representative's access to one secured file, always with a purpose, logged before any
 * byte is decrypted: "open" writes a decrypted copy into the private folder for the system's
 * own viewer (unless an administrator has turned that off); "copy" issues a ticket for a
 * working copy the person saves where they choose — a PDF watermarked with their name, the
 * date and the purpose, and refused rather than handed out without the watermark.
 */
import { AppError } from '../../shared/errors.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { SECURED_FILE_RECORD, securedFileRecordId } from '../../shared/vault/access-log.ts';
import type { OpenResult } from '../../shared/vault/secured-files.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { Session } from '../security/session.ts';
import { findSecuredFile, type SecuredFileRow } from '../store/repositories/secured-files.ts';
import { userRecipient } from './file-key.ts';
import { safeFileName } from './open-copies.ts';
import { openInDefaultAppAllowed } from './open-in-default-app-setting.ts';
import { readSecuredFile, unsealFileKey } from './read-back.ts';
import type { CopyJob, StreamOptions } from './transfer-desk.ts';
import type { VaultDesk } from './vault-desk.ts';
import { refuse, requireNotDestroyed, requireRepresentative, setInHand, type SetInHand } from './vault-access.ts';
import { watermarkPdf, type Watermark } from './watermark.ts';

export interface OpenRequest {
  readonly reference: string;
  readonly agency: string;
  readonly fileId: number;
  readonly purpose: string;
  readonly mode: 'open' | 'copy';
}

const PDF = 'application/pdf';

export async function openSecuredFile(session: Session, desk: VaultDesk, input: OpenRequest): Promise<OpenResult> {
  const attempted = input.mode === 'open' ? 'open a file' : 'save a working copy';
  const inHand = setInHand(session, input.reference, input.agency, attempted);
  requireRepresentative(session, inHand, attempted, { fileId: input.fileId });
  requireNotDestroyed(inHand, attempted);
  const file = fileOfSet(session, inHand, input.fileId);
  return input.mode === 'open' ? openInDefaultApp(session, desk, inHand, file, input.purpose) : issueCopy(session, desk, inHand, file, input.purpose);
}

function fileOfSet(session: Session, inHand: SetInHand, fileId: number): SecuredFileRow {
  const file = findSecuredFile(session.store.db, fileId);
  if (file === undefined || file.setId !== inHand.set.id || file.state !== 'stored') {
    throw new AppError('NOT_FOUND', `There is no such file in ${inHand.agency.name}’s secured files for case ${inHand.reference}. Refresh the page and choose it again.`);
  }
  return file;
}

async function openInDefaultApp(session: Session, desk: VaultDesk, inHand: SetInHand, file: SecuredFileRow, purpose: string): Promise<OpenResult> {
  if (!openInDefaultAppAllowed(session.store.db)) {
    refuse(
      session,
      inHand,
      'open a file in another app',
      'setting-off',
      'Secured files cannot be opened in other apps on this install: an administrator has turned that off. Save a working copy instead.',
      { fileId: file.id },
    );
  }
  const fileKey = await unsealFileKey(session.store, file.id, session.privateKey, userRecipient(session.userId));
  try {
    logAccess(session, inHand, file, 'secured.opened', { path: file.path, purpose });
    const name = safeFileName(file.path);
    await desk.openCopy(name, readSecuredFile(session.store, file.id, fileKey));
    return { mode: 'open', name };
  } finally {
    fileKey.fill(0);
  }
}

async function issueCopy(session: Session, desk: VaultDesk, inHand: SetInHand, file: SecuredFileRow, purpose: string): Promise<OpenResult> {
  const recipient = userRecipient(session.userId);
  // Opened once now so a key that no longer opens is reported here, before anything is logged.
  (await unsealFileKey(session.store, file.id, session.privateKey, recipient)).fill(0);
  const watermarked = file.mediaType === PDF;
  const mark: Watermark = { name: session.user.name, date: dateInWords(todayInLondon()), purpose };
  logAccess(session, inHand, file, 'secured.copied', { path: file.path, purpose, watermarked });
  const name = safeFileName(file.path);
  const job: CopyJob = {
    kind: 'copy',
    name,
    size: watermarked ? null : file.size,
    mediaType: file.mediaType,
    // The session is read again when the bytes move: a lock in between stops the copy.
    async *read(options: StreamOptions) {
      const fileKey = await unsealFileKey(session.store, file.id, session.privateKey, recipient);
      try {
        if (!watermarked) {
          yield* readSecuredFile(session.store, file.id, fileKey, options);
          return;
        }
        const pdf = await readWhole(readSecuredFile(session.store, file.id, fileKey, { signal: options.signal }));
        const marked = await watermarkOrRefuse(pdf, mark, file.path);
        options.onProgress?.(marked.length);
        yield marked;
      } finally {
        fileKey.fill(0);
      }
    },
  };
  const ticket = desk.transfers.issue(session.userId, job);
  return { mode: 'copy', ticket, name, size: job.size, watermarked };
}

function logAccess(session: Session, inHand: SetInHand, file: SecuredFileRow, action: 'secured.opened' | 'secured.copied', details: Record<string, unknown>): void {
  session.store.change((_db, audit) =>
    audit({ actorId: session.userId, action, recordType: SECURED_FILE_RECORD, recordId: securedFileRecordId(inHand.set.id, file.id), details: { ...details, fileId: file.id } }),
  );
}

async function readWhole(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(part);
  return Buffer.concat(parts);
}

/** A PDF copy without its watermark is never handed out: the failure is the person's answer. */
async function watermarkOrRefuse(pdf: Buffer, mark: Watermark, path: string): Promise<Buffer> {
  try {
    return await watermarkPdf(pdf, mark);
  } catch (error) {
    const why = error instanceof AppError ? ` ${error.message}` : '';
    throw new AppError(
      error instanceof AppError ? error.code : 'FILE_REFUSED',
      `No working copy of "${path}" was saved: a PDF copy must carry your name, the date and the purpose, and the watermark could not be added.${why} Open the file instead, or ask the agency for a copy that is not protected.`,
    );
  }
}
