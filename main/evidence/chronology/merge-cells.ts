/**
 * The merged cells of a worksheet, picked out of its XML as exceljs's streaming reader parses
 * it. That reader reads `<mergeCell>` elements but drops them, and they come after the rows, so
 * the chunks of XML are watched on their way to the parser: each chunk is passed on untouched,
 * and only once `<mergeCells` has been seen (at the end of the sheet) is the rest kept and read.
 * A native byte search per chunk costs next to nothing beside the parsing itself.
 */
import { columnNumber } from './sheet-cell.ts';
import type { MergeRange } from './sheet-rows.ts';

const MARKER = Buffer.from('<mergeCells');
const MERGE_CELL = /<mergeCell\b[^>]*?\bref\s*=\s*"\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)"/g;

export interface MergeWatch {
  /** The worksheet XML as it was, chunk by chunk, to hand to the parser. */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** The merged ranges, complete once `chunks` has been read to its end. */
  merges(): MergeRange[];
}

export function watchMergeCells(source: AsyncIterable<Buffer | string>): MergeWatch {
  let tail: Buffer = Buffer.alloc(0);
  const kept: Buffer[] = [];
  let found = false;

  async function* chunks(): AsyncGenerator<Buffer | string> {
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (found) {
        kept.push(bytes);
      } else {
        // The marker may straddle two chunks: look across the join as well as inside the chunk.
        const joined = Buffer.concat([tail, bytes.subarray(0, MARKER.length)]);
        const acrossJoin = joined.indexOf(MARKER);
        const at = acrossJoin >= 0 ? -1 : bytes.indexOf(MARKER);
        if (acrossJoin >= 0) {
          found = true;
          kept.push(joined.subarray(acrossJoin), bytes.subarray(MARKER.length));
        } else if (at >= 0) {
          found = true;
          kept.push(bytes.subarray(at));
        } else {
          const keep = MARKER.length - 1;
          tail = Buffer.from(bytes.length >= keep ? bytes.subarray(bytes.length - keep) : Buffer.concat([tail, bytes]).subarray(-keep));
        }
      }
      yield chunk;
    }
  }

  return {
    chunks: chunks(),
    merges(): MergeRange[] {
      const text = Buffer.concat(kept).toString('utf8');
      const merges: MergeRange[] = [];
      for (const match of text.matchAll(MERGE_CELL)) {
        const [left, right] = [columnNumber(match[1]!), columnNumber(match[3]!)];
        const [top, bottom] = [Number(match[2]), Number(match[4])];
        merges.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
      }
      return merges;
    },
  };
}
