/**
 * A Business Unit's real SQLCipher store, built through the real services, that puts one invented
 * person — Siobhán Marie Kowalczyk, born 14 February 1996, also known as Shiv Kowalczyk and by her
 * birth name Siobhán Doherty — in every place a data-protection search looks. Her life is
 * contrived so that one person reaches them all: the mother on an open rapid review, the child
 * on a closed review of 2009, and also a practitioner with an account, who signs the
 * partnership's letters.
 *
 * Three others must never be found for her: Siobhan Kowalski (a similar name, on a case of her
 * own and in store-wide records); a child also called Siobhán Kowalczyk but born in 2011, on a
 * third case, whose records name her in full; and Siobhán Brady, the health visitor on her own
 * case, whose name fields hold the same first name. An agency's install (Greater Manchester Police)
 * takes in the Business Unit's request for information, so its store holds her in a task and in
 * the letter the task brought. Synthetic data only.
 */
import fs from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { actionInput, recommendationInput } from '../../../shared/actions/action-plan.ts';
import type { PersonInput } from '../../../shared/reviews/people.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { saveAction, saveRecommendation } from '../../../main/actions/action-plan-writing.ts';
import { acceptChronology, previewChronology } from '../../../main/evidence/chronology-returns.ts';
import { saveLetterhead } from '../../../main/evidence/letterhead.ts';
import { recordChase, saveEscalation, saveRequest } from '../../../main/evidence/requests.ts';
import { saveSummary } from '../../../main/evidence/summaries.ts';
import { importBundle, makeBundle, previewBundle } from '../../../main/exchange/exchange-service.ts';
import { buildRequestBundle } from '../../../main/exchange/flows/request-out.ts';
import { saveFamilyFeedback } from '../../../main/learning/case-learning.ts';
import { saveLearningEvent } from '../../../main/learning/learning-events.ts';
import { saveDiscussion, savePlace } from '../../../main/reports/report-records.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { createCase } from '../../../main/reviews/cases.ts';
import { demoReferral } from '../../../main/reviews/demo-cases.ts';
import { addDocument } from '../../../main/reviews/documents.ts';
import { moveCase } from '../../../main/reviews/moves.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import { searchPeople } from '../../../main/reviews/person-search.ts';
import { assignRole } from '../../../main/security/role-assignments.ts';
import type { Session } from '../../../main/security/session.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { confirmSecuring } from '../../../main/vault/securing.ts';
import { setUpSet } from '../../../main/vault/set-up.ts';
import { chronologyWorkbook, letterhead, POLICE, request, summary } from '../evidence/evidence-fixture.ts';
import { discussion, paragraph, reportWith } from '../reports/report-fixture.ts';
import { makeInstall, trustEachOther, type Install } from '../exchange/installs.ts';
import { bundlePath, contactIn, PARTNERSHIP, signIn } from '../exchange/request-return-fixture.ts';

export const SUBJECT = { givenNames: 'Siobhán Marie', familyName: 'Kowalczyk', dateOfBirth: '1996-02-14', otherNames: ['Shiv Kowalczyk', 'Siobhán Doherty'] } as const;
/** As a data-protection officer might type it: no accent, lower case, no middle name. */
export const SUBJECT_AS_TYPED = 'siobhan kowalczyk';
export const LOOK_ALIKE = 'Siobhan Kowalski';
export const NAMESAKE_BORN = '2011-05-05';
/** The family name of a health visitor on her case who shares her first name. */
export const SAME_FIRST_NAME = 'Brady';
const REPRESENTATIVE = 'Dafydd Rees-Jones';
const HOUSING = 'Housing';

