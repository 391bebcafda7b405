/**
 * A machine policy the app will not run under. Its message is whole sentences for IT: which file
 * or registry value, what is wrong with it, and that the app does not start until it is put right.
 */
export class MachinePolicyProblem extends Error {
  override readonly name = 'MachinePolicyProblem';
}

/** The sentence every refusal ends with: a policy that cannot be read is never replaced by defaults. */
export const UNTIL_CORRECTED = 'Ask IT to correct it: Practice Review Manager does not run under a machine policy it cannot read.';
