/** The calls of shared/ipc/retention-calls.ts in terms of main/retention. */
import type { RETENTION_CALLS } from '../../shared/ipc/retention-calls.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import { setClosedCasePeriod } from '../retention/closed-case-period.ts';
import { deleteDue } from '../retention/delete-due.ts';
import { readRetention } from '../retention/retention-view.ts';
import { recordTakenOffWebsite } from '../retention/taken-off-website.ts';
import type { Handlers } from './handlers.ts';

type RetentionHandlers = Pick<Handlers, keyof typeof RETENTION_CALLS>;

export const RETENTION_HANDLERS: RetentionHandlers = {
  'retention.view': (desktop) => readRetention(desktop.requireSession(), todayInLondon()),
  'retention.setClosedCasePeriod': (desktop, input) => {
    const session = desktop.requireSession();
    setClosedCasePeriod(session, input.years);
    return readRetention(session, todayInLondon());
  },
  'retention.recordTakenOff': (desktop, input) => {
    const session = desktop.requireSession();
    const today = todayInLondon();
    recordTakenOffWebsite(session, input.reference, input.takenOffOn, today);
    return readRetention(session, today);
  },
  'retention.delete': (desktop, input) => {
    const session = desktop.requireSession();
    const today = todayInLondon();
    const outcome = deleteDue(session, input, { today, log: (line) => desktop.log(line) });
    return { ...outcome, view: readRetention(session, today) };
  },
};
