/**
 * The redaction register and the identifiers found in a document's text. The register (the
 * case's people and places, each with the name to publish under) is replaced everywhere without
 * asking; what the detectors find beyond it is shown to the reviewer, who accepts each as a
 * redaction or dismisses it, with a reason, at that place. Nothing leaves while any is undecided.
 */
import { z } from 'zod';

export const IDENTIFIER_KINDS = ['name', 'date-of-birth', 'postcode', 'address', 'phone', 'email', 'nhs-number', 'ni-number', 'contact', 'place'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const IDENTIFIER_LABELS: Readonly<Record<IdentifierKind, string>> = {
  name: 'Name',
  'date-of-birth': 'Date of birth',
  postcode: 'Postcode',
  address: 'Address',
  phone: 'Phone number',
  email: 'E-mail address',
  'nhs-number': 'NHS number',
  'ni-number': 'National Insurance number',
  contact: 'Contact detail',
  place: 'Place',
};

/** What an accepted candidate is replaced by: its kind in brackets. */
export const REPLACEMENTS: Readonly<Record<IdentifierKind, string>> = {
  name: '[name]',
  'date-of-birth': '[date of birth]',
  postcode: '[postcode]',
  address: '[address]',
  phone: '[phone number]',
  email: '[e-mail address]',
  'nhs-number': '[NHS number]',
  'ni-number': '[National Insurance number]',
  contact: '[contact details]',
  place: '[place]',
};

/** Which document a candidate was found in: each has its own text and its own decisions. */
export const REDACTED_DOCUMENTS = ['report', 'rapid-review', 'briefing'] as const;
export type RedactedDocument = (typeof REDACTED_DOCUMENTS)[number];

/**
 * Where in a document a value was found: "report/overview/3" (document, section, block number).
 * A dismissal holds at that place only, so the same value elsewhere is asked about again.
 */
export const placeKey = z.string().regex(/^(report|rapid-review|briefing)\/[a-z0-9-]+\/\d+$/, 'The place is not one the app made');

/** One register entry: a person or place, what identifies them, and the name to publish under. */
export const registerEntry = z.object({
  /** "person:12" or "place:3". */
  id: z.string(),
  source: z.enum(['person', 'place']),
  /** "Child", "Mother", "Health visitor", "School": what the entry is, for the reviewer. */
  label: z.string(),
  pseudonym: z.string(),
  values: z.array(z.object({ kind: z.enum(IDENTIFIER_KINDS), value: z.string() })),
});
export type RegisterEntry = z.infer<typeof registerEntry>;

/** A place on the case (a school, a street, a ward) and how the report names it. */
export const placeInput = z
  .object({
    id: z.number().int().positive().nullable().default(null),
    name: z.string().trim().min(2, 'Enter the place’s name').max(300, 'Enter a place name of at most 300 characters'),
    pseudonym: z.string().trim().min(2, 'Enter how the report names the place, for example “the school”').max(120, 'Enter a name of at most 120 characters'),
  })
  .strict();
export type PlaceInput = z.input<typeof placeInput>;
export const placeView = z.object({ id: z.number().int().positive(), name: z.string(), pseudonym: z.string() });
export type PlaceView = z.infer<typeof placeView>;

export const CANDIDATE_STATES = ['undecided', 'accepted', 'dismissed'] as const;
export type CandidateState = (typeof CANDIDATE_STATES)[number];

/** An identifier a detector found that the register does not cover. */
export const candidateView = z.object({
  document: z.enum(REDACTED_DOCUMENTS),
  kind: z.enum(IDENTIFIER_KINDS),
  value: z.string(),
  place: placeKey,
  /** The section's title and the words around the value, for the reviewer to judge. */
  where: z.string(),
  context: z.string(),
  state: z.enum(CANDIDATE_STATES),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string(),
});
export type CandidateView = z.infer<typeof candidateView>;

export const decisionInput = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept'), document: z.enum(REDACTED_DOCUMENTS), kind: z.enum(IDENTIFIER_KINDS), value: z.string().min(1).max(500), place: placeKey }).strict(),
  z
    .object({
      decision: z.literal('dismiss'),
      document: z.enum(REDACTED_DOCUMENTS),
      kind: z.enum(IDENTIFIER_KINDS),
      value: z.string().min(1).max(500),
      place: placeKey,
      reason: z.string().trim().min(3, 'Enter why this is not identifying, for example “the date of a national report”').max(1000, 'Enter a reason of at most 1,000 characters'),
    })
    .strict(),
]);
export type DecisionInput = z.input<typeof decisionInput>;

/** How many of each kind a redaction replaced: the register's pseudonyms and accepted candidates. */
export const redactionSummary = z.object({
  pseudonyms: z.number().int().nonnegative(),
  byKind: z.array(z.object({ kind: z.enum(IDENTIFIER_KINDS), count: z.number().int().positive() })),
  dismissed: z.number().int().nonnegative(),
});
export type RedactionSummary = z.infer<typeof redactionSummary>;
