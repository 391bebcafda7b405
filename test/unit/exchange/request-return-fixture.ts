/**
 * An information request and its return between real installs: a Business Unit install with an
 * officer, a case with a child, a family member and a practitioner on it and a request to an
 * agency; the agency's own install with its nominated representative; and the template workbook
 * filled in as an agency fills it in. Invented people only.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { SUMMARY_FIELDS, SUMMARY_DATE_FIELDS, type AgencySummaryInput } from '../../../shared/evidence/agency-summary.ts';
import { SIGNIFICANCE_TESTS, TEMPLATE_SHEETS, type SignificanceTest } from '../../../shared/evidence/chronology.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { saveLetterhead } from '../../../main/evidence/letterhead.ts';
import { saveRequest } from '../../../main/evidence/requests.ts';
import { SUMMARY_FIRST_ROW, TEMPLATE_COLUMNS, TEMPLATE_HEADER_ROW } from '../../../main/exports/xlsx/chronology-template.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import type { Session } from '../../../main/security/session.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { findContact, type StoredContact } from '../../../main/store/repositories/exchange-contacts.ts';
import { findUserByName, setMustChangePassphrase } from '../../../main/store/repositories/users.ts';
import { letterhead, newCase, request, type EventInput } from '../evidence/evidence-fixture.ts';
import { makeInstall, type Install } from './installs.ts';

export const PARTNERSHIP = 'Northam Safeguarding Children Partnership';
export const REPRESENTATIVE = 'Zoë Łukasiewicz';
const PASSPHRASE = 'copper thistle harbour';

/** Adds a user to an install's store and signs them in, as they would after choosing their own passphrase. */
export async function signIn(install: Install, name: string, role: 'business-unit' | 'nominated-representative', organisation: string): Promise<Session> {
  await addUser(install.session, { name, role, organisation, passphrase: PASSPHRASE });
  setMustChangePassphrase(install.session.store.db, findUserByName(install.session.store.db, name)!.id, false);
  return unlock(install.temp.folder, name, PASSPHRASE);
}

export interface BusinessUnit {
  readonly install: Install;
  readonly officer: Session;
  readonly reference: string;
  readonly caseId: number;
  readonly requestId: number;
}

/** The partnership's install: letterhead set, a case with its people, and a request to `agency` sent today asking it to secure its files. */
export async function makeBusinessUnit(agency: string): Promise<BusinessUnit> {
  const install = await makeInstall(PARTNERSHIP, 'Business Unit desk');
  saveLetterhead(install.session, letterhead({ partnershipName: PARTNERSHIP }));
  const officer = await signIn(install, 'Ffion Officer', 'business-unit', 'Business Unit');
  const { reference, id: caseId } = newCase(officer);
  savePerson(officer, reference, {
    role: 'child',
    givenNames: 'Mali',
    familyName: 'Ó Dónaill',
    otherNames: ['Molly Donnell'],
    datesOfBirth: ['2019-04-11'],
    addresses: ['12 Example Row, Northam NM1 4ZZ'],
    contactDetails: ['07700 900123'],
    notes: 'Invented child for a test.',
  });
  savePerson(officer, reference, { role: 'family-member', givenNames: 'Siobhán', familyName: 'Ó Dónaill', datesOfBirth: ['1994-07-30'], addresses: ['12 Example Row, Northam NM1 4ZZ'], relationship: 'Mother' });
  savePerson(officer, reference, { role: 'practitioner', givenNames: 'Tomasz', familyName: 'Wiśniewski', relationship: 'Health visitor', agency: 'NHS GM ICB Salford locality' });
  saveRequest(officer, reference, null, request(agency, todayInLondon(), { recipientName: REPRESENTATIVE, secureFiles: true }));
  const requestId = (officer.store.db.prepare('SELECT id FROM information_requests WHERE case_id = ?').get(caseId) as { id: number }).id;
  return { install, officer, reference, caseId, requestId };
}

export function contactIn(holder: Install, id: number): StoredContact {
  return findContact(holder.session.store.db, id)!;
}

export function bundlePath(install: Install, name: string): string {
  return path.join(install.temp.root, `${name}.prmbundle`);
}

const isTest = (field: string): field is SignificanceTest => (SIGNIFICANCE_TESTS as readonly string[]).includes(field);

function dateCell(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * The template workbook the request carried, filled in with exceljs as the agency fills it in:
 * the "Agency summary" sheet's answers in column B, and one chronology row per event (dates as
 * Excel dates; an event whose date is not YYYY-MM-DD goes in as typed text).
 */
export async function fillTemplate(template: Buffer, answers: AgencySummaryInput, events: readonly EventInput[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const summary = workbook.getWorksheet(TEMPLATE_SHEETS.summary)!;
  SUMMARY_FIELDS.forEach((field, index) => {
    const answer = answers[field];
    if (answer === null || answer === undefined || answer === '') return;
    summary.getCell(SUMMARY_FIRST_ROW + index, 2).value = SUMMARY_DATE_FIELDS.has(field) ? dateCell(answer) : answer;
  });
  const chronology = workbook.getWorksheet(TEMPLATE_SHEETS.chronology)!;
  chronology.getCell('B3').value = answers.authorName;
  events.forEach((event, index) => {
    const row = chronology.getRow(TEMPLATE_HEADER_ROW + 1 + index);
    TEMPLATE_COLUMNS.forEach((field, column) => {
      const cell = row.getCell(column + 1);
      if (field === 'date') cell.value = /^\d{4}-\d{2}-\d{2}$/.test(event.date) ? dateCell(event.date) : event.date;
      else if (field === 'time' && event.time !== undefined) cell.value = event.time;
      else if (field === 'source') cell.value = event.source ?? 'Case notes';
      else if (field === 'event') cell.value = event.event;
      else if (isTest(field)) cell.value = event.tests?.includes(field) ? 'Yes' : 'No';
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
