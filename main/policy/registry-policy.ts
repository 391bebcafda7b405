/**
 * The policy Group Policy writes under HKLM\SOFTWARE\Policies\Practice Review Manager, read from
 * the text `reg query` prints: a line naming the key, then one line per value, four spaces
 * between its name, its type and its data. Numbers and switches are REG_DWORDs (a switch 0 or 1),
 * the store folder a REG_SZ or REG_EXPAND_SZ. A missing key is no policy; anything else the app
 * cannot read, or a value it does not know, stops the app.
 */
import { describePolicyIssues, SETTING_EXPECTS, unknownSettingMessage } from './describe-policy-issues.ts';
import { MACHINE_POLICY_SETTINGS, machinePolicySchema, type MachinePolicy, type MachinePolicySetting } from './machine-policy.ts';
import { POLICY_REGISTRY_KEY } from './policy-location.ts';
import { MachinePolicyProblem, UNTIL_CORRECTED } from './policy-problem.ts';
import type { RegQuery } from './reg-query.ts';

export interface RegistryValue {
  readonly name: string;
  readonly type: string;
  readonly data: string;
}

type Kind = 'text' | 'number' | 'switch';
const KINDS: Readonly<Record<MachinePolicySetting, Kind>> = {
  storeFolder: 'text',
  idleLockMinutes: 'number',
  minimumPassphraseLength: 'number',
  openInDefaultAppAllowed: 'switch',
  backupReminderDays: 'number',
};

/** reg.exe's spelling of the key it prints: the full hive name, not HKLM. */
const PRINTED_KEY = POLICY_REGISTRY_KEY.replace(/^HKLM\\/, 'HKEY_LOCAL_MACHINE\\');
/** The key every Windows has, whose subkeys say whether the policy key is there. */
const POLICIES_KEY = POLICY_REGISTRY_KEY.slice(0, POLICY_REGISTRY_KEY.lastIndexOf('\\'));
const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/;

function registryProblem(what: string): MachinePolicyProblem {
  return new MachinePolicyProblem(`The machine policy in the registry (${POLICY_REGISTRY_KEY}) ${what}. ${UNTIL_CORRECTED}`);
}

export function parseRegQueryOutput(output: string): RegistryValue[] {
  const values: RegistryValue[] = [];
  let keySeen = false;
  for (const line of output.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (line.startsWith('HKEY_')) {
      if (!keySeen && line.toLowerCase() === PRINTED_KEY.toLowerCase()) {
        keySeen = true;
        continue;
      }
      // Settings are values directly under the key: a subkey is something IT meant but the app would not read.
      throw registryProblem(keySeen ? `has a subkey, ${line.slice(PRINTED_KEY.length + 1)}, which Practice Review Manager does not read: put each setting directly under the key` : `could not be read: reg query named another key, ${line}`);
    }
    const match = VALUE_LINE.exec(line);
    if (!keySeen || match === null) throw registryProblem(`could not be read: reg query printed a line the app does not recognise, "${line.trim().slice(0, 80)}"`);
    values.push({ name: match[1]!, type: match[2]!, data: match[3] ?? '' });
  }
  return values;
}

/** %NAME% replaced from the environment, as Windows does for a REG_EXPAND_SZ; an unknown name is a problem. */
function expand(data: string, env: NodeJS.ProcessEnv): { value: string } | { problem: string } {
  const names = new Map(Object.keys(env).map((name) => [name.toLowerCase(), name]));
  let unknown: string | null = null;
  const value = data.replace(/%([^%]+)%/g, (whole, name: string) => {
    const found = names.get(name.toLowerCase());
    if (found === undefined) {
      unknown ??= name;
      return whole;
    }
    return env[found] ?? '';
  });
  return unknown === null ? { value } : { problem: `names %${unknown}%, which is not set on this computer` };
}

function convert(setting: MachinePolicySetting, value: RegistryValue, env: NodeJS.ProcessEnv): { value: unknown } | { problem: string } {
  const kind = KINDS[setting];
  if (kind === 'text') {
    if (value.type !== 'REG_SZ' && value.type !== 'REG_EXPAND_SZ') return { problem: `is a ${value.type}, but it must be a REG_SZ (${SETTING_EXPECTS[setting]})` };
    // reg.exe writes in the console's code page: a character it could not carry arrives mangled.
    if (value.data.includes('\uFFFD')) return { problem: 'holds characters that could not be read from reg query: use the policy file for a folder whose path is not plain ASCII' };
    return value.type === 'REG_EXPAND_SZ' ? expand(value.data, env) : { value: value.data };
  }
  if (value.type !== 'REG_DWORD') return { problem: `is a ${value.type}, but it must be a REG_DWORD (${SETTING_EXPECTS[setting]})` };
  if (!/^0x[0-9a-f]{1,8}$/i.test(value.data)) return { problem: `holds "${value.data.slice(0, 20)}", which is not a REG_DWORD's number` };
  const number = Number.parseInt(value.data.slice(2), 16);
  if (kind === 'number') return { value: number };
  if (number > 1) return { problem: `must be 0 (no) or 1 (yes), not ${number}` };
  return { value: number === 1 };
}

/** The values under the key as a policy: each checked for its type, then the whole against the schema. */
export function policyFromRegistry(values: readonly RegistryValue[], env: NodeJS.ProcessEnv = process.env): MachinePolicy {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const value of values) {
    // The key's unnamed value: not a setting, and nothing Group Policy writes.
    if (value.name === '(Default)') continue;
    // Value names are not case-sensitive in the registry.
    const setting = MACHINE_POLICY_SETTINGS.find((name) => name.toLowerCase() === value.name.toLowerCase());
    if (setting === undefined) {
      problems.push(unknownSettingMessage(value.name));
      continue;
    }
    const converted = convert(setting, value, env);
    if ('problem' in converted) problems.push(`the value ${setting} ${converted.problem}`);
    else raw[setting] = converted.value;
  }
  // The values that did convert are checked too, so IT hears of every problem at once.
  const parsed = machinePolicySchema.safeParse(raw);
  if (parsed.success && problems.length === 0) return parsed.data;
  if (!parsed.success) problems.push(...describePolicyIssues(parsed.error.issues, raw));
  throw registryProblem(`is not valid: ${problems.join('; ')}`);
}

/** Whether `reg query` of HKLM\SOFTWARE\Policies listed the policy key among its subkeys. */
function listsPolicyKey(parentOutput: string): boolean {
  return parentOutput.split(/\r?\n/).some((line) => line.trim().toLowerCase() === PRINTED_KEY.toLowerCase());
}

/**
 * The registry's policy, or null when the key is not there. reg.exe fails with the same exit code
 * whatever the reason, and says why in the language of Windows: so a failure counts as "no key"
 * only when the parent key, which every Windows has, is read and does not list it.
 */
export function readRegistryPolicy(query: RegQuery, env: NodeJS.ProcessEnv = process.env): MachinePolicy | null {
  const result = query(POLICY_REGISTRY_KEY);
  if (result.error !== undefined) throw registryProblem(`could not be read: reg.exe did not run (${result.error.message})`);
  if (result.status === 0) return policyFromRegistry(parseRegQueryOutput(result.stdout), env);
  const parent = query(POLICIES_KEY);
  if (parent.error === undefined && parent.status === 0 && !listsPolicyKey(parent.stdout)) return null;
  throw registryProblem(`could not be read: reg query ended with code ${result.status ?? 'none'}${result.stderr.trim() === '' ? '' : ` (${result.stderr.trim().slice(0, 200)})`}`);
}
