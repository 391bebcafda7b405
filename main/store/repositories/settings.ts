import { z } from 'zod';
import type { Db } from '../open-database.ts';
import { DEFAULT_IDLE_LOCK_MINUTES } from '../migrations/002-partners-and-settings.ts';

const idleMinutes = z.coerce.number().int().min(1).max(240);

export function idleLockMinutes(db: Db): number {
  const row = db.prepare(`SELECT value FROM settings WHERE key = 'idle_lock_minutes'`).get() as { value: string } | undefined;
  const parsed = idleMinutes.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_IDLE_LOCK_MINUTES;
}

export function setIdleLockMinutes(db: Db, minutes: number): void {
  db.prepare(`INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(String(idleMinutes.parse(minutes)));
}
