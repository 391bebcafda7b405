/**
 * Recognising a chronology's header row, and the names agencies give its columns.
 *
 * Agencies rename and re-order the template's columns ("Date of event", "What happened",
 * "Agency response"), so a header cell is matched on its words alone: case, punctuation,
 * spaces, a trailing "?" and anything in brackets are ignored ("Date (dd/mm/yyyy)" is "Date").
 * A row is the header row when it names both a date column and an event column: those two are
 * what make a row an event at all.
 */
import { SIGNIFICANCE_TEST_LABELS, TEMPLATE_HEADER_BLOCK, TEMPLATE_HEADERS, type ChronologyField } from '../../../shared/evidence/chronology.ts';

/** Names agencies commonly use for each column, besides the template's own header and label. */
const OTHER_NAMES: Readonly<Record<ChronologyField, readonly string[]>> = {
  date: ['Date of event', 'Event date', 'Date/time', 'Date and time', 'Date & time', 'When', 'Date of contact', 'Date of incident'],
  time: ['Time of event', 'Event time', 'Time of contact'],
  agency: ['Organisation', 'Organization', 'Service', 'Agency name', 'Organisation name', 'Team'],
  source: ['Source of information', 'Information source', 'Record', 'Record type', 'Recorded by', 'Author', 'Source document'],
  event: [
    'What happened',
    'Description',
    'Description of event',
    'Event description',
    'Significant event',
    'Significant practice event',
    'Details of event',
    'Event details',
    'Details',
    'Summary',
    'Summary of event',
  ],
  risk: ['Presentation of risk', 'Risk identified', 'Risks identified', 'How risk presented', 'Risk presentation'],
  response: ['Agency response', 'Action taken', 'Action', 'Actions', 'Actions taken', 'Response to risk'],
  impact: ['Impact on child', 'Impact on the child', 'Impact on the child’s lived experience', 'Impact on risk'],
  partnership: ['Multi-agency', 'Multi agency', 'Multi-agency considerations', 'Partnership working', 'Multi-agency working'],
  learning: ['Learning identified', 'Learning/analysis', 'Learning and analysis', 'Analysis', 'Reflection', 'Learning/reflection'],
  changedAssessment: ['Changed assessment', 'Changed the assessment', 'Could have changed the assessment', 'Changed or could have changed the assessment'],
  partOfPattern: ['Pattern', 'Part of pattern'],
  statutoryEvent: ['Statutory', 'Statutory event'],
  significantToChild: ['Significant to child', 'Significant to the child'],
  significantToKeyAdult: ['Significant to adult', 'Significant to key adult', 'Significant to a key adult'],
  learningPoint: ['Learning point', 'A learning point'],
};

/**
 * Header text reduced to its words: lower case, without anything in brackets, without "?" and
 * punctuation, without spaces. Letters outside Latin-1 are kept, so a Welsh header still reads.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const FIELD_BY_KEY: ReadonlyMap<string, ChronologyField> = (() => {
  const byKey = new Map<string, ChronologyField>();
  const add = (name: string, field: ChronologyField): void => {
    const key = headerKey(name);
    const existing = byKey.get(key);
    if (existing !== undefined && existing !== field) throw new Error(`The header name "${name}" is given to both ${existing} and ${field}.`);
    byKey.set(key, field);
  };
  for (const [field, header] of Object.entries(TEMPLATE_HEADERS) as [ChronologyField, string][]) add(header, field);
  for (const [field, label] of Object.entries(SIGNIFICANCE_TEST_LABELS) as [ChronologyField, string][]) add(label, field);
  for (const [field, names] of Object.entries(OTHER_NAMES) as [ChronologyField, readonly string[]][]) for (const name of names) add(name, field);
  return byKey;
})();

/** The chronology field a header cell names, or null when it is not a chronology column. */
export function fieldForHeader(text: string): ChronologyField | null {
  return FIELD_BY_KEY.get(headerKey(text)) ?? null;
}

/** A header cell that names no chronology field, or a second column for a field already found. */
export interface IgnoredColumn {
  readonly column: number;
  readonly header: string;
  /** The column already read for this field, when this one repeats it. */
  readonly repeats: { readonly field: ChronologyField; readonly column: number } | null;
}

export interface HeaderRow {
  /** The column number (1-based) each field is read from. Date and event are always present. */
  readonly columns: Readonly<Partial<Record<ChronologyField, number>>> & { readonly date: number; readonly event: number };
  /** Header text by column number, for problems that name a column. */
  readonly headerText: ReadonlyMap<number, string>;
  readonly ignored: readonly IgnoredColumn[];
  /** The field read from each column, by column number. */
  readonly fields: ReadonlyMap<number, ChronologyField>;
}

/**
 * The header row's columns, when `cells` (text by 1-based column number) is a header row:
 * a date column and an event column, at least. The first column with a field's name wins.
 */
export function matchHeaderRow(cells: ReadonlyArray<string | undefined>): HeaderRow | null {
  const columns: Partial<Record<ChronologyField, number>> = {};
  const headerText = new Map<number, string>();
  const ignored: IgnoredColumn[] = [];
  for (const [column, text] of cells.entries()) {
    if (text === undefined || text.trim() === '') continue;
    const header = text.trim().replace(/\s+/g, ' ');
    headerText.set(column, header);
    const field = fieldForHeader(header);
    const first = field === null ? undefined : columns[field];
    if (field === null) ignored.push({ column, header, repeats: null });
    else if (first !== undefined) ignored.push({ column, header, repeats: { field, column: first } });
    else columns[field] = column;
  }
  const { date, event } = columns;
  if (date === undefined || event === undefined) return null;
  const fields = new Map((Object.entries(columns) as [ChronologyField, number][]).map(([field, column]) => [column, field]));
  return { columns: { ...columns, date, event }, headerText, ignored, fields };
}

const AGENCY_LABELS: ReadonlySet<string> = new Set([TEMPLATE_HEADER_BLOCK.agency, 'Organisation', 'Organization', 'Agency name', 'Service'].map(headerKey));

/**
 * The agency named in a title block row ("Agency" | "Police"): the first non-empty cell to the
 * right of an "Agency" label. Null when the row is not that row.
 */
export function agencyInTitleRow(cells: ReadonlyArray<string | undefined>): string | null {
  for (const [column, text] of cells.entries()) {
    if (text === undefined || !AGENCY_LABELS.has(headerKey(text))) continue;
    for (let right = column + 1; right < cells.length; right += 1) {
      const value = cells[right]?.trim();
      if (value !== undefined && value !== '') return value;
    }
    return null;
  }
  return null;
}
