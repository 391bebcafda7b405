/**
 * The machine policy file: one JSON object of settings. A missing file is no policy; a file that
 * is there but cannot be read, is not JSON, or holds anything the schema refuses stops the app.
 */
import fs from 'node:fs';
import { describePolicyIssues } from './describe-policy-issues.ts';
import { machinePolicySchema, type MachinePolicy } from './machine-policy.ts';
import { MachinePolicyProblem, UNTIL_CORRECTED } from './policy-problem.ts';

function fileProblem(file: string, what: string): MachinePolicyProblem {
  return new MachinePolicyProblem(`The machine policy file ${file} ${what}. ${UNTIL_CORRECTED}`);
}

export function readPolicyFile(file: string): MachinePolicy | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw fileProblem(file, `could not be read (${code ?? (error as Error).message})`);
  }
  let raw: unknown;
  try {
    // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fileProblem(file, `is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = machinePolicySchema.safeParse(raw);
  if (!parsed.success) throw fileProblem(file, `is not valid: ${describePolicyIssues(parsed.error.issues, raw).join('; ')}`);
  return parsed.data;
}
