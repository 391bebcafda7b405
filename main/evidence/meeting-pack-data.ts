/**
 * What the meeting pack is made from: the referral as labelled fields, every agency summary in
 * the form's order, the agencies whose summary is still awaited, and the whole composite
 * chronology, for the meeting the papers are for.
 */
import { SUMMARY_DATE_FIELDS, SUMMARY_FIELDS, SUMMARY_LABELS, type AgencySummaryForm } from '../../shared/evidence/agency-summary.ts';
import type { Letterhead } from '../../shared/evidence/letterhead.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { LabelledValue, MeetingPackInput } from '../exports/pdf/pdf-inputs.ts';
import { singleton } from '../reviews/case-state.ts';
import type { Db } from '../store/open-database.ts';
import { listSummaries } from '../store/repositories/agency-summaries.ts';
import { listRecords } from '../store/repositories/case-records.ts';
import { listRequests } from '../store/repositories/information-requests.ts';
import { caseComposite } from './case-composite.ts';
import { meetingFor } from './case-meeting.ts';
import { NOT_RECORDED, referralFields, textOrNotRecorded } from './referral-fields.ts';

export function summaryFields(form: AgencySummaryForm): LabelledValue[] {
  return SUMMARY_FIELDS.map((field) => {
    const value = form[field];
    if (SUMMARY_DATE_FIELDS.has(field)) return { label: SUMMARY_LABELS[field], value: value === null ? NOT_RECORDED : dateInWords(value) };
    return { label: SUMMARY_LABELS[field], value: textOrNotRecorded(value ?? '') };
  });
}

export function meetingPackInput(db: Db, caseId: number, reference: string, letterhead: Letterhead, madeOn: string): MeetingPackInput {
  const records = listRecords(db, caseId);
  const referral = singleton(records, 'referral');
  const summaries = listSummaries(db, caseId);
  const summarised = new Set(summaries.map((summary) => summary.organisationId));
  const composite = caseComposite(db, caseId);
  return {
    letterhead,
    reference,
    madeOn,
    meeting: meetingFor(records, madeOn),
    referral: referral === undefined ? [{ label: 'Referral', value: NOT_RECORDED }] : referralFields(referral.data),
    summaries: summaries.map((summary) => ({ agency: summary.agency, fields: summaryFields(summary.form) })),
    awaitedSummaries: listRequests(db, caseId)
      .filter((request) => !summarised.has(request.organisationId))
      .map((request) => request.agency),
    composite: { entries: composite.entries, gaps: composite.gaps },
  };
}
