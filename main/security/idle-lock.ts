/** Locks a session after a quiet spell; every call through the session counts as activity. */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // An idle timer alone must not keep a command-line process running.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class IdleLock {
  private handle: unknown = null;

  constructor(
    private readonly minutes: number,
    private readonly onIdle: () => void,
    private readonly timers: Timers = realTimers,
  ) {
    this.touch();
  }

  touch(): void {
    this.stop();
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      this.onIdle();
    }, this.minutes * 60_000);
  }

  stop(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }
}
