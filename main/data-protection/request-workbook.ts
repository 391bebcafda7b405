/**
 * The data-protection request as a workbook for the data-protection officer: a workbook rather
 * than a PDF because the officer reviews it (filters by case, sorts, marks rows to disclose or
 * withhold, redacts third parties) before anything goes to the person. A Summary sheet first —
 * who asked, when, the name searched, how names were matched, how many findings in every place
 * searched, the cases, their people records, and what could not be searched here (secured sets,
 * unreadable files) — then one sheet per place with findings: the case, where exactly, what
 * matched and the text in context. Marked OFFICIAL-SENSITIVE on every sheet and printed page.
 * Written with exceljs's streaming writer, committing each row (main/exports/xlsx/access-log-workbook.ts).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { CASE_KIND_LABELS, CASE_STAGE_LABELS, CASE_STAGES, isCaseKind, type CaseStage } from '../../shared/case-kinds.ts';
import { DATA_PROTECTION_PLACE_LABELS, DATA_PROTECTION_PLACES, type DataProtectionPlace } from '../../shared/ipc/data-protection-calls.ts';
import { PERSON_ROLE_LABELS } from '../../shared/reviews/people.ts';
import { dateInWords } from '../exports/pdf/date-words.ts';
import type { CaseInfo, Finding } from './findings.ts';
import { casesFound, countByPlace } from './review.ts';
import type { StoreSearch } from './search-store.ts';

export const MARKING = 'OFFICIAL-SENSITIVE';
export const SUMMARY_SHEET = 'Summary';
export const SECURED_SETS_SHEET = 'Secured sets (not searched)';
export const NOT_READ_SHEET = 'Files not read';
export const PLACE_COLUMNS = ['Case', 'Case open or closed', 'Where exactly', 'What matched', 'The text'] as const;

export interface RequestWorkbookInput {
  readonly search: StoreSearch;
  /** YYYY-MM-DD and HH:MM, England. */
  readonly madeOn: string;
  readonly madeAt: string;
  readonly madeBy: string;
  readonly partnership: string;
}

/** Excel holds at most 32,767 characters in a cell. */
const MOST_IN_CELL = 32_000;
const cellText = (text: string): string => (text.length > MOST_IN_CELL ? `${text.slice(0, MOST_IN_CELL)} … (cut here: the cell is full)` : text);

const WRAP: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF505A5F' } };
const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1D70B8' } },
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
  alignment: { vertical: 'middle', wrapText: true },
};

const MATCHING =
  'How names were matched: whole words, in any case and with or without accents, hyphens and apostrophes; given and family name in either order; ' +
  'the names and other names on their people records everywhere; and on the cases where they have a people record, their given names and one-word other names on their own too. ' +
  'A finding is a place that names them, not proof that it is about them: review each before disclosing it, and withhold what is about others. ' +
  'The audit trail’s records of data-protection searches and exports themselves are not listed.';

function kindWords(kind: string): string {
  return isCaseKind(kind) ? CASE_KIND_LABELS[kind] : kind;
}

function stageWords(stage: string): string {
  return (CASE_STAGES as readonly string[]).includes(stage) ? CASE_STAGE_LABELS[stage as CaseStage] : stage;
}

function collect(stream: PassThrough): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

type Sheet = ExcelJS.Worksheet;

function newSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, title: string, widths: readonly number[]): Sheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&C&"-,Bold"${MARKING}`, oddFooter: `&L${MARKING}&C${name}&RPage &P of &N` },
  });
  sheet.columns = widths.map((width) => ({ width }));
  const heading = sheet.addRow([title]);
  heading.getCell(1).font = { bold: true, size: 14 };
  heading.commit();
  const marking = sheet.addRow([MARKING]);
  marking.getCell(1).font = { bold: true };
  marking.commit();
  return sheet;
}

function line(sheet: Sheet, text: string, bold = false): void {
  const row = sheet.addRow([text]);
  if (bold) row.getCell(1).font = { bold: true, size: 12 };
  row.commit();
}

function header(sheet: Sheet, columns: readonly string[]): void {
  const row = sheet.addRow([...columns]);
  row.eachCell((cell) => {
    cell.style = HEADER;
  });
  row.commit();
}

function values(sheet: Sheet, cells: readonly ExcelJS.CellValue[]): void {
  const row = sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? cellText(cell) : cell)));
  row.eachCell((cell) => {
    cell.style = WRAP;
  });
  row.commit();
}

function blank(sheet: Sheet): void {
  sheet.addRow([]).commit();
}

const SUMMARY_WIDTHS = [30, 22, 26, 34, 30, 60];

function writeSummary(workbook: ExcelJS.stream.xlsx.WorkbookWriter, input: RequestWorkbookInput, sheetOf: ReadonlyMap<DataProtectionPlace, string>): void {
  const { search } = input;
  const reference = (caseId: number | null) => (caseId === null ? '' : (search.cases.get(caseId)?.reference ?? String(caseId)));
  const sheet = newSheet(workbook, SUMMARY_SHEET, `Data-protection request: what this store holds about ${search.subject.name}`, SUMMARY_WIDTHS);
  line(sheet, `Made on ${dateInWords(input.madeOn)} at ${input.madeAt} by ${input.madeBy}, from ${input.partnership}’s store.`);
  line(sheet, `Name searched: ${search.subject.name}. Date of birth: ${search.subject.dateOfBirth === null ? 'not given' : dateInWords(search.subject.dateOfBirth)}.`);
  line(sheet, MATCHING);
  line(sheet, `Found in ${search.findings.length.toLocaleString('en-GB')} place${search.findings.length === 1 ? '' : 's'}, on ${casesFound(search).length} case${casesFound(search).length === 1 ? '' : 's'}.`);
  blank(sheet);

  line(sheet, 'Where the store was searched', true);
  header(sheet, ['Place', 'Found', 'Sheet']);
  const counts = countByPlace(search.findings);
  for (const place of DATA_PROTECTION_PLACES) {
    const found = counts.get(place)!;
    values(sheet, [DATA_PROTECTION_PLACE_LABELS[place], found, found === 0 ? 'Nothing found' : `See the sheet “${sheetOf.get(place)!}”`]);
  }
  blank(sheet);

  line(sheet, 'Cases where they appear', true);
  const cases = casesFound(search);
  if (cases.length === 0) line(sheet, 'None.');
  else {
    header(sheet, ['Case', 'Kind', 'Stage', 'Open or closed', 'Found', 'Places']);
    for (const { info, found, places } of cases) values(sheet, [info.reference, kindWords(info.kind), stageWords(info.stage), info.open ? 'Open' : 'Closed', found, places.map((place) => DATA_PROTECTION_PLACE_LABELS[place]).join(', ')]);
  }
  blank(sheet);

  line(sheet, 'Their people records', true);
  if (search.records.records.length === 0) line(sheet, 'No people record on any case has this name.');
  else {
    header(sheet, ['Case', 'Role', 'Name', 'Other names', 'Dates of birth', 'Why it is theirs']);
    for (const record of search.records.records) {
      values(sheet, [reference(record.caseId), PERSON_ROLE_LABELS[record.role], `${record.givenNames} ${record.familyName}`, record.details.otherNames.join('; '), record.details.datesOfBirth.join('; '), record.matchedOn.join('; ')]);
    }
  }
  const leftOut = search.records.leftOut.length;
  if (leftOut > 0) {
    line(sheet, `${leftOut} people record${leftOut === 1 ? '' : 's'} with this name but another date of birth ${leftOut === 1 ? 'was' : 'were'} left out, with ${leftOut === 1 ? 'its case' : 'their cases'}: someone else.`);
  }
  blank(sheet);

  line(sheet, 'Not searched here', true);
  line(
    sheet,
    search.securedSets.length === 0
      ? 'No agency has a secured set on these cases.'
      : `Agencies’ secured files on these cases are sealed to each agency’s nominated representative and the agency’s recovery code: nobody else can read them, so they were not searched. Ask each agency (sheet “${SECURED_SETS_SHEET}”).`,
  );
  line(sheet, search.notRead.length === 0 ? 'Every file on these cases was read.' : `${search.notRead.length} file${search.notRead.length === 1 ? '' : 's'} on these cases could not be read as text: look at ${search.notRead.length === 1 ? 'it' : 'them'} by hand (sheet “${NOT_READ_SHEET}”).`);
  sheet.commit();
}

function writePlace(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, place: DataProtectionPlace, findings: readonly Finding[], cases: ReadonlyMap<number, CaseInfo>): void {
  const sheet = newSheet(workbook, name, `${DATA_PROTECTION_PLACE_LABELS[place]}: ${findings.length} finding${findings.length === 1 ? '' : 's'}`, [16, 12, 48, 40, 90]);
  blank(sheet);
  header(sheet, PLACE_COLUMNS);
  const rows = findings.map((finding) => ({ finding, info: finding.caseId === null ? undefined : cases.get(finding.caseId) }));
  rows.sort((a, b) => (a.info?.reference ?? '').localeCompare(b.info?.reference ?? '') || a.finding.where.localeCompare(b.finding.where, 'en-GB', { numeric: true }));
  for (const { finding, info } of rows) values(sheet, [info?.reference ?? 'No case', info === undefined ? '' : info.open ? 'Open' : 'Closed', finding.where, finding.matched, finding.text]);
  sheet.commit();
}

function writeSecuredSets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, search: StoreSearch): void {
  const sheet = newSheet(workbook, SECURED_SETS_SHEET, 'Agencies’ secured sets on the cases where they appear', [16, 34, 30, 14, 10, 70]);
  blank(sheet);
  header(sheet, ['Case', 'Agency', 'Nominated representative', 'State', 'Files', 'Who can open the files']);
  for (const set of search.securedSets) {
    values(sheet, [search.cases.get(set.caseId)?.reference ?? String(set.caseId), set.agency, set.representative, set.state, set.files, `Only ${set.representative}, as ${set.agency}’s nominated representative, or ${set.agency} with its recovery code. Ask the agency to search them.`]);
  }
  sheet.commit();
}

function writeNotRead(workbook: ExcelJS.stream.xlsx.WorkbookWriter, search: StoreSearch): void {
  const sheet = newSheet(workbook, NOT_READ_SHEET, 'Files on these cases whose text could not be read', [16, 60, 70]);
  blank(sheet);
  header(sheet, ['Case', 'File', 'Why']);
  for (const file of search.notRead) values(sheet, [file.caseId === null ? '' : (search.cases.get(file.caseId)?.reference ?? ''), file.what, file.why]);
  sheet.commit();
}

export async function requestWorkbook(input: RequestWorkbookInput): Promise<Buffer> {
  const stream = new PassThrough();
  const bytes = collect(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Practice Review Manager';
  workbook.lastModifiedBy = 'Practice Review Manager';
  // The person's name stays out of the file's properties: they travel where the sheets do not.
  workbook.title = 'Data-protection request';
  const byPlace = new Map<DataProtectionPlace, Finding[]>();
  for (const finding of input.search.findings) {
    const list = byPlace.get(finding.place);
    if (list === undefined) byPlace.set(finding.place, [finding]);
    else list.push(finding);
  }
  const sheetOf = new Map([...byPlace.keys()].map((place) => [place, DATA_PROTECTION_PLACE_LABELS[place]]));
  writeSummary(workbook, input, sheetOf);
  for (const place of DATA_PROTECTION_PLACES) {
    const findings = byPlace.get(place);
    if (findings !== undefined) writePlace(workbook, sheetOf.get(place)!, place, findings, input.search.cases);
  }
  if (input.search.securedSets.length > 0) writeSecuredSets(workbook, input.search);
  if (input.search.notRead.length > 0) writeNotRead(workbook, input.search);
  await workbook.commit();
  return bytes;
}
