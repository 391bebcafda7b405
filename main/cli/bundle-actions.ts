/**
 * The JSON files `bundle export --kind actions` and `--kind actions-update` read: the agency's
 * actions as the action plan gives them (an id is made for an action without one, so its updates
 * can come back to it), and the agency's updates with the paths of their evidence files. Paths in
 * an updates file are taken from the file's own folder, so the file and its evidence travel
 * together. Problems name the file's entry and field, as a person would find them in the file.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError, type Problem } from '../../shared/errors.ts';
import { resolvePath, UsageError } from './arguments.ts';

export interface FileFromDisk {
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** JSON files of actions are small: one larger than this is not one. */
const MAX_JSON_BYTES = 20 * 1024 * 1024;

function readJsonArray(file: string, option: string, what: string): unknown[] {
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_JSON_BYTES) throw new UsageError(`--${option} ${file} is larger than 20 MB: it cannot be a list of ${what}.`);
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new AppError('NOT_FOUND', `There is no readable file at ${file} (--${option}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--${option} must be a JSON file listing the ${what}: ${(error as Error).message}.`);
  }
  if (!Array.isArray(json)) throw new UsageError(`--${option} must be a JSON array of ${what}, [ { … }, { … } ], not a single value.`);
  return json;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The actions of --actions FILE, each with its id (a new one when the file gives none). */
export function actionsFromFile(option: string): unknown[] {
  const file = resolvePath(option);
  return readJsonArray(file, 'actions', 'actions').map((entry) => (isObject(entry) && (entry.actionId === undefined || entry.actionId === null || entry.actionId === '') ? { ...entry, actionId: randomUUID() } : entry));
}

export interface UpdatesFromFile {
  /** The updates as the app's answer gives them, each evidence file by a number standing for its staged id. */
  readonly updates: unknown[];
  /** The evidence files, in order: staged id 1 is the first. */
  readonly files: FileFromDisk[];
}

/** The updates of --updates FILE, with the evidence files each names read from disk. */
export function updatesFromFile(option: string): UpdatesFromFile {
  const file = resolvePath(option);
  const folder = path.dirname(file);
  const files: FileFromDisk[] = [];
  const updates = readJsonArray(file, 'updates', 'updates').map((entry, index) => {
    if (!isObject(entry)) return entry;
    const { evidenceFiles, ...update } = entry;
    if (evidenceFiles === undefined || evidenceFiles === null) return { ...update, stagedEvidence: [] };
    if (!Array.isArray(evidenceFiles) || evidenceFiles.some((name) => typeof name !== 'string' || name.trim() === '')) {
      throw new UsageError(`--updates: update ${index + 1}: evidenceFiles must be a list of file paths, ["letter.pdf", …].`);
    }
    const stagedEvidence = (evidenceFiles as string[]).map((name) => {
      const evidencePath = path.resolve(folder, name);
      try {
        files.push({ fileName: path.basename(evidencePath), bytes: fs.readFileSync(evidencePath) });
      } catch {
        throw new AppError('NOT_FOUND', `There is no readable file at ${evidencePath} (evidence for update ${index + 1} in --updates).`);
      }
      return files.length;
    });
    return { ...update, stagedEvidence };
  });
  return { updates, files };
}

/** "actions.1.dueOn" → "--actions: action 2, dueOn"; "answer.updates.0.stagedEvidence.1" → "--updates: update 1, evidenceFiles 2". */
export function fileProblem(problem: Problem): Problem | null {
  const match = /^(actions|answer\.updates)(?:\.(\d+))?(?:\.(.+))?$/.exec(problem.path);
  if (match === null) return null;
  const [, list, entry, field] = match;
  const option = list === 'actions' ? 'actions' : 'updates';
  const noun = list === 'actions' ? 'action' : 'update';
  const where = [entry === undefined ? null : `${noun} ${Number(entry) + 1}`, field === undefined ? null : field.replace(/^stagedEvidence/, 'evidenceFiles').replace(/\.(\d+)$/, (_all, n: string) => ` ${Number(n) + 1}`)].filter((part) => part !== null);
  return { path: `--${option}`, message: where.length === 0 ? problem.message : `${where.join(', ')}: ${problem.message}` };
}
