/**
 * The files a secured files test places, made in a temporary folder at test time: a folder of
 * an agency's records (with a sub-folder, and one file of about 20 MB so that progress can be
 * seen) and a letter the Business Unit adds for the agency. Invented content only.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LARGE_FILE_BYTES = 20 * 1024 * 1024;

export interface SecuredFilesOnDisk {
  readonly root: string;
  /** The folder the representative chooses; its name becomes the top of the paths in the set. */
  readonly folder: string;
  readonly folderName: string;
  /** Paths as the set shows them, below and including the folder's name. */
  readonly custodyRecord: string;
  readonly interviewSummary: string;
  readonly largeExport: string;
  /** A file chosen on its own. */
  readonly letter: string;
  readonly bytesOf: (setPath: string) => Buffer;
  /** Where a file with this path in the set lies on disk, for a file chooser. */
  readonly bytesPath: (setPath: string) => string;
  remove(): void;
}

export function makeSecuredFiles(): SecuredFilesOnDisk {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-secured-'));
  const folderName = 'Police records';
  const folder = path.join(root, folderName);
  fs.mkdirSync(path.join(folder, 'Interviews'), { recursive: true });
  const write = (relative: string, content: Buffer | string) => fs.writeFileSync(path.join(root, ...relative.split('/')), content);
  const custodyRecord = `${folderName}/Custody record.txt`;
  const interviewSummary = `${folderName}/Interviews/Interview summary.txt`;
  const largeExport = `${folderName}/Body-worn video export.bin`;
  write(custodyRecord, 'Custody record (invented for testing)\nDetained 14:05, released 18:40 without charge.\n');
  write(interviewSummary, 'Interview summary (invented for testing)\nThe parent described the evening of the incident.\n');
  write(largeExport, randomBytes(LARGE_FILE_BYTES));
  const letter = path.join(root, 'Letter to the agency.txt');
  fs.writeFileSync(letter, 'A letter from the Business Unit to the agency (invented for testing).\n');
  return {
    root,
    folder,
    folderName,
    custodyRecord,
    interviewSummary,
    largeExport,
    letter,
    bytesOf: (setPath) => fs.readFileSync(path.join(root, ...setPath.split('/'))),
    bytesPath: (setPath) => path.join(root, ...setPath.split('/')),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
