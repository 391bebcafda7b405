/**
 * A returned chronology saved as .csv (only ever under a .csv name): the same header
 * recognition and row reading as a workbook's sheet, named after the file.
 *
 * Fields follow RFC 4180 as Excel writes it: quoted fields may hold commas, doubled quotes and
 * line breaks, and a quoted field with a line break is still one row, as Excel shows it. Excel's
 * "CSV UTF-8" starts with a byte-order mark, which is dropped; its plain "CSV" is Windows-1252,
 * read as such when the bytes are not valid UTF-8, so "Zoë" survives either way. A file saved
 * with semicolons or tabs between fields is recognised from its first line.
 */
import type { SheetCell } from './sheet-cell.ts';
import { ChronologySheetReader, type SheetReadResult } from './sheet-rows.ts';

const DELIMITERS = [',', ';', '\t'] as const;

export function readCsvSheet(fileName: string, bytes: Buffer, today: string): SheetReadResult {
  const sheet = new ChronologySheetReader(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''), { today, date1904: false });
  const text = decodeCsv(bytes);
  let row = 0;
  for (const fields of csvRecords(text, delimiterOf(text))) {
    row += 1;
    // Column numbers start at 1, as in a workbook, so index 0 stays empty.
    sheet.addRow(row, [null, ...fields.map((field): SheetCell => (field === '' ? null : field))]);
  }
  return sheet.finish();
}

function decodeCsv(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, where it keeps curly quotes, dashes and the euro
 * sign. Node's TextDecoder reads that range as Latin-1's control characters, so it is mapped
 * here (0 marks the five bytes Windows-1252 leaves undefined; they stay as Latin-1 reads them).
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Characters turned into a string at a time: few enough to pass as arguments. */
const DECODE_CHUNK = 8192;

function decodeWindows1252(bytes: Buffer): string {
  const codes = new Uint16Array(bytes.length);
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    codes[index] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] || byte : byte;
  }
  let text = '';
  for (let start = 0; start < codes.length; start += DECODE_CHUNK) text += String.fromCharCode(...codes.subarray(start, start + DECODE_CHUNK));
  return text;
}

/** The delimiter that appears most in the first line (outside quotes); a comma when there is none. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** The records of a CSV text, each as its fields; a line ending inside quotes belongs to the field. */
export function* csvRecords(text: string, delimiter = ','): Generator<string[]> {
  const length = text.length;
  // Where an unquoted run of a field ends: at the delimiter or the end of the line.
  const runEnd = (from: number): number => {
    let end = from;
    while (end < length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end += 1;
    return end;
  };
  let fields: string[] = [];
  let index = 0;
  while (index < length) {
    let field = '';
    if (text[index] === '"') {
      let from = index + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          field += text.slice(from);
          index = length;
          break;
        }
        field += text.slice(from, quote);
        if (text[quote + 1] !== '"') {
          index = quote + 1;
          break;
        }
        field += '"';
        from = quote + 2;
      }
    }
    // Unquoted text, or anything after a closing quote (kept, as Excel keeps it).
    const end = runEnd(index);
    fields.push(field + text.slice(index, end));
    index = end;
    if (index >= length) break;
    if (text[index] === delimiter) {
      index += 1;
      if (index >= length) fields.push('');
      continue;
    }
    yield fields;
    fields = [];
    index += text[index] === '\r' && text[index + 1] === '\n' ? 2 : 1;
  }
  if (fields.length > 0) yield fields;
}
