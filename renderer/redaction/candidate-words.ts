/** How detected identifiers are put into words: which document, what state, who decided and why. */
import { IDENTIFIER_LABELS, REPLACEMENTS, type CandidateView, type RedactedDocument } from '../../shared/reports/redaction.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';

export const DOCUMENT_LABELS: Readonly<Record<RedactedDocument, string>> = {
  report: 'The review report',
  'rapid-review': 'The Rapid Review Meeting Report',
  briefing: 'The 7-minute briefing',
};

export const STATE_TAGS: Readonly<Record<CandidateView['state'], { readonly text: string; readonly colour: string }>> = {
  undecided: { text: 'Undecided', colour: 'govuk-tag--yellow' },
  accepted: { text: 'Redacted', colour: 'govuk-tag--blue' },
  dismissed: { text: 'Dismissed', colour: 'govuk-tag--grey' },
};

/** One candidate among all of a case's: a value at a place, of a kind, in a document. */
export function candidateKey(candidate: Pick<CandidateView, 'document' | 'place' | 'kind' | 'value'>): string {
  return `${candidate.document}|${candidate.place}|${candidate.kind}|${candidate.value}`;
}

/** "National Insurance number QQ 12 34 56 C": how a button or message names the candidate. */
export function candidateName(candidate: Pick<CandidateView, 'kind' | 'value'>): string {
  return `${IDENTIFIER_LABELS[candidate.kind]} ${candidate.value}`;
}

/** What was decided, by whom and when; empty while undecided. */
export function decisionWords(candidate: CandidateView): string {
  if (candidate.state === 'undecided') return '';
  const by = [candidate.decidedBy === null ? null : `by ${candidate.decidedBy}`, candidate.decidedAt === null ? null : `on ${formatTimestamp(candidate.decidedAt)}`].filter((part) => part !== null).join(' ');
  if (candidate.state === 'accepted') return `Replaced by ${REPLACEMENTS[candidate.kind]}${by === '' ? '' : `, ${by}`}.`;
  return `Left in${by === '' ? '' : `, ${by}`}.`;
}

/** "3 identifiers are undecided": the count, agreeing with its noun and verb. */
export function undecidedWords(count: number): string {
  return count === 1 ? '1 identifier is undecided' : `${count.toLocaleString('en-GB')} identifiers are undecided`;
}
