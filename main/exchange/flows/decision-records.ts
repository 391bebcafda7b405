/**
 * The records a person without an account here can be asked to give as their own signed
 * decision — a screening panel decision, an endorsement of a meeting's outcome, a declaration of
 * interest — and the people each one speaks for.
 */
import { DECISION_RECORD_LABELS, DECISION_RECORD_TYPES, type DecisionRecordType } from '../../../shared/exchange/payloads.ts';
import { namedPerson, type NamedPerson } from '../../../shared/reviews/fields.ts';
import type { RecordType } from '../../../shared/reviews/records.ts';

const DECISION_TYPES: ReadonlySet<string> = new Set(DECISION_RECORD_TYPES);

export function isDecisionType(type: RecordType): type is DecisionRecordType {
  return DECISION_TYPES.has(type);
}

/** "screening panel decision", "endorsement of a meeting’s outcome": as a sentence uses it after "signed". */
export function decisionWords(type: DecisionRecordType): string {
  const label = DECISION_RECORD_LABELS[type];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The people whose decision the record is: a screening decision's panel, or the one endorser or declarer. */
export function peopleOfDecision(type: DecisionRecordType, data: Record<string, unknown>): NamedPerson[] {
  const candidates = type === 'screening' ? (Array.isArray(data.panel) ? data.panel : []) : [data.person];
  return candidates.flatMap((candidate) => {
    const parsed = namedPerson.safeParse(candidate);
    return parsed.success ? [parsed.data] : [];
  });
}

export function personNamed(people: readonly NamedPerson[], name: string): NamedPerson | undefined {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return people.find((person) => person.name.trim().replace(/\s+/g, ' ').toLowerCase() === wanted);
}
