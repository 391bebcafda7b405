/**
 * Reading one sheet of a returned chronology, row by row, whatever file it came from (.xlsx
 * streamed, or .csv). Rows arrive in order; the sheet looks for its header row among the first
 * rows, then turns each row under it into a chronology row or, when it cannot, into problems
 * that say where and why. Nothing is dropped silently except blank rows.
 *
 * Rows are held as drafts until the sheet ends, because a workbook lists its merged cells after
 * the rows: a date merged down over several rows sits in the top row only, and the rows below
 * take it once the merges are known.
 */
import {
  SIGNIFICANCE_TESTS,
  TEMPLATE_HEADER_BLOCK,
  TEMPLATE_HEADERS,
  type ChronologyField,
  type ChronologyProblem,
  type ChronologyRow,
  type SignificanceTest,
  type SignificanceTests,
} from '../../../shared/evidence/chronology.ts';
import { agencyInTitleRow, fieldForHeader, headerKey, matchHeaderRow, type HeaderRow } from './header-match.ts';
import { cellText, columnLetter, isBlankCell, type SheetCell } from './sheet-cell.ts';
import { dateFromSerial, readDateTextDetailed, readTimeText, timeFromSerial, type DateAndTime } from './uk-dates.ts';
import { readYesNo } from './yes-no.ts';

/** How far down a sheet the header row may be: below a title block, not below the events. */
export const HEADER_SEARCH_ROWS = 30;

/** A merged range of cells, by 1-based row and column numbers. */
export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetReadResult {
  readonly sheet: string;
  /** False when no header row was found: the sheet was skipped, and says so in its problems. */
  readonly hasHeader: boolean;
  readonly rows: ChronologyRow[];
  readonly problems: ChronologyProblem[];
}

export interface SheetReadOptions {
  /** YYYY-MM-DD, for reading two-digit years. */
  readonly today: string;
  /** The workbook counts its serial dates from 1904 (older Mac workbooks). */
  readonly date1904: boolean;
}

