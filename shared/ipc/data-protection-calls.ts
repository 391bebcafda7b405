/**
 * The calls for a data-protection request: everything the store holds about a named person,
 * across every case, open and closed. Both the search and the export read the whole store, so
 * each starts a long task (shared/ipc/jobs-calls.ts) whose result is the review below or the file.
 */
import { z } from 'zod';
import { PERSON_ROLES } from '../reviews/people.ts';
import { dateField } from '../reviews/fields.ts';
import { jobStarted } from './jobs-calls.ts';
import type { CallDefinition } from './contract.ts';

export function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

/** The places a person can be found, in the order the review and the export list them. */
export const DATA_PROTECTION_PLACES = [
  'people',
  'case-records',
  'documents',
  'requests',
  'summaries',
  'chronologies',
  'reports',
  'case-discussions',
  'redaction',
  'action-plans',
  'learning',
  'family-feedback',
  'secured-files',
  'exchange',
  'users',
  'audit',
  'settings',
] as const;
export type DataProtectionPlace = (typeof DATA_PROTECTION_PLACES)[number];

/** Each place's name, as the screen and the export's sheets give it (a sheet name is at most 31 characters). */
export const DATA_PROTECTION_PLACE_LABELS: Readonly<Record<DataProtectionPlace, string>> = {
  people: 'People records',
  'case-records': 'Referral and case records',
  documents: 'Case documents',
  requests: 'Information requests',
  summaries: 'Agency summaries',
  chronologies: 'Chronologies',
  reports: 'Reports and briefings',
  'case-discussions': 'Case discussions',
  redaction: 'Redaction registers',
  'action-plans': 'Action plans',
  learning: 'Learning records',
  'family-feedback': 'Family feedback',
  'secured-files': 'Secured files',
  exchange: 'Exchange records',
  users: 'User accounts',
  audit: 'Audit details',
  settings: 'Settings',
};

export const dataProtectionQuery = z
  .object({
    name: z.string({ error: 'Enter the person’s name' }).trim().min(2, 'Enter the person’s name, at least 2 letters').max(200, 'Enter a name of at most 200 characters'),
    /** Narrows the people records (and the cases they are in) to this date of birth. */
    dateOfBirth: dateField('the date of birth').nullable().default(null),
  })
  .strict();
export type DataProtectionQuery = z.output<typeof dataProtectionQuery>;
/** As the command line or a test gives it: the date of birth may be left out. */
export type DataProtectionQueryInput = z.input<typeof dataProtectionQuery>;

/** The workbook alone, or a zip of the workbook and every kept file that names them. */
export const DATA_PROTECTION_FORMATS = ['xlsx', 'zip'] as const;
export type DataProtectionFormat = (typeof DATA_PROTECTION_FORMATS)[number];

export const dataProtectionExport = dataProtectionQuery
  .extend({ format: z.enum(DATA_PROTECTION_FORMATS, { error: 'Choose the workbook, or the workbook with the files' }).default('xlsx') })
  .strict();
export type DataProtectionExport = z.output<typeof dataProtectionExport>;
export type DataProtectionExportInput = z.input<typeof dataProtectionExport>;

/** What the search found, for the data-protection officer to review before taking the export. */
export const dataProtectionReview = z.object({
  name: z.string(),
  dateOfBirth: z.string().nullable(),
  /** Every place a record, a field or a document names them; 0 when nothing does. */
  found: z.number().int().nonnegative(),
  places: z.array(z.object({ place: z.enum(DATA_PROTECTION_PLACES), label: z.string(), found: z.number().int().nonnegative() })),
  cases: z.array(
    z.object({
      reference: z.string(),
      kind: z.string(),
      stage: z.string(),
      open: z.boolean(),
      found: z.number().int().positive(),
      /** The places' labels, in the places' order. */
      places: z.array(z.string()),
    }),
  ),
  /** The people records that are theirs. */
  records: z.array(
    z.object({ caseReference: z.string(), role: z.enum(PERSON_ROLES), relationship: z.string(), name: z.string(), otherNames: z.array(z.string()), datesOfBirth: z.array(z.string()) }),
  ),
  /** People records with the name but another date of birth: someone else, left out with their cases. */
  leftOutByDateOfBirth: z.number().int().nonnegative(),
  /** Agencies' secured sets on the cases where they appear: sealed to the agency, so not searched here. */
  securedSets: z.array(z.object({ caseReference: z.string(), agency: z.string(), representative: z.string(), state: z.string(), files: z.number().int().nonnegative() })),
  /** Documents on those cases whose text could not be read (pictures, scans, unknown formats). */
  documentsNotRead: z.number().int().nonnegative(),
  /** Case documents and task files that name them: what the export's zip would carry. */
  filesFound: z.number().int().nonnegative(),
});
export type DataProtectionReview = z.infer<typeof dataProtectionReview>;

export const DATA_PROTECTION_CALLS = {
  'data-protection.search': call({
    input: dataProtectionQuery,
    output: jobStarted,
    access: 'data-protection.export',
    action: 'search the store for a data-protection request',
  }),
  'data-protection.export': call({
    input: dataProtectionExport,
    output: jobStarted,
    access: 'data-protection.export',
    action: 'export what the store holds about a person',
  }),
} as const satisfies Record<string, CallDefinition>;
