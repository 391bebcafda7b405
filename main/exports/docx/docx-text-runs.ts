/**
 * A block's plain text as Word runs. Text pasted from Word or a browser carries characters a .docx
 * cannot hold (XML forbids most control characters, and Word's manual line break arrives as a
 * vertical tab), so line breaks become real breaks, tabs real tabs, and the rest is dropped.
 */
import { Tab, TextRun, type IRunOptions } from 'docx';

/** Anything XML 1.0 refuses, plus form feeds; tabs and line breaks are handled before this runs. */
const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /\r\n|\r|\n|\u000B|\u2028|\u2029/;

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** One run per line, each after the first starting with a break, tabs kept as Word tabs. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(LINE_BREAK).map((line, index) => {
    const pieces = line.replace(NOT_XML_TEXT, '').split('\t');
    const children = pieces.flatMap((piece, pieceIndex) => (pieceIndex === 0 ? [piece] : [new Tab(), piece])).filter((child) => child !== '');
    return new TextRun({ ...style, children, ...(index > 0 ? { break: 1 } : {}) });
  });
}
