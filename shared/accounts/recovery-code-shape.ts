/**
 * What a recovery code looks like on paper (main/security/recovery-code.ts writes it): 55
 * letters A–Z and digits 2–7, in groups of five with dashes. Typing it in, spaces, dashes and
 * small letters do not matter, as the command line's `recover` allows. Only the shape is
 * checked here, before anything is sent: main checks the code's checksum and whether it opens
 * the store.
 */

export const RECOVERY_CODE_CHARACTERS = 55;
const ALPHABET = /^[A-Z2-7]*$/;
/** Digits the code never uses, and the letters they are usually misread for. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '0': 'it has no zeros: it is probably the letter O',
  '1': 'it has no ones: it is probably the letter I or L',
  '8': 'it has no eights: it is probably the letter B',
  '9': 'it has no nines: it is probably the letter G',
};

/** The code as main reads it: capitals, no spaces or dashes. */
export function cleanRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** A sentence naming what is wrong with the code's shape, or null if it has the shape of one. */
export function recoveryCodeShapeProblem(typed: string): string | null {
  const clean = cleanRecoveryCode(typed);
  if (clean === '') return 'Enter the recovery code';
  const stray = [...clean].find((character) => !ALPHABET.test(character));
  if (stray !== undefined) {
    const hint = LOOK_ALIKES[stray] === undefined ? '' : ` (${LOOK_ALIKES[stray]})`;
    return `The recovery code cannot contain “${stray}”${hint}. Check it against the paper copy`;
  }
  if (clean.length !== RECOVERY_CODE_CHARACTERS) {
    return `The recovery code has ${RECOVERY_CODE_CHARACTERS} letters and digits (eleven groups of five), but ${clean.length} were entered. Check it against the paper copy`;
  }
  return null;
}