/** Every place the fixture puts her, by the export's place key, each with the text that names her there. */
export const PUT_IN = {
  people: 'Siobhán Marie Kowalczyk',
  'case-records': 'Siobhán Kowalczyk (mother) called the police',
  documents: 'Letter to Ms Siobhán Kowalczyk about the review',
  requests: 'search for records of Shiv Kowalczyk',
  summaries: 'Visits to Siobhán Kowalczyk were regular',
  chronologies: 'KOWALCZYK, Siobhán attended the walk-in centre',
  reports: 'Siobhán Kowalczyk was not asked about her own history',
  'case-discussions': 'Nobody asked Siobhán what she needed',
  redaction: 'Siobhán Kowalczyk’s flat, 4 Example Court',
  'action-plans': 'Offer Siobhán Kowalczyk a named worker',
  learning: 'Siobhán Kowalczyk agreed that her story could be told',
  'family-feedback': 'Siobhan Kowalczyk said the reviewer listened',
  'secured-files': 'Records about Siobhán Kowalczyk flagged as restricted',
  exchange: 'Kowalczyk',
  users: 'Siobhán Kowalczyk',
  audit: 'Siobhan Kowalczyk',
  settings: 'Siobhán Kowalczyk',
} as const;

export interface RequestStore {
  readonly install: Install;
  /** The store's creator: an administrator, who may make data-protection requests. */
  readonly admin: Session;
  readonly officer: Session;
  readonly police: Install;
  /** Her open case, her closed case of 2009, the namesake's case, the look-alike's case. */
  readonly cases: { readonly open: string; readonly closed: string; readonly namesake: string; readonly lookAlike: string };
  cleanup(): void;
}

function subjectAs(role: PersonInput['role'], extra: Partial<PersonInput> = {}): PersonInput {
  return {
    role,
    givenNames: SUBJECT.givenNames,
    familyName: SUBJECT.familyName,
    otherNames: [...SUBJECT.otherNames],
    datesOfBirth: [SUBJECT.dateOfBirth],
    addresses: ['4 Example Court, Northam NM2 7ZZ'],
    contactDetails: ['07700 900417'],
    ...extra,
  };
}

async function docxNaming(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Northam Safeguarding Children Partnership'), new Paragraph(text)] }] }));
}

async function pdfNaming(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage();
  page.drawText('Minutes of the strategy discussion', { x: 50, y: 780, size: 14, font });
  page.drawText(text, { x: 50, y: 750, size: 11, font });
  return Buffer.from(await pdf.save());
}

/** The first bytes of a PNG: a picture, whose text the app cannot read. */
const PICTURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function openCase(officer: Session): string {
  const view = createCase(
    officer,
    demoReferral({
      incidentDate: '2025-11-03',
      referralDate: '2025-11-04',
      agencies: [POLICE, HOUSING],
      aboutTheChild: 'Mali is four and loves the swings in the park by the flats.',
      whatHappened: `${PUT_IN['case-records']} when Mali was found alone at night.`,
    }),
  );
  return view.summary.reference;
}

function closedCase(officer: Session): string {
  const view = createCase(
    officer,
    demoReferral({
      incidentDate: '2009-06-01',
      referralDate: '2009-06-03',
      agencies: [HOUSING],
      aboutTheChild: 'Siobhán, aged thirteen, was a carer for her younger brothers.',
      whatHappened: 'Siobhán Doherty was missing from home for two nights.',
    }),
  );
  const reference = view.summary.reference;
  savePerson(officer, reference, { role: 'child', givenNames: 'Siobhán', familyName: 'Doherty', otherNames: ['Siobhán Kowalczyk'], datesOfBirth: [SUBJECT.dateOfBirth] });
  moveCase(officer, reference, 'screening');
  saveRecord(officer, reference, null, {
    type: 'screening',
    data: { decidedOn: '2009-06-08', decision: 'no-further-action', rationale: 'Single-agency learning only.', panel: [{ name: 'Alex Panel', organisation: POLICE }], scrutineerName: '', scrutineerComment: '', scrutineerCommentedOn: null },
  });
  moveCase(officer, reference, 'closed');
  return reference;
}

