// Electron's fuses as this app ships them: the one place the settings live. The afterPack step
// (after-pack.mjs) flips them in the packaged binary and checks them; the unit tests read the
// same list. Fuses are bits in the Electron binary itself, set before signing, so that nobody
// on a council desktop can turn the signed app back into a general-purpose Node runtime.
//
// Each fuse is named as in @electron/fuses' FuseV1Options, at its index in Electron's fuse wire
// (version 1). `on` is the state the packaged app must have.

/** The bytes that precede the fuse wire in every Electron binary since Electron 12. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The fuse wire's schema version this list is written for. */
export const FUSE_WIRE_VERSION = 1;

export const FUSES = Object.freeze([
  // ELECTRON_RUN_AS_NODE would make the signed binary a plain Node that runs any script.
  { index: 0, name: 'RunAsNode', on: false },
  // Chromium's cookie store encrypted with the OS's keys; the app sets no cookies, but this is one-way and free.
  { index: 1, name: 'EnableCookieEncryption', on: true },
  // NODE_OPTIONS (and NODE_EXTRA_CA_CERTS) could preload code into the main process.
  { index: 2, name: 'EnableNodeOptionsEnvironmentVariable', on: false },
  // --inspect and SIGUSR1 would open a debugger on the main process, which holds the store's key.
  { index: 3, name: 'EnableNodeCliInspectArguments', on: false },
  // app.asar checked against the hash electron-builder embeds in the executable (Windows; no
  // effect on Linux, which has no OS code-integrity layer to tie it to).
  { index: 4, name: 'EnableEmbeddedAsarIntegrityValidation', on: true },
  // Only app.asar: never a loose app/ folder dropped beside it.
  { index: 5, name: 'OnlyLoadAppFromAsar', on: true },
  // Electron's default: one V8 snapshot for every process.
  { index: 6, name: 'LoadBrowserProcessSpecificV8Snapshot', on: false },
  // The app serves itself over app://, so pages on file:// need no extra powers.
  { index: 7, name: 'GrantFileProtocolExtraPrivileges', on: false },
  // Electron's default (on), in the wires of recent Electrons only (the wire may end at index 7).
  // @electron/fuses 1.8 has no name for it, so the step leaves it as Electron ships it and
  // checks that it is on wherever the wire has it.
  { index: 8, name: 'WasmTrapHandlers', on: true, leftAsShipped: true },
]);
