/**
 * What each call of the contract does, in terms of the services. The pipeline has already
 * parsed the input and checked access before a handler runs; services check again, so that a
 * service called from elsewhere is never unguarded.
 */
import type { CallName, CallOutput, ParsedInput } from '../../shared/ipc/contract.ts';
import { listCases } from '../reviews/cases.ts';
import { CASE_HANDLERS } from './case-handlers.ts';
import { EVIDENCE_HANDLERS } from './evidence-handlers.ts';
import { VAULT_HANDLERS } from './vault-handlers.ts';
import { EXCHANGE_HANDLERS } from './exchange-handlers.ts';
import { REPORT_HANDLERS } from './report-handlers.ts';
import { ACTION_PLAN_HANDLERS } from './action-plan-handlers.ts';
import { LEARNING_HANDLERS } from './learning-handlers.ts';
import { FIGURES_HANDLERS } from './figures-handlers.ts';
import { JOBS_HANDLERS } from './jobs-handlers.ts';
import { OPERATIONS_HANDLERS } from './operations-handlers.ts';
import { ACCOUNTS_HANDLERS } from './accounts-handlers.ts';
import { RETENTION_HANDLERS } from './retention-handlers.ts';
import { DATA_PROTECTION_HANDLERS } from './data-protection-handlers.ts';
import { MACHINE_POLICY_HANDLERS } from './machine-policy-handlers.ts';
import { verifyChain } from '../security/audit-chain.ts';
import { addUser, listUsers } from '../security/user-admin.ts';
import { changeOwnPassphrase } from '../security/passphrases.ts';
import { AppError } from '../../shared/errors.ts';
import type { Desktop } from './desktop.ts';

export type Handlers = {
  [K in CallName]: (desktop: Desktop, input: ParsedInput<K>) => Promise<CallOutput<K>> | CallOutput<K>;
};

export const HANDLERS: Handlers = {
  'app.status': (desktop) => desktop.status(),
  'store.create': (desktop, input) => desktop.createStore(input.name, input.passphrase, input.confirmPassphrase),
  'session.unlock': (desktop, input) => desktop.unlock(input.name, input.passphrase),
  'session.changePassphrase': async (desktop, input) => {
    if (input.newPassphrase !== input.confirmPassphrase) throw new AppError('INVALID_INPUT', 'The new passphrases do not match. Type the same new passphrase twice.');
    await changeOwnPassphrase(desktop.requireSession(), input.currentPassphrase, input.newPassphrase);
    return desktop.status();
  },
  'session.lock': (desktop) => desktop.lock(),
  'cases.list': (desktop) => ({ cases: listCases(desktop.requireSession()) }),
  ...CASE_HANDLERS,
  ...EVIDENCE_HANDLERS,
  ...VAULT_HANDLERS,
  ...EXCHANGE_HANDLERS,
  ...REPORT_HANDLERS,
  ...ACTION_PLAN_HANDLERS,
  ...LEARNING_HANDLERS,
  ...FIGURES_HANDLERS,
  ...JOBS_HANDLERS,
  ...OPERATIONS_HANDLERS,
  ...ACCOUNTS_HANDLERS,
  ...RETENTION_HANDLERS,
  ...DATA_PROTECTION_HANDLERS,
  ...MACHINE_POLICY_HANDLERS,
  'users.list': (desktop) => ({
    users: listUsers(desktop.requireSession()).map((user) => ({
      name: user.name,
      organisation: user.organisation,
      status: user.status,
      roles: [...new Set(user.assignments.map((assignment) => assignment.role))],
    })),
  }),
  'users.add': async (desktop, input) => {
    const { user } = await addUser(desktop.requireSession(), input);
    return { name: user.name, organisation: user.organisation };
  },
  'audit.verify': (desktop) => {
    const store = desktop.requireSession().store;
    const result = verifyChain(store.db, store.auditKeyForVerification);
    return result.intact ? { intact: true as const, events: result.events, head: result.head } : { intact: false as const, events: result.events, brokenAt: result.brokenAt, reason: result.reason };
  },
};