export async function makeRequestStore(): Promise<RequestStore> {
  const install = await makeInstall(PARTNERSHIP, 'Business Unit desk');
  const admin = install.session;
  const officer = await signIn(install, 'Ffion Officer', 'business-unit', 'Business Unit');
  const police = await makeInstall(POLICE, 'Public Protection Unit desk');
  const { bInA: policeInBu } = trustEachOther(install, police);
  const policeRepresentative = await signIn(police, REPRESENTATIVE, 'nominated-representative', POLICE);
  const sessions = [officer, policeRepresentative];

  // Settings and her account: she signs the partnership's letters, and has an account of her own.
  saveLetterhead(admin, letterhead({ partnershipName: PARTNERSHIP, signatoryName: PUT_IN.settings }));
  await addUser(admin, { name: PUT_IN.users, role: 'agency-contributor', organisation: HOUSING, passphrase: 'plum harbour anvil' });
  await addUser(admin, { name: REPRESENTATIVE, role: 'nominated-representative', organisation: POLICE, passphrase: 'plum harbour anvil' });

  // Her open case: she is the mother.
  const open = openCase(officer);
  savePerson(officer, open, subjectAs('family-member', { relationship: 'Mother', notes: 'Prefers to be called Shiv.' }));
  savePerson(officer, open, { role: 'child', givenNames: 'Mali', familyName: 'Kowalczyk', datesOfBirth: ['2021-03-02'], notes: 'Lives with her mother, Siobhán.' });
  // Someone else with her first name, on her own case: named in fields that hold a person's name.
  savePerson(officer, open, { role: 'practitioner', givenNames: 'Siobhán', familyName: SAME_FIRST_NAME, relationship: 'Health visitor', agency: 'NHS GM ICB Salford locality' });
  assignRole(admin, { targetUser: PUT_IN.users, role: 'agency-contributor', caseReference: open, agency: HOUSING });

  addDocument(officer, open, { name: 'Letter to the mother.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', note: '', content: await docxNaming(PUT_IN.documents) });
  addDocument(officer, open, { name: 'Strategy discussion minutes.pdf', mediaType: 'application/pdf', note: '', content: await pdfNaming('Present: Siobhán Kowalczyk (mother), the social worker and the health visitor.') });
  addDocument(officer, open, { name: 'Kowalczyk, Siobhán - contact notes.txt', mediaType: 'text/plain', note: 'Typed up by the family support worker.', content: Buffer.from('Phoned on Tuesday. No answer.', 'utf8') });
  addDocument(officer, open, { name: 'Photograph of the flat.png', mediaType: 'image/png', note: '', content: PICTURE });

  const today = todayInLondon();
  saveRequest(officer, open, null, request(POLICE, today, { recipientName: REPRESENTATIVE, note: `Please ${PUT_IN.requests} as well.`, secureFiles: true }));
  saveRequest(officer, open, null, request(HOUSING, today, { recipientName: `Siobhán ${SAME_FIRST_NAME}`, note: '' }));
  const housingRequest = (officer.store.db.prepare("SELECT r.id FROM information_requests r JOIN organisations o ON o.id = r.organisation_id WHERE o.name = 'Housing'").get() as { id: number }).id;
  recordChase(officer, open, housingRequest, { chasedOn: today, method: 'phone', note: 'Asked again for the tenancy file of Siobhán Kowalczyk.' });
  saveEscalation(officer, open, housingRequest, null, { escalatedOn: today, level: 'practice-review-subgroup', escalatedTo: 'PRSG chair', outcome: 'Housing agreed to send what it holds on Siobhán Kowalczyk.' });

  saveSummary(officer, open, HOUSING, summary({ analysis: `${PUT_IN.summaries} but the child was rarely seen.` }));
  const chronology = { fileName: 'housing chronology.xlsx', bytes: await chronologyWorkbook(HOUSING, [{ date: '2025-10-01', event: PUT_IN.chronologies, risk: 'Low mood' }]) };
  const preview = await previewChronology(officer, open, HOUSING, chronology);
  await acceptChronology(officer, open, HOUSING, chronology, { sha256: preview.sha256, acceptProblems: false });

  await saveReport(officer, open, reportWith({ overview: [paragraph(`${PUT_IN.reports}.`)] }), 'First draft');
  await saveDiscussion(officer, open, discussion({ kolb: { whatHappened: ['Three agencies each saw part of the picture.'], reflection: [`${PUT_IN['case-discussions']}.`], analysis: [], doDifferently: [] } }));
  await savePlace(officer, open, { id: null, name: PUT_IN.redaction, pseudonym: 'the family’s flat' });
  const recommendation = saveRecommendation(officer, open, null, recommendationInput.parse({ text: 'Agencies plan together for the mother as well as the child.', type: 'multi-agency', systemicFactor: 'Adults’ needs were not seen.', fromFinding: '' }));
  const recommendationId = Math.max(...recommendation.recommendations.map((item) => item.id));
  saveAction(officer, open, null, actionInput.parse({ recommendationId, what: PUT_IN['action-plans'], agency: HOUSING, responsiblePerson: 'Tomos Housing Officer', dueOn: '2199-12-31', intendedOutcome: 'She knows who to call.' }));
  saveLearningEvent(officer, null, { kind: 'learning-event', title: 'Seeing the parent too', heldOn: '2025-12-01', audience: 'Practitioners', reference: open, attendance: 20, feedbackResponses: 10, understandBetter: 8, notes: `${PUT_IN.learning}.` } as never);
  saveFamilyFeedback(officer, open, null, { receivedOn: '2025-12-10', sensitive: 'yes', comments: `${PUT_IN['family-feedback']}.` });
  await setUpSet(officer, open, POLICE, REPRESENTATIVE);
  confirmSecuring(officer, open, HOUSING, { confirmedOn: today, representativeName: 'Tomos Housing Officer', heldWhere: 'agency-system', heldDetails: `${PUT_IN['secured-files']}.` });

  // The request goes to Police's install, carrying the people to search for: her among them.
  const requestId = (officer.store.db.prepare("SELECT r.id FROM information_requests r JOIN organisations o ON o.id = r.organisation_id WHERE o.name = ?").get(POLICE) as { id: number }).id;
  const outgoing = await buildRequestBundle(officer, open, contactIn(install, policeInBu), requestId);
  const file = bundlePath(install, 'request');
  await makeBundle(officer, outgoing, file);
  const previewed = await previewBundle(police.session, file, 1);
  await importBundle(police.session, file, previewed.sha256, { assignTo: null, acceptProblems: false });
  fs.rmSync(file, { force: true });

  // Her closed case of 2009: she was the child.
  const closed = closedCase(officer);

  // The namesake: a child with her name, born in 2011, whose records name her in full.
  const namesake = createCase(officer, demoReferral({ incidentDate: '2025-09-01', referralDate: '2025-09-02', agencies: [HOUSING], whatHappened: `Siobhán Kowalczyk, born ${NAMESAKE_BORN}, was found at the station.` })).summary.reference;
  savePerson(officer, namesake, { role: 'child', givenNames: 'Siobhán', familyName: 'Kowalczyk', datesOfBirth: [NAMESAKE_BORN], notes: 'Known to the youth service.' });
  saveFamilyFeedback(officer, namesake, null, { receivedOn: '2025-12-11', sensitive: 'partly', comments: 'Siobhán Kowalczyk’s grandmother felt rushed.' });

  // The look-alike: her own case, and a store-wide learning event and search that name her.
  const lookAlike = createCase(officer, demoReferral({ incidentDate: '2025-08-01', referralDate: '2025-08-04', agencies: [HOUSING], whatHappened: `${LOOK_ALIKE} reported the concern. Siobhan stayed with the children.` })).summary.reference;
  savePerson(officer, lookAlike, { role: 'family-member', givenNames: 'Siobhan', familyName: 'Kowalski', datesOfBirth: ['1995-08-03'], relationship: 'Aunt' });
  saveLearningEvent(officer, null, { kind: 'reflective-session', title: 'Aunts and uncles as carers', heldOn: '2025-12-02', audience: 'Social workers', reference: '', attendance: 12, feedbackResponses: 6, understandBetter: 5, notes: `${LOOK_ALIKE} spoke about kinship care.` } as never);
  searchPeople(officer, { name: LOOK_ALIKE, dateOfBirth: null });

  // Someone searched for her by name: the audit trail keeps what was searched for.
  searchPeople(officer, { name: PUT_IN.audit, dateOfBirth: null });

  return {
    install,
    admin,
    officer,
    police,
    cases: { open, closed, namesake, lookAlike },
    cleanup() {
      for (const session of sessions) if (!session.locked) session.lock();
      for (const each of [install, police]) each.temp.cleanup();
    },
  };
}
