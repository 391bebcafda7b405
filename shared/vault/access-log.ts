/**
 * The secured files' access log: the audit chain's events about secured sets, read back for the
 * Practice Review Subgroup. The events carry identifiers only (set, file, person); the file
 * names and purposes are in each event's erasable details.
 */
import { z } from 'zod';

/** Every action the log shows, with the words a person reads. */
export const ACCESS_LOG_ACTIONS = {
  'secured.set-up': 'Set up',
  'secured.recovery-key-made': 'Agency recovery key made',
  'secured.placed': 'File placed',
  'secured.opened': 'Opened',
  'secured.copied': 'Working copy saved',
  'secured.release-started': 'Release started',
  'secured.released': 'Released (exported)',
  'secured.destroyed': 'Destroyed',
  'secured.refused': 'Refused',
  'secured.representative-changed': 'Representative changed',
  'secured.recovered': 'Recovery with the agency’s code',
  'secured.integrity-checked': 'Integrity checked',
} as const;
export type AccessLogAction = keyof typeof ACCESS_LOG_ACTIONS;
export const ACCESS_LOG_ACTION_NAMES = Object.keys(ACCESS_LOG_ACTIONS) as [AccessLogAction, ...AccessLogAction[]];

/**
 * How the events are addressed in the chain: `secured-set` with the set's id, or
 * `secured-file` with "setId:fileId", so the log finds a set's events by its id alone.
 */
export const SECURED_SET_RECORD = 'secured-set';
export const SECURED_FILE_RECORD = 'secured-file';
export const securedFileRecordId = (setId: number, fileId: number): string => `${setId}:${fileId}`;

export const accessLogFilter = z
  .object({
    reference: z.string().trim().max(40).optional(),
    agency: z.string().trim().max(200).optional(),
    person: z.string().trim().max(100).optional(),
    action: z.enum(ACCESS_LOG_ACTION_NAMES).optional(),
  })
  .strict();
export type AccessLogFilter = z.infer<typeof accessLogFilter>;

export const accessLogEntry = z.object({
  /** The event's number in the audit chain. */
  seq: z.number().int().positive(),
  at: z.string(),
  action: z.enum(ACCESS_LOG_ACTION_NAMES),
  person: z.string(),
  reference: z.string(),
  agency: z.string(),
  /** The file's path in the set, where the event is about one file and its details are kept. */
  file: z.string().nullable(),
  purpose: z.string().nullable(),
  /** Anything else the event records, in words: a refusal's reason, an integrity result. */
  detail: z.string(),
  /** True once retention has erased the event's details; the event itself stays. */
  detailsErased: z.boolean(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntry>;

export const ACCESS_LOG_PAGE_SIZE = 50;

export const accessLogView = z.object({
  entries: z.array(accessLogEntry),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  /** The choices for the filter: only what the person may see. */
  options: z.object({ references: z.array(z.string()), agencies: z.array(z.string()), people: z.array(z.string()) }),
});
export type AccessLogView = z.infer<typeof accessLogView>;
