/**
 * The calls of a case's report: writing it in versions, importing a Word draft, the assurance
 * checklist, the case discussion, the redaction register and its decisions, the 7-minute
 * briefing, and the exports (each redacted, re-read and checked before it is handed back).
 *
 * Access is `signed-in` here because the case is not known until its reference is looked up:
 * main/reports/report-access.ts checks cases.read to read and reports.write to change or export.
 */
import { z } from 'zod';
import { assuranceInput } from '../reports/assurance.ts';
import { caseDiscussion, findingPath } from '../reports/discussion.ts';
import { distributionUpdate, recipientInput } from '../reports/distribution.ts';
import { exportPreview, exportResult } from '../reports/export-result.ts';
import { decisionInput, placeInput } from '../reports/redaction.ts';
import { briefingContent, EXPORT_FORMATS, EXPORT_KINDS, REPORT_SECTIONS, reportContent, versionReason } from '../reports/report-document.ts';
import { reportsView } from '../reports/reports-view.ts';
import { bundleMade } from '../exchange/exchange-view.ts';
import type { CallDefinition } from './contract.ts';

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

const reference = z.string().trim().min(1, 'Enter the case reference').max(40, 'Enter a case reference of at most 40 characters');
const id = z.number().int().positive();
const reason = versionReason;

/** A Word draft is at most 50 MB; base64 makes it a third larger. */
const MAX_DOCX_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;

/** Which export, and for a draft, whom it is for. */
export const exportChoice = z
  .object({
    reference,
    kind: z.enum(EXPORT_KINDS, { error: 'Choose what to export' }),
    /** The draft's recipient, named on every page; required for a draft, refused for anything else. */
    recipient: recipientInput.nullable().default(null),
  })
  .strict()
  .superRefine((choice, context) => {
    if (choice.kind === 'draft' && choice.recipient === null) context.addIssue({ code: 'custom', message: 'Enter whom the draft is for', path: ['recipient'] });
    if (choice.kind !== 'draft' && choice.recipient !== null) context.addIssue({ code: 'custom', message: 'Only a draft is made for a named recipient', path: ['recipient'] });
  });
export type ExportChoice = z.input<typeof exportChoice>;

export const REPORT_CALLS = {
  'reports.get': call({ input: z.object({ reference }).strict(), output: reportsView, access: 'signed-in', action: 'see this case’s report' }),
  'reports.save': call({ input: z.object({ reference, content: reportContent, reason }).strict(), output: reportsView, access: 'signed-in', action: 'write this case’s report' }),
  'reports.importDocx': call({
    input: z
      .object({
        reference,
        fileName: z.string().trim().min(1, 'Choose a file').max(255, 'The file name must be at most 255 characters'),
        contentBase64: z.string().min(1, 'Choose a file that is not empty').max(MAX_DOCX_BASE64, 'The file is larger than 50 MB'),
        reason,
      })
      .strict(),
    output: z.object({ view: reportsView, warnings: z.array(z.string()) }),
    access: 'signed-in',
    action: 'import a draft into this case’s report',
  }),
  'reports.saveAssurance': call({ input: z.object({ reference, assurance: assuranceInput }).strict(), output: reportsView, access: 'signed-in', action: 'complete the assurance checklist' }),
  'reports.saveDiscussion': call({ input: z.object({ reference, discussion: caseDiscussion }).strict(), output: reportsView, access: 'signed-in', action: 'record the case discussion' }),
  'reports.pullFinding': call({
    input: z.object({ reference, finding: findingPath, section: z.enum(REPORT_SECTIONS, { error: 'Choose the report section' }) }).strict(),
    output: reportsView,
    access: 'signed-in',
    action: 'write this case’s report',
  }),
  'reports.savePlace': call({ input: z.object({ reference, place: placeInput }).strict(), output: reportsView, access: 'signed-in', action: 'change this case’s redaction register' }),
  'reports.removePlace': call({ input: z.object({ reference, id }).strict(), output: reportsView, access: 'signed-in', action: 'change this case’s redaction register' }),
  'reports.decide': call({ input: z.object({ reference, decision: decisionInput }).strict(), output: reportsView, access: 'signed-in', action: 'decide this case’s redactions' }),
  'reports.saveBriefing': call({
    input: z.object({ reference, briefing: briefingContent, covers: z.array(reference).max(50, 'A briefing may cover at most 50 other reviews').default([]) }).strict(),
    output: reportsView,
    access: 'signed-in',
    action: 'write this case’s 7-minute briefing',
  }),
  'reports.preview': call({ input: exportChoice, output: exportPreview, access: 'signed-in', action: 'preview this case’s exports' }),
  'reports.export': call({
    input: z.object({ choice: exportChoice, format: z.enum(EXPORT_FORMATS, { error: 'Choose PDF or Word' }) }).strict(),
    output: exportResult,
    access: 'signed-in',
    action: 'export this case’s report',
  }),
  'reports.sendDraft': call({
    input: z
      .object({
        reference,
        to: z.number({ error: 'Choose whom to send it to' }).int().positive('Choose whom to send it to'),
        recipient: recipientInput,
        replyBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a real date, for example 2026-12-03').nullable().default(null),
      })
      .strict(),
    output: bundleMade,
    access: 'signed-in',
    action: 'send the redacted draft',
  }),
  'reports.updateDistribution': call({ input: z.object({ reference, id, update: distributionUpdate }).strict(), output: reportsView, access: 'signed-in', action: 'update the distribution register' }),
};
