/**
 * The calls of agencies' secured files (policy 16) and of the Business Unit's record of their
 * securing. Part of the one contract (contract.ts spreads these in).
 *
 * Calls about one agency's set have access `signed-in` here on purpose: the service in main
 * checks the permission for that case and agency and also that the person is the set's
 * representative, and records every refusal against the set, so the access log shows who
 * tried to reach which agency's files. The bytes move beside these calls (vault/transfer.ts).
 */
import { z } from 'zod';
import { fileOutput } from '../evidence/letterhead.ts';
import { accessLogFilter, accessLogView } from '../vault/access-log.ts';
import { integrityResult, intakeInput, openResult, purpose, setUpResult, ticketGrant, vaultView } from '../vault/secured-files.ts';
import { confirmationInput, instructionInput, securingView } from '../vault/securing.ts';
import type { CallDefinition } from './contract.ts';

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

const reference = z.string().trim().min(1, 'Enter the case reference').max(40, 'Enter a case reference of at most 40 characters');
const agency = z.string().trim().min(1, 'Choose the agency').max(200, 'Enter an agency name of at most 200 characters');
const userName = z.string().trim().min(2, 'Choose the nominated representative').max(100, 'Enter a name of at most 100 characters');
const fileId = z.number().int().positive();
const recoveryCode = z.string().trim().min(1, 'Enter the agency’s recovery code').max(200, 'The recovery code is longer than any recovery code');

export const VAULT_CALLS = {
  'vault.get': call({ input: z.object({ reference }).strict(), output: vaultView, access: 'signed-in', action: 'see this case’s secured files' }),
  'vault.setUp': call({
    input: z.object({ reference, agency, representative: userName }).strict(),
    output: setUpResult,
    access: 'signed-in',
    action: 'set up an agency’s secured files',
  }),
  'vault.beginIntake': call({
    input: intakeInput,
    output: z.object({ tickets: z.array(ticketGrant) }),
    access: 'signed-in',
    action: 'add files to an agency’s secured files',
  }),
  'vault.open': call({
    input: z.object({ reference, agency, fileId, purpose, mode: z.enum(['open', 'copy']) }).strict(),
    output: openResult,
    access: 'signed-in',
    action: 'open an agency’s secured files',
  }),
  'vault.checkIntegrity': call({ input: z.object({ reference, agency }).strict(), output: integrityResult, access: 'signed-in', action: 'check an agency’s secured files' }),
  'vault.changeRepresentative': call({
    input: z.object({ reference, agency, representative: userName, recoveryCode: recoveryCode.optional() }).strict(),
    output: vaultView,
    access: 'signed-in',
    action: 'change an agency’s nominated representative',
  }),
  'vault.release': call({
    input: z.object({ reference, agency, purpose }).strict(),
    output: z.object({ ticket: z.string(), files: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
    access: 'signed-in',
    action: 'release an agency’s secured files',
  }),
  'vault.destroy': call({
    input: z.object({ reference, agency, reason: purpose, confirmAgency: z.string().trim().min(1, 'Type the agency’s name to confirm') }).strict(),
    output: vaultView,
    access: 'signed-in',
    action: 'destroy an agency’s secured files',
  }),
  'vault.settings': call({ input: z.object({}).strict(), output: z.object({ allowed: z.boolean() }), access: 'settings.manage', action: 'see whether secured files open in other apps' }),
  'vault.setOpenInDefaultApp': call({ input: z.object({ allowed: z.boolean() }).strict(), output: z.object({ allowed: z.boolean() }), access: 'settings.manage', action: 'change whether secured files open in other apps' }),
  'vault.log': call({
    input: z.object({ filter: accessLogFilter.default({}), page: z.number().int().positive().default(1) }).strict(),
    output: accessLogView,
    access: 'signed-in',
    action: 'see the secured files’ access log',
  }),
  'vault.logExport': call({
    input: z.object({ filter: accessLogFilter.default({}), format: z.enum(['pdf', 'xlsx']) }).strict(),
    output: fileOutput,
    access: 'signed-in',
    action: 'export the secured files’ access log',
  }),
  'securing.get': call({ input: z.object({ reference }).strict(), output: securingView, access: 'signed-in', action: 'see whether agencies have secured their files' }),
  'securing.confirm': call({
    input: z.object({ reference, agency, confirmation: confirmationInput }).strict(),
    output: securingView,
    access: 'signed-in',
    action: 'record an agency’s confirmation that its files are secured',
  }),
  'securing.instruct': call({
    input: z.object({ reference, agency, instruction: instructionInput }).strict(),
    output: securingView,
    access: 'signed-in',
    action: 'record an agency’s instruction for its secured files',
  }),
} as const satisfies Record<string, CallDefinition>;
