/**
 * Every call between the renderer and main, declared once: its input and output schemas and
 * what it takes to make it. Main's one pipeline, the preload bridge, the preview's HTTP
 * transport and the renderer's typed client are all built from this table.
 */
import { z } from 'zod';
import { CASE_CALLS, caseSummary } from './case-calls.ts';
import { EVIDENCE_CALLS } from './evidence-calls.ts';
import { VAULT_CALLS } from './vault-calls.ts';
import { EXCHANGE_CALLS } from './exchange-calls.ts';
import { REPORT_CALLS } from './report-calls.ts';
import { ACTION_PLAN_CALLS } from './action-plan-calls.ts';
import { LEARNING_CALLS } from './learning-calls.ts';
import { FIGURES_CALLS } from './figures-calls.ts';
import { JOBS_CALLS } from './jobs-calls.ts';
import { OPERATIONS_CALLS } from './operations-calls.ts';
import { ACCOUNTS_CALLS } from './accounts-calls.ts';
import { RETENTION_CALLS } from './retention-calls.ts';
import { DATA_PROTECTION_CALLS } from './data-protection-calls.ts';
import { MACHINE_POLICY_CALLS } from './machine-policy-calls.ts';
import { ROLES, type Permission } from '../roles.ts';

/** `public`: anyone, even with the store locked; `signed-in`: any unlocked user; else one permission. */
export type Access = 'public' | 'signed-in' | Permission;

export interface CallDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
  /** What the person was trying to do, for a refusal: "You are not allowed to …". */
  readonly action: string;
}

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

const empty = z.object({}).strict();
const personName = z.string().trim().min(2, 'Enter a name of at least 2 characters').max(100, 'Enter a name of at most 100 characters');
const passphrase = z.string().min(1, 'Enter a passphrase').max(1024, 'Enter a passphrase of at most 1,024 characters');

export const signedInUser = z.object({
  name: z.string(),
  organisation: z.string(),
  roles: z.array(z.enum(ROLES)),
  mustChangePassphrase: z.boolean(),
});
export type SignedInUser = z.infer<typeof signedInUser>;

export const appStatus = z.object({
  state: z.enum(['no-store', 'locked', 'unlocked']),
  storeFolder: z.string(),
  user: signedInUser.nullable(),
  /** Seconds of inactivity before the session locks. */
  idleLockSeconds: z.number().int().positive(),
});
export type AppStatus = z.infer<typeof appStatus>;

export { caseSummary, type CaseSummaryView } from './case-calls.ts';

export const CONTRACT = {
  'app.status': call({ input: empty, output: appStatus, access: 'public', action: 'see the app’s status' }),
  'store.create': call({
    input: z.object({ name: personName, passphrase, confirmPassphrase: passphrase }).strict(),
    output: z.object({ recoveryCode: z.string(), status: appStatus }),
    access: 'public',
    action: 'create the store',
  }),
  'session.unlock': call({
    input: z.object({ name: personName, passphrase }).strict(),
    output: appStatus,
    access: 'public',
    action: 'unlock the store',
  }),
  'session.changePassphrase': call({
    input: z.object({ currentPassphrase: passphrase, newPassphrase: passphrase, confirmPassphrase: passphrase }).strict(),
    output: appStatus,
    access: 'signed-in',
    action: 'change your passphrase',
  }),
  'session.lock': call({ input: empty, output: appStatus, access: 'signed-in', action: 'sign out' }),
  'cases.list': call({ input: empty, output: z.object({ cases: z.array(caseSummary) }), access: 'cases.list', action: 'list cases' }),
  'users.list': call({
    input: empty,
    output: z.object({ users: z.array(z.object({ name: z.string(), organisation: z.string(), status: z.enum(['active', 'disabled']), roles: z.array(z.enum(ROLES)) })) }),
    access: 'users.list',
    action: 'list users',
  }),
  'users.add': call({
    input: z.object({ name: personName, role: z.enum(ROLES), organisation: z.string().min(1, 'Choose an organisation'), passphrase }).strict(),
    output: z.object({ name: z.string(), organisation: z.string() }),
    access: 'users.manage',
    action: 'add users',
  }),
  ...CASE_CALLS,
  ...EVIDENCE_CALLS,
  ...VAULT_CALLS,
  ...EXCHANGE_CALLS,
  ...REPORT_CALLS,
  ...ACTION_PLAN_CALLS,
  ...LEARNING_CALLS,
  ...FIGURES_CALLS,
  ...JOBS_CALLS,
  ...OPERATIONS_CALLS,
  ...ACCOUNTS_CALLS,
  ...RETENTION_CALLS,
  ...DATA_PROTECTION_CALLS,
  ...MACHINE_POLICY_CALLS,
  'audit.verify': call({
    input: empty,
    output: z.discriminatedUnion('intact', [
      z.object({ intact: z.literal(true), events: z.number().int(), head: z.string() }),
      z.object({ intact: z.literal(false), events: z.number().int(), brokenAt: z.number().int(), reason: z.string() }),
    ]),
    access: 'signed-in',
    action: 'verify the audit trail',
  }),
} as const satisfies Record<string, CallDefinition>;

export type Contract = typeof CONTRACT;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** The input as the pipeline hands it to a handler: parsed, with its defaults filled in. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;
export const CALL_NAMES = Object.keys(CONTRACT) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(CONTRACT, name);
}
