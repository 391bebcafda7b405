/** Where a request's escalation stands, in a phrase for the requests table: the latest step decides it. */
import { ESCALATION_LEVEL_LABELS, type RequestView } from '../../../shared/evidence/requests.ts';

type Escalation = RequestView['escalations'][number];

/** The latest escalation: by date, then by the order they were recorded in. */
export function latestEscalation(escalations: readonly Escalation[]): Escalation | null {
  let latest: Escalation | null = null;
  for (const escalation of escalations) {
    if (latest === null || escalation.escalatedOn > latest.escalatedOn || (escalation.escalatedOn === latest.escalatedOn && escalation.id > latest.id)) latest = escalation;
  }
  return latest;
}

export function escalationStatus(escalations: readonly Escalation[]): string {
  const latest = latestEscalation(escalations);
  if (latest === null) return 'Not escalated';
  // The date is in the request's own escalation history; the table stays narrow enough to read.
  const where = ESCALATION_LEVEL_LABELS[latest.level];
  return latest.outcome.trim() === '' ? `${where}: awaiting the outcome` : `${where}: outcome recorded`;
}
