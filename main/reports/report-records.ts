/** PLACEHOLDER (helper D): the assurance checklist, case discussion, register places, redaction decisions, briefing, distribution register. */
import type { z } from 'zod';
import type { assuranceInput } from '../../shared/reports/assurance.ts';
import type { CaseDiscussion } from '../../shared/reports/discussion.ts';
import type { DistributionUpdate } from '../../shared/reports/distribution.ts';
import type { decisionInput, placeInput } from '../../shared/reports/redaction.ts';
import type { BriefingContent, ReportSectionKey } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import type { Session } from '../security/session.ts';

type NotYet = Promise<ReportsView>;
const notYet = (): never => {
  throw new Error('not built yet');
};

export function saveAssurance(_session: Session, _reference: string, _input: z.output<typeof assuranceInput>): NotYet { return notYet(); }
export function saveDiscussion(_session: Session, _reference: string, _discussion: CaseDiscussion): NotYet { return notYet(); }
export function pullFinding(_session: Session, _reference: string, _finding: string, _section: ReportSectionKey): NotYet { return notYet(); }
export function savePlace(_session: Session, _reference: string, _place: z.output<typeof placeInput>): NotYet { return notYet(); }
export function removePlace(_session: Session, _reference: string, _id: number): NotYet { return notYet(); }
export function decideRedaction(_session: Session, _reference: string, _decision: z.output<typeof decisionInput>): NotYet { return notYet(); }
export function saveBriefing(_session: Session, _reference: string, _briefing: BriefingContent, _covers: readonly string[]): NotYet { return notYet(); }
export function updateDistribution(_session: Session, _reference: string, _id: number, _update: z.output<typeof import('../../shared/reports/distribution.ts').distributionUpdate>): NotYet { return notYet(); }
export type { DistributionUpdate };
