/**
 * The last guard before the log file, for a line that did not come from logLine: one line
 * (a stack's message runs over several), no absolute path (a profile folder can name the
 * person, a file the case), and not without end. It cannot know a name when it sees one: the
 * guarantee is the events (log-event.ts); this catches a careless line.
 */

export const LONGEST_LINE = 2000;
const PATH = '<path>';

export function safeLine(message: string): string {
  const line = message
    .replace(/[\r\n\u2028\u2029]+/g, ' | ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    // A quoted path may hold spaces: the whole quotation goes.
    .replace(/(['"`])(?:file:\/\/|\/|[A-Za-z]:[\\/]|\\\\)[^'"`]*\1/g, `$1${PATH}$1`)
    .replace(/file:\/\/\S*/gi, PATH)
    .replace(/(?<![\w:/.\\-])[A-Za-z]:[\\/]\S*/g, PATH)
    .replace(/(?<![\w:/.\\-])\\\\\S+/g, PATH)
    .replace(/(?<![\w:/.\\-])\/(?:[^\s/'"`]+\/)+[^\s'"`]*/g, PATH);
  return line.length > LONGEST_LINE ? `${line.slice(0, LONGEST_LINE)}…` : line;
}
