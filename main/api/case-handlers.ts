/** The case lifecycle's calls (shared/ipc/case-calls.ts) in terms of the services in main/reviews. */
import type { CASE_CALLS } from '../../shared/ipc/case-calls.ts';
import { createCase } from '../reviews/cases.ts';
import { readCase } from '../reviews/case-view.ts';
import { removeRecord, saveRecord } from '../reviews/case-records.ts';
import { moveCase } from '../reviews/moves.ts';
import { dashboard } from '../reviews/dashboard.ts';
import { removePerson, savePerson } from '../reviews/people.ts';
import { searchPeople } from '../reviews/person-search.ts';
import { addDocument, readDocument } from '../reviews/documents.ts';
import { addOrganisation, readPolicy, savePolicy, setOrganisationPartner } from '../reviews/policy.ts';
import type { Handlers } from './handlers.ts';

type CaseHandlers = Pick<Handlers, keyof typeof CASE_CALLS>;

export const CASE_HANDLERS: CaseHandlers = {
  'cases.dashboard': (desktop, input) => dashboard(desktop.requireSession(), { includeClosed: input.includeClosed }),
  'cases.get': (desktop, input) => readCase(desktop.requireSession(), input.reference),
  'cases.create': (desktop, input) => createCase(desktop.requireSession(), input.referral),
  'cases.move': (desktop, input) => moveCase(desktop.requireSession(), input.reference, input.to),
  'records.save': (desktop, input) => saveRecord(desktop.requireSession(), input.reference, input.id, input.record),
  'records.remove': (desktop, input) => removeRecord(desktop.requireSession(), input.reference, input.id),
  'people.save': (desktop, input) => savePerson(desktop.requireSession(), input.reference, input.person),
  'people.remove': (desktop, input) => removePerson(desktop.requireSession(), input.reference, input.id),
  'people.search': (desktop, input) => ({ matches: searchPeople(desktop.requireSession(), { name: input.name, dateOfBirth: input.dateOfBirth }) }),
  'documents.add': (desktop, input) => addDocument(desktop.requireSession(), input.reference, { name: input.name, mediaType: input.mediaType, note: input.note, content: Buffer.from(input.contentBase64, 'base64') }),
  'documents.read': (desktop, input) => {
    const document = readDocument(desktop.requireSession(), input.reference, input.id);
    return { name: document.name, mediaType: document.mediaType, contentBase64: document.content.toString('base64') };
  },
  'policy.get': (desktop) => readPolicy(desktop.requireSession()),
  'policy.save': (desktop, input) => savePolicy(desktop.requireSession(), input.policy, input.publicationNaming),
  'organisations.add': (desktop, input) => addOrganisation(desktop.requireSession(), input.name),
  'organisations.setPartner': (desktop, input) => setOrganisationPartner(desktop.requireSession(), input.name, input.statutoryPartner),
};
