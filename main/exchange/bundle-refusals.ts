/**
 * Why a bundle file is refused, in words for the person importing it. Each names the check that
 * failed and ends by saying nothing was imported, because every check runs before anything is
 * written. Altered and damaged are not told apart: a reader cannot know which it was.
 */
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../shared/exchange/bundle.ts';
import { groupFingerprint } from '../../shared/exchange/contacts.ts';
import { AppError } from '../../shared/errors.ts';

const NOTHING = 'Nothing was imported.';

function refused(message: string): AppError {
  return new AppError('BUNDLE_REFUSED', message);
}

export function notABundle(): AppError {
  return refused('This file is not a Practice Review Manager bundle.');
}

export function newerVersion(version: number): AppError {
  return refused(`This bundle was made by a newer version of Practice Review Manager (bundle format ${version}; this version reads format ${BUNDLE_VERSION}). Install the newer version to import it. ${NOTHING}`);
}

export function unknownFormat(format: string, version: number): AppError {
  const name = format === BUNDLE_FORMAT ? `bundle format ${version}` : `“${format.slice(0, 80)}” version ${version}`;
  return refused(`This file is in a format this version of Practice Review Manager does not read (${name}; it reads bundle format ${BUNDLE_VERSION}). ${NOTHING}`);
}

export function damagedHeader(): AppError {
  return refused(`The header of this bundle cannot be read: the bundle was altered or damaged. Ask the sender to send it again. ${NOTHING}`);
}

export function forAnotherInstall(myFingerprint: string): AppError {
  return refused(`This bundle is for another install: it was not sealed to this one (fingerprint ${groupFingerprint(myFingerprint)}). Ask the sender to make it again for this install. ${NOTHING}`);
}

export function keyDoesNotOpen(): AppError {
  return refused(`The key in this bundle does not open with this install’s key: the bundle was altered or damaged. Ask the sender to send it again. ${NOTHING}`);
}

export function damagedManifest(): AppError {
  return refused(`The list of what this bundle carries fails its seal or cannot be read: the bundle was altered or damaged. Ask the sender to send it again. ${NOTHING}`);
}

export function damagedLayout(): AppError {
  return refused(`This bundle is not the length its contents say: it was altered, cut short or damaged. Ask the sender to send it again. ${NOTHING}`);
}

export function damagedItem(name: string): AppError {
  return refused(`The item “${name}” in this bundle does not match its recorded fingerprint: the bundle was altered or damaged. ${NOTHING}`);
}

export function changedWhileOpen(): AppError {
  return refused(`This bundle file changed while it was being checked. Copy it somewhere no other program is writing to and import it again. ${NOTHING}`);
}
