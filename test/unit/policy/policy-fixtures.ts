/**
 * The machine-policy tests' fixtures: real `reg query` output (test/fixtures/policy, CRLF as
 * reg.exe writes it), a stand-in for reg.exe that answers with it, policy files written to a
 * temporary folder, and putting the process's policy back after each test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { NO_MACHINE_POLICY } from '../../../main/policy/machine-policy.ts';
import { putMachinePolicyInForce } from '../../../main/policy/policy-in-force.ts';
import { POLICY_REGISTRY_KEY } from '../../../main/policy/policy-location.ts';
import type { RegQuery, RegQueryResult } from '../../../main/policy/reg-query.ts';

export const POLICY_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'policy');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(POLICY_FIXTURES, name), 'utf8');
}

/** The parent key's listing reg.exe gives where IT has set no policy for the app. */
const PARENT_WITHOUT_KEY = (): RegQueryResult => ({ status: 0, stdout: fixture('reg-query-policies-without-key.txt'), stderr: '' });

/** reg.exe as it answers for a key that is there: its output, exit code 0. */
export function regQueryAnswering(output: string): RegQuery & { readonly asked: string[] } {
  const asked: string[] = [];
  const query = (key: string): RegQueryResult => {
    asked.push(key);
    return key === POLICY_REGISTRY_KEY ? { status: 0, stdout: output, stderr: '' } : PARENT_WITHOUT_KEY();
  };
  return Object.assign(query, { asked });
}

/** reg.exe on a computer without the policy key: code 1 for the key, and the parent does not list it. */
export function regQueryWithoutKey(): RegQuery {
  return (key) => (key === POLICY_REGISTRY_KEY ? { status: 1, stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n' } : PARENT_WITHOUT_KEY());
}

/** A policy.json with this text in a folder of the test's. */
export function writePolicyFile(folder: string, text: string, name = 'policy.json'): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The policy is process-wide, and test files share a process: each test leaves none behind. */
export function restorePolicyAfterEach(): void {
  afterEach(() => putMachinePolicyInForce(NO_MACHINE_POLICY));
}
