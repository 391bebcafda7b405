import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCaseLearning } from '../../../main/learning/case-learning.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import type { Session } from '../../../main/security/session.ts';
import { flagRepeatOf, makeEvidenceStore, newCase, type EvidenceStore } from './learning-fixture.ts';

/** Every real name used below: none may reach a suggestion. */
const REAL_NAMES = ['Zoë', 'Zoe', "O'Brien", 'OBrien', 'Carys', 'Penhaligon', 'Dana', 'Okafor', 'Tobias', 'Wrenfield'];

describe('suggested repeat incidents', () => {
  let store: EvidenceStore;
  let officer: Session;
  let earlier: { reference: string; id: number };
  let current: { reference: string; id: number };
  let afterwards: { reference: string; id: number };
  beforeEach(async () => {
    store = await makeEvidenceStore();
    officer = store.officer;
    earlier = newCase(officer, { incidentDate: '2024-02-01', referralDate: '2024-02-02' });
    current = newCase(officer, { incidentDate: '2025-11-03', referralDate: '2025-11-04' });
    afterwards = newCase(officer, { incidentDate: '2026-01-05', referralDate: '2026-01-06' });
    savePerson(officer, earlier.reference, { role: 'child', givenNames: 'Zoë', familyName: "O'Brien", datesOfBirth: ['2016-05-01'], publishAs: 'Child K' });
    savePerson(officer, earlier.reference, { role: 'family-member', givenNames: 'Carys', familyName: 'Penhaligon', relationship: 'mother', publishAs: 'Mother' });
    savePerson(officer, earlier.reference, { role: 'practitioner', givenNames: 'Dana', familyName: 'Okafor', relationship: 'health visitor', publishAs: 'Health visitor' });
    // Spelled as another agency would: no accent, no apostrophe.
    savePerson(officer, current.reference, { role: 'child', givenNames: 'Zoe', familyName: 'OBrien', datesOfBirth: ['2016-05-01'], publishAs: 'Child M' });
    savePerson(officer, current.reference, { role: 'family-member', givenNames: 'Tobias', familyName: 'Wrenfield', otherNames: ['Carys Penhaligon'], relationship: 'step-parent', publishAs: 'Step-parent' });
    savePerson(officer, current.reference, { role: 'practitioner', givenNames: 'Dana', familyName: 'Okafor', relationship: 'health visitor', publishAs: 'Health visitor' });
    savePerson(officer, afterwards.reference, { role: 'child', givenNames: 'Zoe', familyName: "O'Brien", publishAs: 'Child N' });
  });
  afterEach(() => store.cleanup());

  it('finds the earlier case with a matching child and family member, by published names only', () => {
    const view = readCaseLearning(officer, current.reference);
    expect(view.suggestions).toEqual([
      {
        earlierReference: earlier.reference,
        earlierKind: 'rapid-review',
        earlierReferralDate: '2024-02-02',
        matches: [
          { here: 'Child M', there: 'Child K', role: 'child' },
          // Matched through an other name recorded for the step-parent.
          { here: 'Step-parent', there: 'Mother', role: 'family-member' },
        ],
        flagged: false,
      },
    ]);
    const text = JSON.stringify(view);
    for (const name of REAL_NAMES) expect(text).not.toContain(name);
  });

  it('suggests only earlier cases: the later case is suggested nothing back, the earliest nothing at all', () => {
    expect(readCaseLearning(officer, afterwards.reference).suggestions.map((suggestion) => suggestion.earlierReference)).toEqual([current.reference, earlier.reference]);
    expect(readCaseLearning(officer, earlier.reference).suggestions).toEqual([]);
  });

  it('ignores practitioners, who work on many cases', () => {
    const other = newCase(officer, { incidentDate: '2025-12-01', referralDate: '2025-12-02' });
    savePerson(officer, other.reference, { role: 'practitioner', givenNames: 'Dana', familyName: 'Okafor', relationship: 'health visitor', publishAs: 'Health visitor' });
    expect(readCaseLearning(officer, other.reference).suggestions).toEqual([]);
  });

  it('marks a suggestion once it is flagged', () => {
    flagRepeatOf(officer, current.reference, earlier.reference);
    expect(readCaseLearning(officer, current.reference).suggestions.map((suggestion) => [suggestion.earlierReference, suggestion.flagged])).toEqual([[earlier.reference, true]]);
  });

  it('shows someone only the earlier cases they may read', async () => {
    const reviewer = await store.signIn('Ines Reviewer', 'lead-reviewer', afterwards.reference);
    expect(readCaseLearning(reviewer, afterwards.reference).suggestions).toEqual([]);
    const panel = await store.signIn('Sol Panelmember', 'screening-panel');
    expect(readCaseLearning(panel, afterwards.reference).suggestions).toHaveLength(2);
  });
});
