/**
 * How a data-protection search recognises the person in free text: the name as typed, either way
 * round, whole words only, with or without accents, through a middle name or an initial but not
 * across a sentence; the names on their people records everywhere; and a first name alone only on
 * the cases where they are recorded.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { nameForms } from '../../../main/data-protection/name-forms.ts';
import { nameMatcher } from '../../../main/data-protection/name-matcher.ts';
import type { SubjectRecord } from '../../../main/data-protection/people-records.ts';
import { nameIsTheirs, subjectOf } from '../../../main/data-protection/subject.ts';
import { inContext } from '../../../main/data-protection/text-context.ts';

const subject = subjectOf({ name: 'siobhan kowalczyk', dateOfBirth: null });

const record: SubjectRecord = {
  personId: 7,
  caseId: 3,
  role: 'family-member',
  givenNames: 'Siobhán Marie',
  familyName: 'Kowalczyk',
  publishAs: 'Mother',
  details: { otherNames: ['Shiv', 'Siobhán Doherty'], datesOfBirth: ['1996-02-14'], dateOfDeath: null, addresses: [], contactDetails: [], relationship: 'Mother', agency: '', notes: '' },
  matchedOn: ['name'],
};

function found(text: string, onTheirCase = false): string[] {
  const forms = nameForms(subject, [record]);
  const matcher = nameMatcher(onTheirCase ? forms.onTheirCases.get(3)! : forms.everywhere, forms.gapped);
  return matcher.find(text).map((hit) => text.slice(hit.start, hit.end));
}

describe('recognising the person in free text', () => {
  it('finds the name in either order, in any case, with or without accents', () => {
    expect(found('Seen: KOWALCZYK, Siobhán and her daughter.')).toEqual(['KOWALCZYK, Siobhán']);
    expect(found('siobhan kowalczyk attended')).toEqual(['siobhan kowalczyk']);
    expect(found('Kowalczyk Siobhan (mother)')).toEqual(['Kowalczyk Siobhan']);
    expect(found('Siobhán Kowalczyk’s flat was cold.')).toEqual(['Siobhán Kowalczyk']);
  });

  it('finds it through a middle name, an initial or a title, but not across the end of a sentence', () => {
    expect(found('Siobhán Marie Kowalczyk was seen.')).toEqual(['Siobhán Marie Kowalczyk']);
    expect(found('Siobhán M. Kowalczyk was seen.')).toEqual(['Siobhán M. Kowalczyk']);
    expect(found('Kowalczyk, Mrs Siobhán')).toEqual(['Kowalczyk, Mrs Siobhán']);
    expect(found('Nobody saw Siobhán. Kowalczyk was the landlord.')).toEqual([]);
    expect(found('Siobhán went out with her friend and her friend’s brother Kowalczyk')).toEqual([]);
  });

  it('matches whole words only, so a similar name is not her', () => {
    expect(found('Siobhan Kowalski reported the concern.')).toEqual([]);
    expect(found('Siobhan Kowalczykowa reported the concern.')).toEqual([]);
    expect(found('Kowalczyk family, and Siobhanne next door.')).toEqual([]);
  });

  it('finds her other names of two words anywhere, and a first name or one-word name alone only on her own cases', () => {
    expect(found('Siobhán Doherty, as she then was.')).toEqual(['Siobhán Doherty']);
    expect(found('Siobhán said she was scared.')).toEqual([]);
    expect(found('Siobhán said she was scared.', true)).toEqual(['Siobhán']);
    expect(found('Shiv did not answer.', true)).toEqual(['Shiv']);
    expect(found('Marie did not answer.', true)).toEqual([]);
  });

  it('decides a people record is theirs only when every word typed is a whole word of its name', () => {
    expect(nameIsTheirs('siobhan marie kowalczyk', subject)).toBe(true);
    expect(nameIsTheirs('kowalczyk siobhan', subject)).toBe(true);
    expect(nameIsTheirs('siobhan kowalczykowa', subject)).toBe(false);
    expect(nameIsTheirs('siobhan kowalski', subject)).toBe(false);
  });

  it('refuses a name that is not one', () => {
    for (const name of ['', ' ', 'a', '—']) {
      let refusal: unknown;
      try {
        subjectOf({ name, dateOfBirth: null });
      } catch (error) {
        refusal = error;
      }
      expect(refusal, JSON.stringify(name)).toBeInstanceOf(AppError);
      expect((refusal as AppError).code).toBe('INVALID_INPUT');
    }
  });

  it('shows a long text as the words around each mention', () => {
    const long = `${'Before. '.repeat(100)}Siobhán Kowalczyk was seen at home. ${'After. '.repeat(100)}`;
    const forms = nameForms(subject, []);
    const context = inContext(long, nameMatcher(forms.everywhere, forms.gapped).find(long));
    expect(context).toMatch(/^… .*Siobhán Kowalczyk was seen at home\..* …$/);
    expect(context.length).toBeLessThan(400);
  });
});
