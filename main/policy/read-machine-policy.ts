/**
 * The policy in force on this computer: the file's settings, with the registry's (which Group
 * Policy writes) taking over any setting both name. Each source is checked whole before either is
 * used, and a problem in both is reported for both, so IT mends them in one go.
 */
import type { EffectivePolicy, MachinePolicy, MachinePolicySetting, PolicySource } from './machine-policy.ts';
import { readPolicyFile } from './policy-file.ts';
import { MachinePolicyProblem } from './policy-problem.ts';
import type { RegQuery } from './reg-query.ts';
import { readRegistryPolicy } from './registry-policy.ts';

export interface PolicyPlace {
  /** The policy file; it need not exist. */
  readonly file: string;
  /** How the registry key is read; null where there is no registry (not Windows, the preview). */
  readonly registry: RegQuery | null;
}

function attempt(read: () => MachinePolicy | null, problems: string[]): MachinePolicy | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof MachinePolicyProblem)) throw error;
    problems.push(error.message);
    return null;
  }
}

export function readMachinePolicy(place: PolicyPlace, env: NodeJS.ProcessEnv = process.env): EffectivePolicy {
  const problems: string[] = [];
  const fromFile = attempt(() => readPolicyFile(place.file), problems);
  const registry = place.registry;
  const fromRegistry = registry === null ? null : attempt(() => readRegistryPolicy(registry, env), problems);
  if (problems.length > 0) throw new MachinePolicyProblem(problems.join('\n\n'));
  const sources: Partial<Record<MachinePolicySetting, PolicySource>> = {};
  for (const setting of Object.keys(fromFile ?? {}) as MachinePolicySetting[]) sources[setting] = 'file';
  for (const setting of Object.keys(fromRegistry ?? {}) as MachinePolicySetting[]) sources[setting] = 'registry';
  return { values: { ...fromFile, ...fromRegistry }, sources, file: fromFile === null ? null : place.file };
}
