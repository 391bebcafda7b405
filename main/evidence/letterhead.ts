/**
 * The partnership's letterhead: anyone signed in may see it (every letter shows it); only an
 * administrator sets it, audited. A logo must really be the PNG or JPEG it claims to be, by its
 * first bytes, and at most 1 MB: it is drawn into every letter the app makes.
 */
import { AppError } from '../../shared/errors.ts';
import { letterheadInput, MAX_LOGO_BYTES, type LetterheadInput, type LetterheadView } from '../../shared/evidence/letterhead.ts';
import type { Session } from '../security/session.ts';
import { readLetterhead, writeLetterhead } from '../store/repositories/letterhead.ts';
import { parsedOrRefused } from './parsed-input.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Buffer, signature: readonly number[]) => bytes.length > signature.length && signature.every((byte, index) => bytes[index] === byte);

/** What the logo's bytes are, whatever it was labelled: PNG, JPEG or neither. */
export function logoMediaType(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  return null;
}

function refuseLogo(message: string): never {
  throw new AppError('INVALID_INPUT', `${message}.`, [{ path: 'letterhead.logo', message }]);
}

export function readLetterheadView(session: Session): LetterheadView {
  return { letterhead: readLetterhead(session.store.db), canManage: session.can('settings.manage') };
}

export function saveLetterhead(session: Session, input: LetterheadInput): LetterheadView {
  session.authorise('settings.manage', 'change the letterhead');
  const letterhead = parsedOrRefused(letterheadInput, input, 'letterhead.', 'the letterhead');
  let logo = letterhead.logo;
  if (logo !== null) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(logo.contentBase64)) refuseLogo('The logo could not be read: choose the image file again');
    const bytes = Buffer.from(logo.contentBase64, 'base64');
    if (bytes.length > MAX_LOGO_BYTES) refuseLogo('The logo must be at most 1 MB');
    const mediaType = logoMediaType(bytes);
    if (mediaType === null) refuseLogo('The logo must be a PNG or JPEG image: this file is neither');
    // Stored as what the bytes are, so a JPEG named .png is still drawn as a JPEG.
    logo = { mediaType, contentBase64: logo.contentBase64 };
  }
  const next = { ...letterhead, logo };
  session.store.change((db, audit) => {
    const before = readLetterhead(db);
    writeLetterhead(db, next);
    audit({
      actorId: session.userId,
      action: 'settings.changed',
      recordType: 'setting',
      recordId: 'letterhead',
      details: {
        from: before === null ? null : { partnershipName: before.partnershipName, signatoryName: before.signatoryName, logo: before.logo !== null },
        to: { partnershipName: next.partnershipName, signatoryName: next.signatoryName, logo: next.logo !== null },
      },
    });
  });
  return readLetterheadView(session);
}
