/**
 * The matcher for each text of the store: on a case where the subject has a people record, the
 * forms that hold there too; elsewhere the forms that hold everywhere. A case where the name is
 * only someone else's (another date of birth) is not searched at all.
 */
import { nameForms } from './name-forms.ts';
import { nameMatcher, type NameMatcher } from './name-matcher.ts';
import type { SubjectRecords } from './people-records.ts';
import type { Subject } from './subject.ts';

export interface SubjectMatchers {
  /**
   * Null for a case left out by the date of birth. `fullNamesOnly`: a field holding a person's
   * name, where a first name alone is someone else's.
   */
  forCase(caseId: number | null, fullNamesOnly?: boolean): NameMatcher | null;
  /** The cases whose people records are theirs. */
  readonly theirCases: ReadonlySet<number>;
  /** The cases left out: the name is on them, with only another date of birth. */
  readonly leftOutCases: ReadonlySet<number>;
}

export function subjectMatchers(subject: Subject, found: SubjectRecords): SubjectMatchers {
  const forms = nameForms(subject, found.records);
  const everywhere = nameMatcher(forms.everywhere, forms.gapped);
  const byCase = new Map([...forms.onTheirCases].map(([caseId, caseForms]) => [caseId, nameMatcher(caseForms, forms.gapped)]));
  const theirCases = new Set(found.records.map((record) => record.caseId));
  const leftOutCases = new Set(found.leftOut.map((record) => record.caseId).filter((caseId) => !theirCases.has(caseId)));
  return {
    forCase(caseId, fullNamesOnly = false) {
      if (caseId === null) return everywhere;
      if (leftOutCases.has(caseId)) return null;
      return fullNamesOnly ? everywhere : (byCase.get(caseId) ?? everywhere);
    },
    theirCases,
    leftOutCases,
  };
}
