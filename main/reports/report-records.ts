/**
 * What surrounds a case's report, each in its own module: the assurance checklist, the case
 * discussion and its findings pulled into the report, the redaction register's places and the
 * reviewer's redaction decisions, the 7-minute briefing, and the distribution register.
 */
export { saveAssurance } from './assurance-checklist.ts';
export { saveDiscussion } from './case-discussion.ts';
export { pullFinding } from './pull-finding.ts';
export { removePlace, savePlace } from './register-places.ts';
export { decideRedaction } from './redaction-decisions.ts';
export { saveBriefing } from './briefing-record.ts';
export { updateDistribution } from './distribution-register.ts';
export type { DistributionUpdate } from '../../shared/reports/distribution.ts';
