/**
 * The secured files' services the contract calls (main/api/vault-handlers.ts), one module each:
 * who may do what is in vault-access.ts, and every service goes through it.
 */
export { beginIntake } from './begin-intake.ts';
export { changeRepresentative } from './representative-change.ts';
export { checkIntegrity } from './check-set-integrity.ts';
export { destroySet } from './destroy.ts';
export { openSecuredFile } from './open-file.ts';
export { setOpenInDefaultApp } from './open-in-default-app-setting.ts';
export { releaseSet } from './release.ts';
export { setUpSet } from './set-up.ts';
export { readVault } from './vault-view.ts';
