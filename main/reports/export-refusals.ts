/**
 * The two refusals an export can meet on its way out, worded to name each thing: detected
 * identifiers the reviewer has not decided yet, and identifiers the last gate found in the text
 * read back out of the file just written.
 */
import { AppError } from '../../shared/errors.ts';
import { IDENTIFIER_LABELS, type CandidateView } from '../../shared/reports/redaction.ts';
import type { ExportFormat } from '../../shared/reports/report-document.ts';
import type { GateFinding } from '../exports/redaction/gate.ts';

/** How many are named in a message; the rest are counted, and the Redaction page lists them all. */
export const NAMED_AT_MOST = 10;

const quoted = (kind: CandidateView['kind'], value: string) => `${IDENTIFIER_LABELS[kind]} “${value}”`;

function namedList(names: readonly string[]): string {
  const shown = names.slice(0, NAMED_AT_MOST).join(', ');
  const more = names.length - NAMED_AT_MOST;
  return more > 0 ? `${shown} and ${more.toLocaleString('en-GB')} more` : shown;
}

/** "3 identifiers found in the text are undecided: National Insurance number “QQ 12 34 56 C” in Overview, … Accept or dismiss each on the Redaction page first." */
export function undecidedRefusal(undecided: readonly CandidateView[]): AppError {
  const count = undecided.length;
  const subject = count === 1 ? '1 identifier found in the text is undecided' : `${count.toLocaleString('en-GB')} identifiers found in the text are undecided`;
  const names = undecided.map((candidate) => `${quoted(candidate.kind, candidate.value)}${candidate.where.trim() === '' ? '' : ` in ${candidate.where.trim()}`}`);
  return new AppError('REDACTION_UNDECIDED', `${subject}: ${namedList(names)}. Accept or dismiss each on the Redaction page first.`);
}

/** Each kind and value once, in the order found. */
function distinct(findings: readonly GateFinding[]): GateFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.kind}\u0000${finding.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function foundRefusal(findings: readonly GateFinding[], format: ExportFormat): AppError {
  const names = distinct(findings).map((finding) => quoted(finding.kind, finding.value));
  const file = format === 'pdf' ? 'PDF' : 'Word file';
  return new AppError(
    'REDACTION_FOUND',
    `The ${file} was not written: read back, its text still holds ${names.length === 1 ? 'an identifier' : `${names.length} identifiers`}: ${namedList(names)}. Add each to the case’s redaction register (or decide it on the Redaction page), then export again.`,
  );
}
