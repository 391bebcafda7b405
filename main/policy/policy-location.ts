/**
 * Where IT puts the machine policy: a file in the machine-wide config folder, which only an
 * administrator of the computer can write, and on Windows the registry key Group Policy writes.
 */
import path from 'node:path';
import { PRODUCT_NAME } from '../application-data-folder.ts';

/** Names another policy file, for tests, the preview and an unpackaged app; the packaged app ignores it. */
export const MACHINE_POLICY_FILE_VARIABLE = 'PRM_MACHINE_POLICY_FILE';

/** The key Group Policy writes, as reg.exe names it. */
export const POLICY_REGISTRY_KEY = `HKLM\\SOFTWARE\\Policies\\${PRODUCT_NAME}`;

/** The machine-wide file: %ProgramData%\Practice Review Manager\policy.json, or /etc/practice-review-manager/policy.json. */
export function machinePolicyFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.win32.join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', PRODUCT_NAME, 'policy.json');
  return path.posix.join('/etc', 'practice-review-manager', 'policy.json');
}
