/**
 * One cell as the chronology reader sees it, whichever kind of file it came from: text, a
 * number, Excel's TRUE/FALSE, or a cell formatted as a date (kept as its serial number in the
 * workbook's own date system, so the 1900 and 1904 systems are told apart in one place).
 */
import { dateFromSerial } from './uk-dates.ts';

export interface DateSerial {
  readonly serial: number;
}

export type SheetCell = string | number | boolean | DateSerial | null;

/** A cell's content as text, as the sheet shows it; empty for a blank cell. */
export function cellText(cell: SheetCell | undefined, date1904: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const reading = dateFromSerial(cell.serial, date1904);
  if (reading === null) return String(cell.serial);
  const [year, month, day] = reading.date.split('-');
  return `${day}/${month}/${year}${reading.time === null ? '' : ` ${reading.time}`}`;
}

export function isBlankCell(cell: SheetCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The column letters Excel shows for a 1-based column number: 1 is A, 27 is AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The 1-based column number of Excel column letters: A is 1, AA is 27. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}
