/**
 * The record that a published report came off the partnership's website after its minimum time
 * there: the publication record's removal date, which also completes the case's "publication
 * kept" clock. Nothing is deleted — the report is kept and available on request, and its
 * 7-minute briefing stays on the website — so this is a change to the case, audited with it.
 */
import { AppError } from '../../shared/errors.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import { publicationRecord } from '../../shared/reviews/records.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import { clockContext, syncClocks } from '../reviews/clock-sync.ts';
import type { Session } from '../security/session.ts';
import { findSingleton, updateRecord } from '../store/repositories/case-records.ts';
import { requireCaseId } from '../store/repositories/cases.ts';
import { publicationClock } from './publications-due.ts';

export function recordTakenOffWebsite(session: Session, reference: string, takenOffOn: string, today: string): void {
  session.authorise('store.retention', 'record that a report was taken off the website');
  const store = session.store;
  const caseId = requireCaseId(store.db, reference);
  store.change((db, audit) => {
    const clock = publicationClock(db, caseId);
    const record = findSingleton(db, caseId, 'publication');
    if (clock === undefined || record === undefined) {
      throw new AppError('CONFLICT', `Case ${reference.trim()} has no published report on record, so there is nothing to take off the website.`);
    }
    if (clock.takenOffOn !== null) {
      throw new AppError('CONFLICT', `Case ${reference.trim()}’s report is already recorded as taken off the website on ${dateInWords(clock.takenOffOn)}.`);
    }
    if (takenOffOn > today) refuseProblems([{ path: 'takenOffOn', message: 'The date it was taken off the website cannot be in the future' }], '', 'the date');
    if (takenOffOn < clock.mayComeDownOn) {
      refuseProblems(
        [{ path: 'takenOffOn', message: `A published report stays on the website for the policy’s minimum time: enter ${dateInWords(clock.mayComeDownOn)} or later` }],
        '',
        'the date',
      );
    }
    const data = publicationRecord.parse({ ...record.data, removalDate: takenOffOn });
    updateRecord(db, record.id, { data, updatedBy: session.userId, updatedAt: new Date().toISOString() });
    syncClocks(db, caseId, clockContext(db));
    audit({ actorId: session.userId, action: 'retention.taken-off-website', recordType: 'case', recordId: caseId, details: { recordId: record.id, takenOffOn } });
  });
}
