/** Lets the event loop run between a long task's phases, so its progress can be read and other calls answered. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
