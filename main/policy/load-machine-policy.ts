/**
 * Reading IT's policy where a process starts (the desktop app, the command line, the preview),
 * with a problem returned as a value for the entry point to show before it stops: none of them
 * runs with defaults in place of a policy it could not read.
 */
import path from 'node:path';
import type { EffectivePolicy } from './machine-policy.ts';
import { MACHINE_POLICY_FILE_VARIABLE, machinePolicyFile } from './policy-location.ts';
import { MachinePolicyProblem } from './policy-problem.ts';
import { readMachinePolicy, type PolicyPlace } from './read-machine-policy.ts';
import { runRegQuery, type RegQuery } from './reg-query.ts';

export type LoadedPolicy = { readonly ok: true; readonly policy: EffectivePolicy } | { readonly ok: false; readonly problem: string };

export interface MachinePolicyPlaceOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  /**
   * Whether PRM_MACHINE_POLICY_FILE may name another file: for tests and an unpackaged app, never
   * the packaged one, where a person could set it to step out of IT's policy.
   */
  readonly allowFileOverride: boolean;
  /** Stands in for reg.exe in tests. */
  readonly regQuery?: RegQuery;
}

/** Where this computer's policy is: the machine-wide file and, on Windows, the registry. */
export function machinePolicyPlace({ env = process.env, platform = process.platform, allowFileOverride, regQuery = runRegQuery }: MachinePolicyPlaceOptions): PolicyPlace {
  const override = env[MACHINE_POLICY_FILE_VARIABLE];
  const file = allowFileOverride && override !== undefined && override !== '' ? path.resolve(override) : machinePolicyFile(env, platform);
  return { file, registry: platform === 'win32' ? regQuery : null };
}

export function loadMachinePolicy(place: PolicyPlace, env: NodeJS.ProcessEnv = process.env): LoadedPolicy {
  try {
    return { ok: true, policy: readMachinePolicy(place, env) };
  } catch (error) {
    if (error instanceof MachinePolicyProblem) return { ok: false, problem: error.message };
    // Even a fault of the app's own is no reason to run without IT's policy.
    return { ok: false, problem: `The machine policy could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
