/**
 * Which of a preview's problems the person must say they have read before the rest is imported:
 * every row that could not be read, and every sheet not read except the template's own
 * instructions and summary sheets, which never hold events. Main decides (it refuses an
 * acceptance without the say-so); this is the same rule, so the screen asks exactly when main would.
 */
import { TEMPLATE_SHEETS, type ChronologyProblem } from '../../../shared/evidence/chronology.ts';

const TEMPLATE_OTHER_SHEETS: ReadonlySet<string> = new Set([TEMPLATE_SHEETS.instructions, TEMPLATE_SHEETS.summary].map((name) => name.toLowerCase()));

export function problemsToAccept(problems: readonly ChronologyProblem[]): ChronologyProblem[] {
  return problems.filter((problem) => problem.row > 0 || !TEMPLATE_OTHER_SHEETS.has(problem.sheet.trim().toLowerCase()));
}
