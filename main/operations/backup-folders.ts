/**
 * The folders a person types for a backup or a restore, checked on this computer before anything
 * is written: a full path, not inside the store's own folder (a failed disk would take both), and
 * new or empty, so that nothing is ever written over an earlier backup or a store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.ts';

function refuse(field: string, message: string): never {
  throw new AppError('INVALID_INPUT', message, [{ path: field, message }]);
}

function fullPath(folder: string, field: string): string {
  if (!path.isAbsolute(folder)) refuse(field, `Enter the folder’s full path as this computer writes it, for example ${process.platform === 'win32' ? 'D:\\Backups\\PRM' : '/media/backups/prm'}.`);
  return path.resolve(folder);
}

/** Whether `folder` is `outer` or inside it. */
export function isWithin(folder: string, outer: string): boolean {
  const relative = path.relative(path.resolve(outer), path.resolve(folder));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** A folder that will receive a backup or a restored store: new, or empty, and away from the store. */
export function checkNewFolder(folder: string, storeFolder: string, field: string, what: 'backup' | 'restore'): string {
  const resolved = fullPath(folder, field);
  if (isWithin(resolved, storeFolder)) {
    refuse(
      field,
      what === 'backup'
        ? 'Choose a folder outside the store’s own folder, preferably on another drive: a backup beside the store is lost with it.'
        : 'Choose a folder outside the store’s own folder: a restore never goes over or into the store in use.',
    );
  }
  if (fs.existsSync(resolved)) {
    if (!fs.statSync(resolved).isDirectory()) refuse(field, `${resolved} is a file, not a folder. Choose a new or empty folder.`);
    if (fs.readdirSync(resolved).length > 0) {
      refuse(field, what === 'backup' ? `The folder ${resolved} is not empty. Back up into a new or empty folder, so that no earlier backup is overwritten.` : `The folder ${resolved} is not empty. Restore into a new or empty folder.`);
    }
  }
  return resolved;
}

/** A folder said to hold a backup: it must at least be there. */
export function checkBackupFolder(folder: string, field: string): string {
  const resolved = fullPath(folder, field);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isDirectory()) refuse(field, `There is no folder at ${resolved}. Check the path, and that the drive holding the backup is connected.`);
  return resolved;
}
