/**
 * The referral as labelled fields for the meeting pack: the same questions, order and words as
 * the case page's referral summary (both come from shared/reviews/referral-answers.ts), so the
 * pack reads like the screen the Business Unit already knows.
 */
import type { RecordData } from '../../shared/reviews/records.ts';
import { referralAnswers } from '../../shared/reviews/referral-answers.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { LabelledValue } from '../exports/pdf/pdf-inputs.ts';

export const NOT_RECORDED = 'Not recorded';

export const textOrNotRecorded = (text: string): string => (text.trim() === '' ? NOT_RECORDED : text);

export function referralFields(referral: RecordData<'referral'>): LabelledValue[] {
  return referralAnswers(referral, dateInWords).map(({ label, answer }) => ({ label, value: answer ?? NOT_RECORDED }));
}