const TEXT_FIELDS = ['source', 'event', 'risk', 'response', 'impact', 'partnership', 'learning'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** A number in a date column that is not formatted as a date is taken as a serial only when it falls in these years. */
const PLAUSIBLE_SERIAL_YEARS = { from: 1950, to: 2099 } as const;
/** How much of a row's text a "no date" problem quotes, so the person can find the row. */
const QUOTE_LENGTH = 60;

/** A row under the header, read as far as it can be; `undefined` marks a cell that held something unreadable. */
interface Draft {
  readonly row: number;
  date: DateAndTime | 'empty' | 'unreadable';
  time: string | null | undefined;
  agency: string;
  text: Record<TextField, string>;
  tests: Record<SignificanceTest, boolean | null | undefined>;
  /** The row's first cell with anything in it, quoted when the row has no date. */
  readonly firstCell: SheetCell | undefined;
}

export class ChronologySheetReader {
  private header: HeaderRow | null = null;
  private headerRow = 0;
  private rowsSearched = 0;
  private titleAgency: string | null = null;
  private readonly drafts: Draft[] = [];
  private readonly problems: ChronologyProblem[] = [];
  private readonly headerlessColumnsReported = new Set<number>();

  constructor(
    readonly sheet: string,
    private readonly options: SheetReadOptions,
  ) {}

  /** One row of the sheet: its Excel row number, and its cells by 1-based column number. */
  addRow(row: number, cells: ReadonlyArray<SheetCell | undefined>): void {
    if (this.header === null) {
      this.searchForHeader(row, cells);
      return;
    }
    if (cells.every(isBlankCell)) return;
    this.readRow(row, cells, this.header);
  }

  /** The sheet's rows and problems, once every row has been added and the merged cells are known. */
  finish(merges: readonly MergeRange[] = []): SheetReadResult {
    if (this.header === null) {
      return {
        sheet: this.sheet,
        hasHeader: false,
        rows: [],
        problems: [{ sheet: this.sheet, row: 0, column: null, message: `The sheet "${this.sheet}" has no chronology header row, so it was not read.` }],
      };
    }
    const header = this.header;
    this.fillFromMerges(merges, header);
    const rows: ChronologyRow[] = [];
    for (const draft of this.drafts) {
      const row = this.finishDraft(draft, header);
      if (row !== null) rows.push(row);
    }
    if (this.drafts.length === 0) {
      this.problems.push({ sheet: this.sheet, row: 0, column: null, message: `The sheet "${this.sheet}" has a header row at row ${this.headerRow} but no events under it.` });
    }
    // Problems found while the rows streamed in and those found at the end, in the sheet's order.
    const problems = this.problems.map((problem, index) => ({ problem, index })).sort((a, b) => a.problem.row - b.problem.row || a.index - b.index);
    return { sheet: this.sheet, hasHeader: true, rows, problems: problems.map(({ problem }) => problem) };
  }

  private searchForHeader(row: number, cells: ReadonlyArray<SheetCell | undefined>): void {
    if (this.rowsSearched >= HEADER_SEARCH_ROWS || cells.every(isBlankCell)) return;
    this.rowsSearched += 1;
    const texts = cells.map((cell) => (typeof cell === 'string' ? cell : undefined));
    const header = matchHeaderRow(texts);
    if (header === null) {
      this.titleAgency ??= agencyInTitleRow(texts);
      return;
    }
    this.header = header;
    this.headerRow = row;
    for (const ignored of header.ignored) {
      const message =
        ignored.repeats === null
          ? `The column "${ignored.header}" is not a chronology column, so it was not read.`
          : `The column "${ignored.header}" is a second ${TEMPLATE_HEADERS[ignored.repeats.field]} column (column ${this.columnLabel(ignored.repeats.column, header)} is the one read), so it was not read.`;
      this.problems.push({ sheet: this.sheet, row, column: this.columnLabel(ignored.column, header), message });
    }
  }

  private readRow(row: number, cells: ReadonlyArray<SheetCell | undefined>, header: HeaderRow): void {
    const { columns } = header;
    const dateCell = cells[columns.date];
    if (typeof dateCell === 'string' && isHeaderAgain(dateCell, cells[columns.event])) {
      this.problem(row, null, 'This row repeats the header row, so it was not read as an event.');
      return;
    }
    const firstColumn = cells.findIndex((cell) => !isBlankCell(cell));
    const firstCell = cells[firstColumn];
    // "Notes" is a fair answer in a Source column; only text where the date or event belongs, or under no field, is read as a note.
    if (typeof firstCell === 'string' && (firstColumn === columns.date || firstColumn === columns.event || !header.fields.has(firstColumn)) && looksLikeNote(firstCell)) {
      this.problem(row, null, `This row looks like a note rather than an event (it says "${quoted(firstCell.trim())}"), so it was not read.`);
      return;
    }
    this.reportHeaderlessCells(row, cells, header);

    const text = {} as Record<TextField, string>;
    for (const field of TEXT_FIELDS) text[field] = this.text(cells, columns[field]);
    const tests = {} as Record<SignificanceTest, boolean | null | undefined>;
    for (const test of SIGNIFICANCE_TESTS) tests[test] = this.yesNo(row, cells, columns[test], header);
    this.drafts.push({
      row,
      date: this.date(row, dateCell, header),
      time: this.time(row, cells, columns.time, header),
      agency: this.text(cells, columns.agency),
      text,
      tests,
      firstCell,
    });
  }

  private date(row: number, cell: SheetCell | undefined, header: HeaderRow): Draft['date'] {
    if (isBlankCell(cell)) return 'empty';
    const notRead = (message: string): 'unreadable' => {
      this.problem(row, this.columnLabel(header.columns.date, header), `${message}, so this row was not read.`);
      return 'unreadable';
    };
    if (typeof cell === 'string') {
      const reading = readDateTextDetailed(cell, this.options.today);
      if (reading.kind === 'date') return { date: reading.date, time: reading.time };
      if (reading.kind === 'not-real') return notRead(`"${cell.trim()}" is not a real date`);
      return notRead(`"${cell.trim()}" is not a date the reader understands (write dates day first, such as 03/02/2025)`);
    }
    if (typeof cell === 'number') {
      const reading = dateFromSerial(cell, this.options.date1904);
      const year = reading === null ? 0 : Number(reading.date.slice(0, 4));
      if (reading !== null && year >= PLAUSIBLE_SERIAL_YEARS.from && year <= PLAUSIBLE_SERIAL_YEARS.to) return reading;
      return notRead(`The number ${cell} is not a date`);
    }
    if (typeof cell === 'boolean') return notRead(`"${cell ? 'TRUE' : 'FALSE'}" is not a date`);
    if (cell === null || cell === undefined) return 'empty';
    const reading = dateFromSerial(cell.serial, this.options.date1904);
    if (reading !== null) return reading;
    const time = timeFromSerial(cell.serial);
    return notRead(cell.serial >= 0 && cell.serial < 1 && time !== null ? `The date cell holds only a time (${time})` : `The date cell holds ${cell.serial}, which is not a date`);
  }

  private time(row: number, cells: ReadonlyArray<SheetCell | undefined>, column: number | undefined, header: HeaderRow): string | null | undefined {
    if (column === undefined) return null;
    const cell = cells[column];
    if (isBlankCell(cell) || cell === null || cell === undefined) return null;
    const leftEmpty = (found: string, what: string): undefined => {
      this.problem(row, this.columnLabel(column, header), `"${found}" is not ${what}, so the time was left empty.`);
      return undefined;
    };
    if (typeof cell === 'string') {
      const reading = readTimeText(cell);
      if (reading.kind === 'time') return reading.time;
      return leftEmpty(cell.trim(), reading.kind === 'not-real' ? 'a real time' : 'a time');
    }
    if (typeof cell === 'boolean') return leftEmpty(cell ? 'TRUE' : 'FALSE', 'a time');
    const serial = typeof cell === 'number' ? cell : cell.serial;
    return timeFromSerial(serial) ?? leftEmpty(String(serial), 'a time');
  }

  private yesNo(row: number, cells: ReadonlyArray<SheetCell | undefined>, column: number | undefined, header: HeaderRow): boolean | null | undefined {
    if (column === undefined) return null;
    const cell = cells[column] ?? null;
    const answer = typeof cell === 'object' && cell !== null ? undefined : readYesNo(cell);
    if (answer === undefined) {
      this.problem(row, this.columnLabel(column, header), `"${cellText(cell, this.options.date1904)}" is not yes or no, so this test was left unanswered.`);
    }
    return answer;
  }

  private text(cells: ReadonlyArray<SheetCell | undefined>, column: number | undefined): string {
    return column === undefined ? '' : cellText(cells[column], this.options.date1904);
  }

  /** Something under a column with no header text is not read, so it is reported, once per column. */
  private reportHeaderlessCells(row: number, cells: ReadonlyArray<SheetCell | undefined>, header: HeaderRow): void {
    for (let column = 1; column < cells.length; column += 1) {
      if (isBlankCell(cells[column]) || header.headerText.has(column) || this.headerlessColumnsReported.has(column)) continue;
      this.headerlessColumnsReported.add(column);
      this.problem(row, columnLetter(column), `Column ${columnLetter(column)} has no header, so what is in it was not read (from this row on).`);
    }
  }

  /** A cell merged down over several rows holds its value in the top row only; the rows below take it. */
  private fillFromMerges(merges: readonly MergeRange[], header: HeaderRow): void {
    const downwards = merges.filter((merge) => merge.bottom > merge.top);
    if (downwards.length === 0) return;
    const draftByRow = new Map(this.drafts.map((draft) => [draft.row, draft]));
    for (const merge of downwards) {
      const field = header.fields.get(merge.left);
      const top = draftByRow.get(merge.top);
      if (field === undefined || top === undefined) continue;
      for (let row = merge.top + 1; row <= merge.bottom; row += 1) {
        const draft = draftByRow.get(row);
        if (draft !== undefined) fillField(draft, top, field);
      }
    }
  }

  private finishDraft(draft: Draft, header: HeaderRow): ChronologyRow | null {
    if (draft.date === 'unreadable') return null;
    if (draft.date === 'empty') {
      const says = draft.text.event !== '' ? draft.text.event : cellText(draft.firstCell, this.options.date1904);
      this.problem(draft.row, this.columnLabel(header.columns.date, header), `This row has no date, so it was not read (it says "${quoted(says)}").`);
      return null;
    }
    if (draft.text.event === '') {
      this.problem(draft.row, this.columnLabel(header.columns.event, header), 'This row has no event, so it was not read.');
      return null;
    }
    const tests = {} as SignificanceTests;
    for (const test of SIGNIFICANCE_TESTS) tests[test] = draft.tests[test] ?? null;
    return {
      sheet: this.sheet,
      row: draft.row,
      date: draft.date.date,
      time: draft.time ?? draft.date.time,
      agency: draft.agency !== '' ? draft.agency : this.titleAgency,
      ...draft.text,
      tests,
    };
  }

  private columnLabel(column: number, header: HeaderRow): string {
    const text = header.headerText.get(column);
    return text === undefined ? columnLetter(column) : `${columnLetter(column)} (${text})`;
  }

  private problem(row: number, column: string | null, message: string): void {
    this.problems.push({ sheet: this.sheet, row, column, message });
  }
}

/**
 * Lines people add under the table ("Completed by …", "Signed:", the header block's labels again)
 * are not events; saying so is clearer than calling them a row with a bad date.
 */
const NOTE_START = /^(?:(?:completed|prepared|compiled|checked|approved|authori[sz]ed|signed) by\b|(?:signed|signature|notes?|comments?|print name|name|position|job title|role)\s*:|end of (?:the )?chronology\b)/i;
const NOTE_LABELS: ReadonlySet<string> = new Set(
  [...Object.values(TEMPLATE_HEADER_BLOCK), 'Signed', 'Signature', 'Notes', 'Print name', 'Position', 'Job title', 'Completed by', 'Prepared by', 'Checked by'].map(headerKey),
);

/** Labels are short words; a date or a sentence never needs the (slower) header key. */
const NOTE_LABEL_LENGTH = 30;

function looksLikeNote(text: string): boolean {
  return NOTE_START.test(text.trimStart()) || (text.length <= NOTE_LABEL_LENGTH && !/^\s*\d/.test(text) && NOTE_LABELS.has(headerKey(text)));
}

/** A header row repeated further down (a table pasted twice, or printed with repeated titles). */
function isHeaderAgain(dateCell: string, eventCell: SheetCell | undefined): boolean {
  return (
    typeof eventCell === 'string' &&
    dateCell.length <= NOTE_LABEL_LENGTH * 2 &&
    !/^\s*\d/.test(dateCell) &&
    fieldForHeader(dateCell) === 'date' &&
    fieldForHeader(eventCell) === 'event'
  );
}

function quoted(text: string): string {
  return text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
}

/** Copies one field from the top row of a merge into a row below it, where that row's cell is empty. */
function fillField(draft: Draft, top: Draft, field: ChronologyField): void {
  if (field === 'date') {
    if (draft.date === 'empty' && typeof top.date === 'object') draft.date = top.date;
  } else if (field === 'time') {
    if (draft.time === null) draft.time = top.time ?? null;
  } else if (field === 'agency') {
    if (draft.agency === '') draft.agency = top.agency;
  } else if (isTextField(field)) {
    if (draft.text[field] === '') draft.text[field] = top.text[field];
  } else if (draft.tests[field] === null) {
    draft.tests[field] = top.tests[field] ?? null;
  }
}

function isTextField(field: ChronologyField): field is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(field);
}
