/**
 * The people on a case: children, family members, practitioners. Everything here that could
 * identify someone (names, other names, dates of birth, addresses, contact details) is what a
 * publication copy must not contain; `publishAs` is the name each is published under, chosen
 * from the start.
 */
import { z } from 'zod';
import { dateField, optionalText, requiredText } from './fields.ts';

export const PERSON_ROLES = ['child', 'family-member', 'practitioner', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const PERSON_ROLE_LABELS: Readonly<Record<PersonRole, string>> = {
  child: 'Child',
  'family-member': 'Family member',
  practitioner: 'Practitioner',
  other: 'Other',
};

/** How the partnership names people in what it publishes (a partnership setting). */
export const PUBLICATION_NAMINGS = ['letter-codes', 'pseudonyms'] as const;
export type PublicationNaming = (typeof PUBLICATION_NAMINGS)[number];

export const personInput = z.object({
  /** Absent for a new person; the id of the person to change otherwise. */
  id: z.number().int().positive().nullable().default(null),
  role: z.enum(PERSON_ROLES, { error: 'Choose the person’s role in the case' }),
  givenNames: requiredText('their given names', 120),
  familyName: requiredText('their family name', 120),
  /** Nicknames, former surnames, spellings agencies used. */
  otherNames: z.array(requiredText('the other name', 200)).max(20, 'Enter at most 20 other names').default([]),
  datesOfBirth: z.array(dateField('the date of birth')).max(5, 'Enter at most 5 dates of birth').default([]),
  dateOfDeath: dateField('the date of death').nullable().default(null),
  addresses: z.array(requiredText('the address', 500)).max(20, 'Enter at most 20 addresses').default([]),
  contactDetails: z.array(requiredText('the contact detail', 200)).max(20, 'Enter at most 20 contact details').default([]),
  /** To the child, for family members ("Mother"); the job, for practitioners ("Health visitor"). */
  relationship: optionalText('the relationship or job title', 120),
  agency: optionalText('their agency', 200),
  /**
   * The name to publish under. Left empty, main fills it in from the partnership's naming:
   * the next free letter code for a child ("Child F"), the relationship for anyone else.
   */
  publishAs: optionalText('the name to publish under', 120),
  notes: optionalText('notes', 20_000),
});
export type PersonInput = z.input<typeof personInput>;

export const personView = personInput.extend({ id: z.number().int().positive(), publishAs: z.string() });
export type PersonView = z.infer<typeof personView>;

/** A person found across cases, open and closed (policy 9: links between reviews). */
export const personMatch = z.object({
  caseReference: z.string(),
  caseKind: z.string(),
  caseStage: z.string(),
  caseOpen: z.boolean(),
  referralDate: z.string(),
  personId: z.number().int(),
  role: z.enum(PERSON_ROLES),
  name: z.string(),
  otherNames: z.array(z.string()),
  datesOfBirth: z.array(z.string()),
  /** What matched: "name", "other name: …", "date of birth". */
  matchedOn: z.array(z.string()),
});
export type PersonMatch = z.infer<typeof personMatch>;
