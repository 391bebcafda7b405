/**
 * An access-log event's erasable details in words: the file's path and the purpose given, each in
 * its own column, and everything else (a refusal's attempted action and reason, an integrity
 * check's result, a release's count, a hand-over's people) as one sentence for the Detail column.
 * The details are whatever the service that wrote the event recorded, so a key this module does
 * not know is still shown, named.
 */

export interface EventWords {
  readonly file: string | null;
  readonly purpose: string | null;
  readonly detail: string;
}

/** A person's name for a user id the details hold; undefined for an id the store does not know. */
export type NameOf = (userId: string) => string | undefined;

type Details = Readonly<Record<string, unknown>>;

/** Shown by their own columns, or already said by the set the event belongs to. */
const SHOWN_ELSEWHERE = ['path', 'purpose', 'caseId', 'reference', 'agency', 'setId'];

/** The codes a refusal records as its reason (vault-access.ts), in words. */
const REFUSAL_REASONS: Readonly<Record<string, string>> = {
  'no-permission': 'Refused: their role does not include it',
  'not-representative': 'Refused: they are not the set’s nominated representative',
  'setting-off': 'Refused: opening in other apps is switched off',
  'wrong-recovery-code': 'Refused: the agency’s recovery code was wrong',
};

function parseDetails(body: string): Details | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Details) : null;
  } catch {
    return null;
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null);

function plural(amount: number, one: string, many: string): string {
  return `${amount.toLocaleString('en-GB')} ${amount === 1 ? one : many}`;
}

