/**
 * The partnership's clock policy and publication naming, kept as settings. A stored value that
 * no longer parses (written by a hand, or an older shape) falls back to the defaults rather
 * than stopping every clock.
 */
import { clockPolicySchema, DEFAULT_CLOCK_POLICY, type ClockPolicy } from '../../../shared/reviews/clocks.ts';
import { PUBLICATION_NAMINGS, type PublicationNaming } from '../../../shared/reviews/people.ts';
import type { Db } from '../open-database.ts';

const CLOCK_POLICY_KEY = 'clock_policy';
const NAMING_KEY = 'publication_naming';

function readSetting(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

function writeSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function readClockPolicy(db: Db): ClockPolicy {
  const stored = readSetting(db, CLOCK_POLICY_KEY);
  if (stored === undefined) return DEFAULT_CLOCK_POLICY;
  try {
    // Amounts for clocks added after the policy was saved take their defaults.
    const value = JSON.parse(stored) as Partial<ClockPolicy>;
    const parsed = clockPolicySchema.safeParse({ ...DEFAULT_CLOCK_POLICY, ...value, amounts: { ...DEFAULT_CLOCK_POLICY.amounts, ...value.amounts } });
    return parsed.success ? parsed.data : DEFAULT_CLOCK_POLICY;
  } catch {
    return DEFAULT_CLOCK_POLICY;
  }
}

export function writeClockPolicy(db: Db, policy: ClockPolicy): void {
  writeSetting(db, CLOCK_POLICY_KEY, JSON.stringify(clockPolicySchema.parse(policy)));
}

export function readPublicationNaming(db: Db): PublicationNaming {
  const stored = readSetting(db, NAMING_KEY);
  return (PUBLICATION_NAMINGS as readonly string[]).includes(stored ?? '') ? (stored as PublicationNaming) : 'letter-codes';
}

export function writePublicationNaming(db: Db, naming: PublicationNaming): void {
  writeSetting(db, NAMING_KEY, naming);
}
