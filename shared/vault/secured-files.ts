/**
 * An agency's secured set of records for a case (policy 16; DOMAIN.md "Secured files"), as the
 * screens see it: who its nominated representative is, its files with what was taken at
 * intake, and what the person looking may do with it. The bytes never appear here: they move
 * beside the contract, under a one-time ticket (transfer.ts).
 */
import { z } from 'zod';

/** Plaintext bytes in each sealed chunk of a secured file. */
export const SECURED_CHUNK_BYTES = 1024 * 1024;
/** At most this many files in one intake (a folder and its sub-folders). */
export const MAX_INTAKE_FILES = 5_000;
/** A secured file of up to 64 GiB: far beyond any agency's record, and within a chunk counter. */
export const MAX_SECURED_FILE_BYTES = 64 * 1024 ** 3;

const purposeText = z
  .string()
  .trim()
  .min(10, 'Enter the purpose of this access in at least 10 characters, for example "Preparing the agency’s chronology"')
  .max(500, 'Enter a purpose of at most 500 characters');
export const purpose = purposeText;

/**
 * A file's place in the set, as chosen at intake: a name, or a folder path below the folder
 * chosen, with "/" between its parts. Never absolute, never with "..": it is shown, and used
 * to rebuild the folder at release.
 */
export const relativePath = z
  .string()
  .trim()
  .min(1, 'Each file needs a name')
  .max(1000, 'A file’s path must be at most 1,000 characters')
  .refine((value) => !value.startsWith('/') && !/^[A-Za-z]:/.test(value) && !value.includes('\\'), 'A file’s path must be relative to the folder chosen, with "/" between folders')
  .refine((value) => value.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), 'A file’s path must not contain empty, "." or ".." parts')
  .refine((value) => !/[\u0000-\u001f]/.test(value), 'A file’s path must not contain control characters');

export const securedFileView = z.object({
  id: z.number().int().positive(),
  path: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
  mediaType: z.string(),
  placedBy: z.string(),
  placedAt: z.string(),
  /** Placed by the Business Unit for the agency, rather than by the agency's representative. */
  actingForAgency: z.boolean(),
  note: z.string(),
});
export type SecuredFileView = z.infer<typeof securedFileView>;

export const integrityResult = z.object({
  checkedAt: z.string(),
  checkedBy: z.string(),
  files: z.number().int().nonnegative(),
  /** The files whose bytes no longer match their intake hash, or no longer open. */
  damaged: z.array(z.object({ id: z.number().int().positive(), path: z.string() })),
});
export type IntegrityResult = z.infer<typeof integrityResult>;

export const SET_STATES = ['active', 'released', 'destroyed'] as const;
export type SetState = (typeof SET_STATES)[number];

export const securedSetView = z.object({
  agency: z.string(),
  representative: z.string(),
  state: z.enum(SET_STATES),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  files: z.array(securedFileView),
  totalBytes: z.number().int().nonnegative(),
  lastIntegrityCheck: integrityResult.nullable(),
  /** What the person looking may do here; main checks again on every call. */
  youAreRepresentative: z.boolean(),
  canAdd: z.boolean(),
  canOpen: z.boolean(),
  canManage: z.boolean(),
});
export type SecuredSetView = z.infer<typeof securedSetView>;

export const vaultView = z.object({
  reference: z.string(),
  sets: z.array(securedSetView),
  /** Agencies on this install without a set for the case, for "set up"; empty unless canSetUp. */
  agenciesWithoutSet: z.array(z.string()),
  canSetUp: z.boolean(),
  /** The administrator's setting (IT's machine policy later takes it over). */
  openInDefaultAppAllowed: z.boolean(),
});
export type VaultView = z.infer<typeof vaultView>;

export const setUpResult = z.object({
  /** The agency's recovery code, present only when this set-up made the agency's recovery key: shown once. */
  recoveryCode: z.string().nullable(),
  view: vaultView,
});

export const intakeFile = z.object({ path: relativePath, size: z.number().int().nonnegative().max(MAX_SECURED_FILE_BYTES, 'A file is larger than 64 GB') });
export type IntakeFile = z.infer<typeof intakeFile>;

export const intakeInput = z
  .object({
    reference: z.string().trim().min(1).max(40),
    agency: z.string().trim().min(1, 'Choose the agency').max(200),
    note: z.string().trim().max(2000, 'Enter a note of at most 2,000 characters').default(''),
    files: z.array(intakeFile).min(1, 'Choose at least one file').max(MAX_INTAKE_FILES, `Choose at most ${MAX_INTAKE_FILES.toLocaleString('en-GB')} files at once`),
    /** In the desktop app: the files main's own dialog picked (transfer.ts); absent in the preview. */
    pickId: z.string().max(100).optional(),
  })
  .strict()
  .refine((input) => new Set(input.files.map((file) => file.path)).size === input.files.length, { message: 'The same file is chosen twice', path: ['files'] });

export const ticketGrant = z.object({ ticket: z.string(), path: z.string(), size: z.number().int().nonnegative() });
export type TicketGrant = z.infer<typeof ticketGrant>;

export const openResult = z.discriminatedUnion('mode', [
  /** Written to the private folder and handed to the system's default app. */
  z.object({ mode: z.literal('open'), name: z.string() }),
  /** A working copy to be saved where the person chooses, by redeeming the ticket. */
  z.object({
    mode: z.literal('copy'),
    ticket: z.string(),
    name: z.string(),
    /** The bytes to expect, for progress; null where a watermark changes the length (a PDF). */
    size: z.number().int().nonnegative().nullable(),
    watermarked: z.boolean(),
  }),
]);
export type OpenResult = z.infer<typeof openResult>;
