/**
 * The places on a case's redaction register (a school, a street, a ward), each with the name
 * the report gives it. The place's own name stays out of the audit: it can locate a family.
 */
import type { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { placeInput } from '../../shared/reports/redaction.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import { refuseProblems } from '../reviews/input-problems.ts';
import type { Session } from '../security/session.ts';
import { deletePlace, insertPlace, updatePlace } from '../store/repositories/redaction-places.ts';
import { reportToWrite } from './report-access.ts';
import { buildReportsView } from './reports-view.ts';

const folded = (text: string): string => text.normalize('NFKC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();

function noSuchPlace(id: number, reference: string): AppError {
  return new AppError('NOT_FOUND', `There is no place ${id} on the redaction register of case ${reference}. Refresh the page and try again.`);
}

export async function savePlace(session: Session, reference: string, place: z.output<typeof placeInput>): Promise<ReportsView> {
  const inHand = reportToWrite(session, reference, 'change this case’s redaction register');
  const checked = parsedOrRefused(placeInput, place, 'place.', 'the place');
  if (folded(checked.pseudonym) === folded(checked.name)) refuseProblems([{ path: 'pseudonym', message: 'The name the report gives the place must not be the place’s own name' }], 'place.', 'the place');
  session.store.change((db, audit) => {
    const fields = { name: checked.name, pseudonym: checked.pseudonym };
    let placeId = checked.id;
    if (placeId === null) placeId = insertPlace(db, inHand.caseId, { ...fields, addedBy: session.userId, addedAt: new Date().toISOString() });
    else if (!updatePlace(db, inHand.caseId, placeId, fields)) throw noSuchPlace(placeId, inHand.reference);
    audit({ actorId: session.userId, action: 'redaction.place-saved', recordType: 'case', recordId: inHand.caseId, details: { placeId, added: checked.id === null } });
  });
  return buildReportsView(session, inHand);
}

export async function removePlace(session: Session, reference: string, id: number): Promise<ReportsView> {
  const inHand = reportToWrite(session, reference, 'change this case’s redaction register');
  session.store.change((db, audit) => {
    if (!deletePlace(db, inHand.caseId, id)) throw noSuchPlace(id, inHand.reference);
    audit({ actorId: session.userId, action: 'redaction.place-removed', recordType: 'case', recordId: inHand.caseId, details: { placeId: id } });
  });
  return buildReportsView(session, inHand);
}
