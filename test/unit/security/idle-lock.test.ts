import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unlock } from '../../../main/security/unlock.ts';
import { idleLockMinutes, setIdleLockMinutes } from '../../../main/store/repositories/settings.ts';
import { listCases } from '../../../main/reviews/cases.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

describe('the idle lock', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await makeTempStore();
  });
  afterEach(() => {
    vi.useRealTimers();
    temp.cleanup();
  });

  it('defaults to 10 minutes and can be configured', () => {
    const db = temp.session.store.db;
    expect(idleLockMinutes(db)).toBe(10);
    setIdleLockMinutes(db, 5);
    expect(idleLockMinutes(db)).toBe(5);
    expect(() => setIdleLockMinutes(db, 0)).toThrow();
  });

  it('locks after the idle time, drops the keys, and refuses further calls', async () => {
    temp.session.lock();
    vi.useFakeTimers();
    const onLock = vi.fn();
    const session = await unlock(temp.folder, ADMIN, ADMIN_PASSPHRASE, { idleMinutes: 10, onLock });
    const masterKey = session.store.masterKey;
    const privateKey = session.privateKey;
    vi.advanceTimersByTime(9 * 60_000);
    listCases(session); // activity restarts the clock
    vi.advanceTimersByTime(9 * 60_000);
    expect(session.locked).toBe(false);
    vi.advanceTimersByTime(60_000 + 1);
    expect(session.locked).toBe(true);
    expect(onLock).toHaveBeenCalledOnce();
    expect(masterKey.every((byte) => byte === 0)).toBe(true);
    expect(privateKey.every((byte) => byte === 0)).toBe(true);
    expect(() => listCases(session)).toThrow(/locked/);
  });
});
