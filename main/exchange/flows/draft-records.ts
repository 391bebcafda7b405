/**
 * Each agency's factual-accuracy round on the draft report is one factual-accuracy record: sent
 * on, replied on, the agency's comments. A draft sent while the agency's round is open (no reply
 * yet) belongs to that round; a draft sent after a reply starts a new round, so the earlier
 * reply stays as it was.
 */
import { factualAccuracyRecord, type RecordData } from '../../../shared/reviews/records.ts';
import { clockContext, syncClocks } from '../../reviews/clock-sync.ts';
import { recordsOf, type TypedRecord } from '../../reviews/case-state.ts';
import type { Session } from '../../security/session.ts';
import type { Audit } from '../../store/open-store.ts';
import type { Db } from '../../store/open-database.ts';
import { findRecord, insertRecord, listRecords, updateRecord } from '../../store/repositories/case-records.ts';
import { listOrganisations } from '../../store/repositories/organisations.ts';
import { sameOrganisation } from './request-files.ts';

export interface DraftRound {
  readonly recordId: number;
  /** The agency as this partnership spells it. */
  readonly agency: string;
  /** Runs with the log of the bundle sent: the round's sent date is the day the draft went. */
  markSent(db: Db, audit: Audit, bundleId: string): void;
}

/** The agency's open round on the case, if it has one. */
export function openRound(db: Db, caseId: number, agency: string): TypedRecord<'factual-accuracy'> | undefined {
  return recordsOf(listRecords(db, caseId), 'factual-accuracy')
    .filter((record) => sameOrganisation(record.data.agency, agency) && record.data.returnedOn === null)
    .at(-1);
}

/**
 * The round a draft sent today belongs to. A new round's record is made now, in its own audited
 * change, because the draft's payload must name it; if the bundle then fails, the round stays
 * open and the next draft sent to the agency uses it.
 */
export function draftRoundFor(session: Session, caseId: number, agency: string, today: string): DraftRound {
  const userId = session.userId;
  const recordId =
    openRound(session.store.db, caseId, agency)?.id ??
    session.store.change((db, audit) => {
      const named = listOrganisations(db).find((organisation) => sameOrganisation(organisation.name, agency))?.name ?? agency;
      const data: RecordData<'factual-accuracy'> = factualAccuracyRecord.parse({ agency: named, sentOn: today, returnedOn: null, comments: '' });
      const id = insertRecord(db, { caseId, type: 'factual-accuracy', data, enteredBy: userId, enteredAt: new Date().toISOString() });
      audit({ actorId: userId, action: 'case.record-saved', recordType: 'case', recordId: caseId, details: { type: 'factual-accuracy', recordId: id, via: 'draft' } });
      return id;
    });
  const record = findRecord(session.store.db, recordId)!;
  return {
    recordId,
    agency: String(record.data.agency),
    markSent(db, audit, bundleId) {
      const current = findRecord(db, recordId);
      if (current === undefined || current.data.sentOn === today) return;
      updateRecord(db, recordId, { data: { ...current.data, sentOn: today }, updatedBy: userId, updatedAt: new Date().toISOString() });
      syncClocks(db, caseId, clockContext(db));
      audit({ actorId: userId, action: 'case.record-saved', recordType: 'case', recordId: caseId, details: { type: 'factual-accuracy', recordId, via: 'bundle', bundleId } });
    },
  };
}
