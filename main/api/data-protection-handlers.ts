/** The calls of shared/ipc/data-protection-calls.ts in terms of main/data-protection. */
import type { DATA_PROTECTION_CALLS } from '../../shared/ipc/data-protection-calls.ts';
import { startExport, startSearch } from '../data-protection/request-jobs.ts';
import type { Handlers } from './handlers.ts';

type DataProtectionHandlers = Pick<Handlers, keyof typeof DATA_PROTECTION_CALLS>;

export const DATA_PROTECTION_HANDLERS: DataProtectionHandlers = {
  'data-protection.search': (desktop, input) => startSearch(desktop.jobs, desktop.requireSession(), input),
  'data-protection.export': (desktop, input) => startExport(desktop.jobs, desktop.requireSession(), input),
};
