/**
 * The composite chronology (DOMAIN.md): every agency's rows in date order, each attributed; likely
 * duplicates (the same date, overlapping text, two agencies) flagged for the Business Unit to merge
 * or keep; long gaps with no entry shown. Built by main from the accepted returns and the
 * Business Unit's decisions on each flagged group.
 */
import { z } from 'zod';
import { chronologyRow, PRINCIPLES, SIGNIFICANCE_TESTS } from './chronology.ts';

/** A gap of more than this many days between consecutive entries is shown as a gap. */
export const GAP_DAYS = 28;

/** A row as stored: what the reader read, with the agency whose return it came from. */
export const storedChronologyRow = chronologyRow.omit({ agency: true }).extend({
  id: z.number().int(),
  /** The agency whose return this row came from (the row's own agency column is kept as `statedAgency`). */
  agency: z.string(),
  statedAgency: z.string().nullable(),
});
export type StoredChronologyRow = z.infer<typeof storedChronologyRow>;

export const DUPLICATE_DECISIONS = ['merge', 'keep-all'] as const;
export type DuplicateDecision = (typeof DUPLICATE_DECISIONS)[number];

/** The Business Unit's decision on one flagged group, keyed by the ids of the rows in it. */
export const duplicateResolution = z.object({
  rowIds: z.array(z.number().int().positive()).min(2),
  decision: z.enum(DUPLICATE_DECISIONS, { error: 'Choose whether to merge the rows or keep them all' }),
  /** For a merge: the row whose text stands for the event; the others are attributed to it. */
  keepRowId: z.number().int().positive().nullable(),
});
export type DuplicateResolution = z.infer<typeof duplicateResolution>;

export const compositeEntry = storedChronologyRow.extend({
  /** Every agency that recorded this event: more than one once a duplicate group is merged into it. */
  agencies: z.array(z.string()),
  /** The flagged group this row is in, if any. */
  duplicateGroup: z.number().int().nullable(),
  /** 'flagged' until decided; 'kept' after keep-all; 'merged' for the row that stands for a merged group. */
  duplicateState: z.enum(['flagged', 'kept', 'merged']).nullable(),
  /** Rows merged into this one (hidden from the composite, kept for the record). */
  mergedRowIds: z.array(z.number().int()),
});
export type CompositeEntry = z.infer<typeof compositeEntry>;

export const duplicateGroup = z.object({
  id: z.number().int(),
  rowIds: z.array(z.number().int()),
  date: z.string(),
  agencies: z.array(z.string()),
  decision: z.enum(DUPLICATE_DECISIONS).nullable(),
  keepRowId: z.number().int().nullable(),
});
export type DuplicateGroupView = z.infer<typeof duplicateGroup>;

export const chronologyGap = z.object({
  /** The last date before the gap and the first after it. */
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
});
export type ChronologyGap = z.infer<typeof chronologyGap>;

export const compositeView = z.object({
  /** In date order (then time, then agency); rows merged into another are left out. */
  entries: z.array(compositeEntry),
  groups: z.array(duplicateGroup),
  gaps: z.array(chronologyGap),
});
export type CompositeView = z.infer<typeof compositeView>;

/** What the composite's screen and exports can be narrowed to. Empty lists mean "all". */
export const compositeFilter = z.object({
  agencies: z.array(z.string()).default([]),
  /** Rows that meet at least one of these significance tests. */
  tests: z.array(z.enum(SIGNIFICANCE_TESTS)).default([]),
  /** Rows with something written under at least one of these principles. */
  principles: z.array(z.enum(PRINCIPLES)).default([]),
});
export type CompositeFilter = z.infer<typeof compositeFilter>;