function byteWords(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte', 'bytes');
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${units[unit]}`;
}

/** "fileName" → "File name". */
function keyWords(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueWords(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(valueWords).join(', ');
  return JSON.stringify(value);
}

/** The damaged files as the check recorded them: their paths where kept, else their numbers. */
function damagedNames(details: Details): string[] {
  const damaged = details.damaged as readonly unknown[];
  const paths = Array.isArray(details.damagedPaths) ? (details.damagedPaths as readonly unknown[]) : [];
  return damaged.map((item, index) => {
    const kept = text(paths[index]) ?? (typeof item === 'object' && item !== null ? text((item as Details).path) : null);
    if (kept !== null) return kept;
    const id = typeof item === 'object' && item !== null ? (item as Details).id : item;
    return typeof id === 'number' ? `file number ${id}` : valueWords(item);
  });
}

/**
 * Each reading of some keys: `words` returns null when the keys are not there in the shape it
 * reads, and the keys are then listed plainly (unless a later reading takes them).
 */
interface Reading {
  readonly keys: readonly string[];
  readonly words: (details: Details, nameOf: NameOf) => string | null;
}

const READINGS: readonly Reading[] = [
  { keys: ['attempted'], words: (details) => (text(details.attempted) === null ? null : `Attempted to ${String(details.attempted)}`) },
  { keys: ['reason'], words: (details) => (text(details.reason) === null ? null : (REFUSAL_REASONS[String(details.reason)] ?? `Reason: ${String(details.reason)}`)) },
  {
    keys: ['files', 'damaged', 'damagedPaths'],
    words: (details) => {
      const files = count(details.files);
      if (files === null || !Array.isArray(details.damaged)) return null;
      const checked = `${plural(files, 'file', 'files')} checked`;
      if (details.damaged.length === 0) return `${checked}: all intact`;
      return `${checked}: ${plural(details.damaged.length, 'file', 'files')} damaged (${damagedNames(details).join(', ')})`;
    },
  },
  {
    keys: ['filesWritten', 'files', 'complete'],
    words: (details) => {
      const written = count(details.filesWritten);
      if (written === null) return null;
      const files = count(details.files);
      const outcome = details.complete === true ? ', the whole set' : details.complete === false ? ', not finished' : '';
      return `${files === null ? plural(written, 'file', 'files') : `${written.toLocaleString('en-GB')} of ${plural(files, 'file', 'files')}`} written${outcome}`;
    },
  },
  {
    keys: ['from', 'to', 'byRecovery'],
    words: (details, nameOf) => {
      const to = typeof details.to === 'string' ? nameOf(details.to) : undefined;
      if (to === undefined) return null;
      const from = typeof details.from === 'string' ? nameOf(details.from) : undefined;
      const recovery = details.byRecovery === true ? ', with the agency’s recovery code' : '';
      return from === undefined ? `Representative now ${to}${recovery}` : `Representative changed from ${from} to ${to}${recovery}`;
    },
  },
  {
    keys: ['files', 'bytes'],
    words: (details) => {
      const files = count(details.files);
      const bytes = count(details.bytes);
      return files === null || bytes === null ? null : `${plural(files, 'file', 'files')} (${byteWords(bytes)}) to write`;
    },
  },
  { keys: ['files'], words: (details) => (count(details.files) === null ? null : `${plural(count(details.files)!, 'file', 'files')} in the set`) },
  { keys: ['fileId'], words: (details) => (text(details.path) !== null ? '' : typeof details.fileId === 'number' ? `File number ${details.fileId}` : null) },
  { keys: ['actingForAgency'], words: (details) => (details.actingForAgency === true ? 'Placed by the Business Unit for the agency' : details.actingForAgency === false ? '' : null) },
  { keys: ['watermarked'], words: (details) => (details.watermarked === true ? 'Watermarked with the name, date and purpose' : details.watermarked === false ? '' : null) },
  { keys: ['note'], words: (details) => (details.note === '' ? '' : text(details.note) === null ? null : `Note: ${String(details.note)}`) },
  { keys: ['size'], words: (details) => (count(details.size) === null ? null : `Size ${byteWords(count(details.size)!)}`) },
  { keys: ['mediaType'], words: (details) => (text(details.mediaType) === null ? null : `Type ${String(details.mediaType)}`) },
  { keys: ['sha256'], words: (details) => (text(details.sha256) === null ? null : `SHA-256 ${String(details.sha256)}`) },
];

/** "representativeId": "…" → "Representative: Jo Bloggs", where the id is a user's. */
function personWords(key: string, value: unknown, nameOf: NameOf): string | null {
  if (!/.Id$/.test(key) || typeof value !== 'string') return null;
  const name = nameOf(value);
  return name === undefined ? null : `${keyWords(key.slice(0, -2))}: ${name}`;
}

function detailSentence(details: Details, nameOf: NameOf): string {
  const parts: string[] = [];
  const said = new Set(SHOWN_ELSEWHERE);
  for (const reading of READINGS) {
    if (reading.keys.some((key) => said.has(key)) || reading.keys.every((key) => details[key] === undefined)) continue;
    const words = reading.words(details, nameOf);
    if (words === null) continue;
    if (words !== '') parts.push(words);
    for (const key of reading.keys) said.add(key);
  }
  for (const [key, value] of Object.entries(details)) {
    if (said.has(key) || value === null || value === undefined || value === '') continue;
    parts.push(personWords(key, value, nameOf) ?? `${keyWords(key)}: ${valueWords(value)}`);
  }
  return parts.join('. ');
}

/**
 * The words for an event's details. `body` is null once retention has erased them (the event
 * stays, with its identifiers), and undefined when the event recorded none.
 */
export function eventWords(body: string | null | undefined, erasedRule: string | null, nameOf: NameOf): EventWords {
  if (body === null) return { file: null, purpose: null, detail: `Details erased under the retention rule${erasedRule === null ? '' : ` “${erasedRule}”`}` };
  if (body === undefined) return { file: null, purpose: null, detail: '' };
  const details = parseDetails(body);
  if (details === null) return { file: null, purpose: null, detail: '' };
  return { file: text(details.path), purpose: text(details.purpose), detail: detailSentence(details, nameOf) };
}
