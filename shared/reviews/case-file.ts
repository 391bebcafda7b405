/**
 * A whole case as a JSON file, for moving existing cases in from spreadsheets and records and
 * out again (import-case, export-case). Versioned: a reader refuses a version it does not know.
 * The reference page docs/case-file-format.md is generated from this schema.
 *
 * Ids inside a file are the file's own: they link an endorsement to its meeting and a papers
 * clock to its meeting ("meeting:<id>"); the store gives its own ids on import, and an export
 * numbers records and people 1, 2, 3 … in the order they were made.
 */
import { z } from 'zod';
import { CASE_KINDS, CASE_STAGES } from '../case-kinds.ts';
import { CLOCKS } from './clocks.ts';
import { dateField } from './fields.ts';
import { personInput } from './people.ts';
import { RECORD_SCHEMAS, RECORD_TYPES, type RecordType } from './records.ts';

export const CASE_FILE_FORMAT = 'practice-review-manager.case';
export const CASE_FILE_VERSION = 1;

const timestamp = z.iso.datetime({ offset: true, error: 'Enter a date and time in ISO 8601, for example 2026-03-27T14:05:00.000Z' });
const userName = z.string().trim().min(1).max(200).nullable().describe('The name of the user who made the entry, as known where the file was written; null if unknown.');

const fileRecord = z
  .object({
    id: z.number().int().positive().describe('The record’s id within this file.'),
    type: z.enum(RECORD_TYPES as [RecordType, ...RecordType[]]).describe('Which kind of record: the schema of `data` depends on it.'),
    data: z.record(z.string(), z.unknown()).describe('The record itself, as the form of its type records it (see the record types below).'),
    enteredBy: userName,
    enteredAt: timestamp.describe('When it was first entered.'),
    updatedBy: userName,
    updatedAt: timestamp.nullable().describe('When it was last changed, if ever.'),
  })
  .strict()
  .superRefine((record, context) => {
    const parsed = RECORD_SCHEMAS[record.type].safeParse(record.data);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: ['data', ...issue.path] });
  });

const filePerson = personInput
  .extend({
    id: z.number().int().positive().describe('The person’s id within this file.'),
    publishAs: z.string().trim().min(1, 'Enter the name to publish under').max(120).describe('The name the person is published under ("Child A", "Mother").'),
  })
  .strict();

export const caseFileSchema = z
  .object({
    format: z.literal(CASE_FILE_FORMAT, { error: `This is not a Practice Review Manager case file: its "format" must be "${CASE_FILE_FORMAT}"` }),
    version: z.literal(CASE_FILE_VERSION, { error: `This app reads case files of version ${CASE_FILE_VERSION}` }),
    exportedAt: timestamp.nullable().default(null).describe('When the file was written by export-case; null for a file made by hand.'),
    case: z
      .object({
        reference: z
          .string()
          .trim()
          .min(1, 'Enter the case reference')
          .max(40, 'The case reference must be at most 40 characters')
          .describe('The case’s reference. Kept on import if no case in the store has it; otherwise a new one in the partnership’s format is given.'),
        kind: z.enum(CASE_KINDS).describe('The kind of review the case is now (a rapid review that became an LCSPR is `lcspr`).'),
        stage: z.enum(CASE_STAGES).describe('The stage it is at.'),
        incidentDate: dateField('the incident date').nullable(),
        referralDate: dateField('the referral date'),
        stageEnteredOn: dateField('the date it entered its stage'),
        closedOn: dateField('the date it closed').nullable(),
        agencies: z.array(z.string().trim().min(1)).max(40).describe('The agencies involved, by name as the store knows them.'),
      })
      .strict(),
    stageHistory: z
      .array(
        z
          .object({
            kind: z.enum(CASE_KINDS),
            stage: z.enum(CASE_STAGES),
            enteredOn: dateField('the date the stage was entered'),
            enteredAt: timestamp,
            enteredBy: userName,
          })
          .strict(),
      )
      .min(1, 'A case file needs at least one stage in its history')
      .describe('Every stage the case has been in, oldest first; the last is its current stage.'),
    records: z.array(fileRecord).describe('The referral, decisions, meetings and the rest.'),
    people: z.array(filePerson).describe('Children, family members, practitioners, with every identifying detail.'),
    clocks: z
      .array(
        z
          .object({
            clock: z.enum(CLOCKS),
            subject: z.string().max(200).describe('What it is about when a case has several: "meeting:<record id>", an agency, or "".'),
            startsOn: z.string().min(10).max(16).describe('The starting event: YYYY-MM-DD, or YYYY-MM-DDTHH:MM for the papers clock.'),
            dueOn: z.string().min(10).max(16).describe('The due date fixed when the clock started.'),
            amount: z.number().int().positive().describe('The policy’s amount when it started (days, hours or months as the clock counts).'),
            completedOn: z.string().min(10).max(16).nullable(),
          })
          .strict(),
      )
      .describe('The statutory clocks with the due dates they were given, met or not.'),
  })
  .strict()
  .superRefine((file, context) => {
    const last = file.stageHistory.at(-1);
    if (last !== undefined && (last.stage !== file.case.stage || last.kind !== file.case.kind)) {
      context.addIssue({ code: 'custom', path: ['stageHistory', file.stageHistory.length - 1], message: `The last stage in the history (${last.kind} ${last.stage}) must be the case's own kind and stage (${file.case.kind} ${file.case.stage})` });
    }
    const ids = new Set<number>();
    file.records.forEach((record, index) => {
      if (ids.has(record.id)) context.addIssue({ code: 'custom', path: ['records', index, 'id'], message: `Two records have the id ${record.id}` });
      ids.add(record.id);
    });
    const referrals = file.records.filter((record) => record.type === 'referral').length;
    if (referrals !== 1) context.addIssue({ code: 'custom', path: ['records'], message: `A case file needs exactly one referral record; this one has ${referrals}` });
    const meetings = new Set(file.records.filter((record) => record.type === 'meeting').map((record) => record.id));
    file.records.forEach((record, index) => {
      if (record.type !== 'endorsement') return;
      const meetingId = (record.data as { meetingId?: unknown }).meetingId;
      if (typeof meetingId === 'number' && !meetings.has(meetingId)) context.addIssue({ code: 'custom', path: ['records', index, 'data', 'meetingId'], message: `There is no meeting record with the id ${meetingId} in this file` });
    });
    const personIds = new Set<number>();
    file.people.forEach((person, index) => {
      if (personIds.has(person.id)) context.addIssue({ code: 'custom', path: ['people', index, 'id'], message: `Two people have the id ${person.id}` });
      personIds.add(person.id);
    });
  });

export type CaseFile = z.output<typeof caseFileSchema>;
export type CaseFileInput = z.input<typeof caseFileSchema>;
