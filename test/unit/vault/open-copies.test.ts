import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Desktop } from '../../../main/api/desktop.ts';
import type { Timers } from '../../../main/security/idle-lock.ts';
import { ADMIN, ADMIN_PASSPHRASE, makeTempStore, type TempStore } from '../helpers/temp-store.ts';

/** Timers that run only when the test says so: the idle lock without waiting for it. */
class ManualTimers implements Timers {
  private readonly pending = new Map<number, () => void>();
  private next = 1;
  setTimeout(callback: () => void): unknown {
    const handle = this.next++;
    this.pending.set(handle, callback);
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  /** Runs every timer now, as if the idle time had passed. */
  runAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const callback of due) callback();
  }
}

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text);
}

const mode = (file: string): number => fs.statSync(file).mode & 0o777;
const isPosix = process.platform !== 'win32';

describe('the private folder for “open in default app”', () => {
  let temp: TempStore;
  let folder: string;
  let opened: string[];

  beforeAll(async () => {
    temp = await makeTempStore();
    temp.session.lock();
  });
  afterAll(() => temp.cleanup());
  beforeEach(() => {
    folder = path.join(temp.root, 'open-copies');
    fs.rmSync(folder, { recursive: true, force: true });
    opened = [];
  });

  function desktopWith(options: { timers?: Timers; idleLockSeconds?: number } = {}): Desktop {
    return new Desktop({
      storeFolder: temp.folder,
      openCopiesFolder: folder,
      openWithDefaultApp: async (file) => {
        opened.push(file);
      },
      ...options,
    });
  }

  it('holds each decrypted copy in the private folder, readable by this account only, and hands it to the default app', async () => {
    const desktop = desktopWith();
    await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
    await desktop.openCopy('Visit notes.pdf', bytesOf('synthetic visit notes'));
    await desktop.openCopy('Visit notes.pdf', bytesOf('a second copy of the same name'));
    expect(opened).toHaveLength(2);
    expect(new Set(opened).size).toBe(2);
    for (const file of opened) {
      expect(path.relative(folder, file).startsWith('..')).toBe(false);
      expect(path.basename(file)).toBe('Visit notes.pdf');
    }
    expect(fs.readFileSync(opened[1]!, 'utf8')).toBe('a second copy of the same name');
    if (isPosix) {
      expect(mode(folder)).toBe(0o700);
      expect(mode(path.dirname(opened[0]!))).toBe(0o700);
      expect(mode(opened[0]!)).toBe(0o600);
    } else {
      expect(fs.statSync(folder).isDirectory()).toBe(true);
    }
    desktop.lock();
  });

  it('is emptied when the person locks the store through the contract', async () => {
    const desktop = desktopWith();
    await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
    await desktop.openCopy('Referral.docx', bytesOf('synthetic referral'));
    expect(desktop.openCopies.list()).toHaveLength(1);
    expect(await desktop.invoke('session.lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('is emptied when the store locks itself after the idle time', async () => {
    const timers = new ManualTimers();
    const desktop = desktopWith({ timers, idleLockSeconds: 60 });
    await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
    await desktop.openCopy('Chronology.xlsx', bytesOf('synthetic chronology'));
    expect(desktop.openCopies.list()).toHaveLength(1);
    timers.runAll();
    expect(desktop.status().state).toBe('locked');
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('is emptied when the app starts again after a crash left copies in it', () => {
    fs.mkdirSync(path.join(folder, 'a1b2c3d4', 'nested'), { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(folder, 'a1b2c3d4', 'Visit notes.pdf'), 'left behind by a crash');
    fs.writeFileSync(path.join(folder, 'a1b2c3d4', 'nested', 'Photo.jpg'), 'also left behind');
    fs.writeFileSync(path.join(folder, 'stray.txt'), 'left at the top');
    if (isPosix) fs.chmodSync(folder, 0o755);
    desktopWith();
    expect(fs.readdirSync(folder)).toEqual([]);
    // Made owner-only again, even though the crash left it open to others.
    if (isPosix) expect(mode(folder)).toBe(0o700);
    else expect(fs.statSync(folder).isDirectory()).toBe(true);
  });

  it('keeps no part of a copy whose bytes failed part-way', async () => {
    const desktop = desktopWith();
    await desktop.unlock(ADMIN, ADMIN_PASSPHRASE);
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('the first part');
      throw new Error('A chunk failed its seal.');
    }
    await expect(desktop.openCopy('Damaged.pdf', failing())).rejects.toThrow('A chunk failed its seal.');
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(opened).toEqual([]);
    desktop.lock();
  });
});
