/**
 * What each PDF the app makes is made from. main/evidence turns a case into these; the PDF
 * modules turn these into bytes and know nothing of the store.
 */
import type { ChronologyGap, CompositeEntry } from '../../../shared/evidence/composite.ts';
import type { Letterhead } from '../../../shared/evidence/letterhead.ts';

/** A label and its answer, for printing a record as a list of fields. */
export interface LabelledValue {
  readonly label: string;
  readonly value: string;
}

/** A person the agency must search its records for (OFFICIAL-SENSITIVE: the letter names them). */
export interface LetterSubject {
  /** "Child", "Mother", "Family member". */
  readonly role: string;
  readonly name: string;
  readonly otherNames: readonly string[];
  readonly datesOfBirth: readonly string[];
  readonly addresses: readonly string[];
}

export interface RequestLetterInput {
  readonly letterhead: Letterhead;
  readonly reference: string;
  /** The letter's date: the day the request was sent (YYYY-MM-DD). */
  readonly letterDate: string;
  readonly recipient: { readonly name: string; readonly role: string; readonly agency: string; readonly email: string };
  readonly dueOn: string;
  /** Working days the agency has (the agency-returns clock's amount). */
  readonly workingDays: number;
  readonly secureFiles: boolean;
  /** The rapid review meeting's date and time, if set ("2026-12-03", "10:00"). */
  readonly meeting: { readonly heldOn: string; readonly startsAt: string } | null;
  readonly subjects: readonly LetterSubject[];
}

export interface CompositePdfInput {
  readonly letterhead: Letterhead;
  readonly reference: string;
  readonly madeOn: string;
  readonly filterDescription: string;
  readonly entries: readonly CompositeEntry[];
  readonly gaps: readonly ChronologyGap[];
}

export interface MeetingPackInput {
  readonly letterhead: Letterhead;
  readonly reference: string;
  readonly madeOn: string;
  readonly meeting: { readonly heldOn: string; readonly startsAt: string } | null;
  /** The referral as labelled fields, in the form's order. */
  readonly referral: readonly LabelledValue[];
  /** Each agency's summary as labelled fields; agencies with no summary yet are listed as awaited. */
  readonly summaries: readonly { readonly agency: string; readonly fields: readonly LabelledValue[] }[];
  readonly awaitedSummaries: readonly string[];
  readonly composite: { readonly entries: readonly CompositeEntry[]; readonly gaps: readonly ChronologyGap[] };
}
