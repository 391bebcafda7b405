/**
 * The passphrase rule both sides apply: main enforces it, the renderer says it up front. IT's
 * machine policy may raise it on a computer, never lower it (main/policy/minimum-passphrase-length.ts;
 * the renderer reads the minimum in force with the policy.machine call).
 */
export const MINIMUM_PASSPHRASE_LENGTH = 12;
