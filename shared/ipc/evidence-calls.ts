/**
 * The calls of a case's agency evidence: information requests and their letters, agency
 * summaries and their quality ratings, chronology returns (previewed, then accepted whole), the
 * composite chronology and the meeting pack; and the partnership's letterhead. Part of the one
 * contract (contract.ts spreads these in).
 *
 * Calls about one case have access `signed-in` here: the case-scoped permission (cases.read,
 * cases.edit for that case) is checked by the service in main, which knows the case.
 */
import { z } from 'zod';
import { agencySummaryForm, qualityRatingInput } from '../evidence/agency-summary.ts';
import { compositeFilter, duplicateResolution } from '../evidence/composite.ts';
import { chronologyPreview, evidenceView } from '../evidence/evidence-view.ts';
import { fileOutput, letterheadInput, letterheadView } from '../evidence/letterhead.ts';
import { chaseInput, escalationInput, requestInput } from '../evidence/requests.ts';
import { dateField } from '../reviews/fields.ts';
import type { CallDefinition } from './contract.ts';

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

const reference = z.string().trim().min(1, 'Enter the case reference').max(40, 'Enter a case reference of at most 40 characters');
const id = z.number().int().positive();
const agency = z.string().trim().min(1, 'Choose the agency').max(200, 'Enter an agency name of at most 200 characters');

/** A returned spreadsheet is at most 50 MB (CHRONOLOGY_LIMITS); base64 makes it a third larger. */
const MAX_RETURN_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;
const returnedFile = {
  fileName: z.string().trim().min(1, 'Choose a file').max(255, 'The file name must be at most 255 characters'),
  contentBase64: z.string().min(1, 'Choose a file that is not empty').max(MAX_RETURN_BASE64, 'The file is larger than 50 MB'),
};

export const EVIDENCE_CALLS = {
  'evidence.get': call({ input: z.object({ reference }).strict(), output: evidenceView, access: 'signed-in', action: 'see this case’s agency evidence' }),
  'requests.save': call({
    input: z.object({ reference, id: id.nullable().default(null), request: requestInput }).strict(),
    output: evidenceView,
    access: 'signed-in',
    action: 'record requests for information',
  }),
  'requests.remove': call({ input: z.object({ reference, id }).strict(), output: evidenceView, access: 'signed-in', action: 'remove requests for information' }),
  'requests.received': call({
    input: z.object({ reference, id, receivedOn: dateField('the date the return was received').nullable() }).strict(),
    output: evidenceView,
    access: 'signed-in',
    action: 'record returns from agencies',
  }),
  'requests.chase': call({ input: z.object({ reference, id, chase: chaseInput }).strict(), output: evidenceView, access: 'signed-in', action: 'record chases' }),
  'requests.escalate': call({
    input: z.object({ reference, id, escalationId: id.nullable().default(null), escalation: escalationInput }).strict(),
    output: evidenceView,
    access: 'signed-in',
    action: 'record escalations',
  }),
  /** The request letter as a PDF, on the partnership's letterhead, marked OFFICIAL-SENSITIVE. */
  'requests.letter': call({ input: z.object({ reference, id }).strict(), output: fileOutput, access: 'signed-in', action: 'make request letters' }),
  /** The workbook an agency fills in: instructions, the Agency Summary Form and the SPE chronology template. */
  'requests.template': call({ input: z.object({ reference, agency }).strict(), output: fileOutput, access: 'signed-in', action: 'make chronology templates' }),
  'summaries.save': call({ input: z.object({ reference, agency, summary: agencySummaryForm }).strict(), output: evidenceView, access: 'signed-in', action: 'record agency summaries' }),
  /** Reads the "Agency summary" sheet of an agency's returned workbook into its summary. */
  'summaries.import': call({ input: z.object({ reference, agency, ...returnedFile }).strict(), output: evidenceView, access: 'signed-in', action: 'import agency summaries' }),
  'summaries.rate': call({ input: z.object({ reference, agency, rating: qualityRatingInput }).strict(), output: evidenceView, access: 'signed-in', action: 'rate agency summaries' }),
  'chronology.preview': call({ input: z.object({ reference, agency, ...returnedFile }).strict(), output: chronologyPreview, access: 'signed-in', action: 'import chronologies' }),
  'chronology.accept': call({
    input: z
      .object({
        reference,
        agency,
        ...returnedFile,
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'Preview the file before accepting it'),
        /** The person has seen the rows that could not be read and accepts the rest, with those listed. */
        acceptProblems: z.boolean().default(false),
      })
      .strict(),
    output: evidenceView,
    access: 'signed-in',
    action: 'import chronologies',
  }),
  'chronology.removeReturn': call({ input: z.object({ reference, id }).strict(), output: evidenceView, access: 'signed-in', action: 'remove chronology returns' }),
  'composite.resolve': call({ input: z.object({ reference, resolution: duplicateResolution }).strict(), output: evidenceView, access: 'signed-in', action: 'merge or keep duplicate chronology rows' }),
  'composite.undoResolution': call({
    input: z.object({ reference, rowIds: z.array(id).min(2) }).strict(),
    output: evidenceView,
    access: 'signed-in',
    action: 'merge or keep duplicate chronology rows',
  }),
  'composite.export': call({
    input: z.object({ reference, format: z.enum(['xlsx', 'pdf'], { error: 'Choose a format' }), filter: compositeFilter.default({ agencies: [], tests: [], principles: [] }) }).strict(),
    output: fileOutput,
    access: 'signed-in',
    action: 'export the composite chronology',
  }),
  /** The referral, agency summaries and composite chronology as one PDF with a contents page. */
  'meetingPack.export': call({ input: z.object({ reference }).strict(), output: fileOutput, access: 'signed-in', action: 'make the meeting pack' }),
  'letterhead.get': call({ input: z.object({}).strict(), output: letterheadView, access: 'signed-in', action: 'see the letterhead' }),
  'letterhead.save': call({ input: z.object({ letterhead: letterheadInput }).strict(), output: letterheadView, access: 'settings.manage', action: 'change the letterhead' }),
} as const satisfies Record<string, CallDefinition>;
