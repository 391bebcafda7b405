/**
 * The partnership's letterhead, kept as one JSON setting. A stored value that no longer parses
 * (written by hand, or an older shape) reads as not set, so letters ask for it again rather than
 * print a broken heading.
 */
import { letterheadInput, type Letterhead } from '../../../shared/evidence/letterhead.ts';
import type { Db } from '../open-database.ts';

const LETTERHEAD_KEY = 'letterhead';

export function readLetterhead(db: Db): Letterhead | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(LETTERHEAD_KEY) as { value: string } | undefined;
  if (row === undefined) return null;
  try {
    const parsed = letterheadInput.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeLetterhead(db: Db, letterhead: Letterhead): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LETTERHEAD_KEY, JSON.stringify(letterheadInput.parse(letterhead)));
}
