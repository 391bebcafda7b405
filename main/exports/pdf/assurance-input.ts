/**
 * What the action plan assurance report is made from, for its PDF and its workbook alike: one
 * case's plan, or one agency's actions across every review it has actions in, already counted.
 * main/actions shapes these from the action plan's views; the layouts know nothing of the store.
 */
import type { ActionView, RecommendationType } from '../../../shared/actions/action-plan.ts';
import type { Letterhead } from '../../../shared/evidence/letterhead.ts';

export type AssuranceScope = 'case' | 'agency';

/**
 * How a set of actions stands on the day the report is made. Every action is in exactly one of
 * complete, no longer needed, overdue and not yet due, so those four add up to `actions`;
 * `completeWithEvidenceAccepted` counts the complete actions whose evidence of impact was accepted.
 */
export interface AssuranceTotals {
  readonly actions: number;
  readonly complete: number;
  readonly completeWithEvidenceAccepted: number;
  readonly overdue: number;
  readonly notYetDue: number;
  readonly noLongerNeeded: number;
}

/** One line of the summary under the totals: an agency (for a case) or a case (for an agency). */
export interface AssuranceTotalsRow {
  readonly label: string;
  readonly totals: AssuranceTotals;
}

export interface AssuranceRecommendation {
  readonly number: number;
  readonly type: RecommendationType;
  readonly systemicFactor: string;
  readonly text: string;
  /** The actions the report covers: all of them for a case, the agency's own for an agency. */
  readonly actions: readonly ActionView[];
}

export interface AssuranceCase {
  readonly reference: string;
  /** "Rapid review", "Local child safeguarding practice review". */
  readonly kindLabel: string;
  readonly recommendations: readonly AssuranceRecommendation[];
}

export interface AssuranceReportInput {
  readonly scope: AssuranceScope;
  /** What the report is about: the case reference, or the agency's name as the partnership lists it. */
  readonly subject: string;
  readonly partnershipName: string;
  /** Drawn at the top of the first page when an administrator has set it. */
  readonly letterhead: Letterhead | null;
  /** The day it is made, for which "overdue" is worked out (YYYY-MM-DD, England). */
  readonly madeOn: string;
  readonly totals: AssuranceTotals;
  /** For a case, a row per agency; for an agency, a row per case. */
  readonly breakdown: readonly AssuranceTotalsRow[];
  /** One for a case; for an agency, every case it has actions in, in reference order. */
  readonly cases: readonly AssuranceCase[];
}
