/** The passphrase rule both sides apply: main enforces it, the renderer says it up front. */
export const MINIMUM_PASSPHRASE_LENGTH = 12;
