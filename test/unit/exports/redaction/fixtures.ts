/** A small synthetic case for the redaction tests: a child, her mother, a health visitor and a school. */
import type { PersonView } from '../../../../shared/reviews/people.ts';
import type { PlaceView } from '../../../../shared/reports/redaction.ts';
import type { Block, PrintableDocument } from '../../../../shared/reports/report-document.ts';

export function person(fields: Partial<PersonView> & Pick<PersonView, 'id' | 'role' | 'givenNames' | 'familyName' | 'publishAs'>): PersonView {
  return { otherNames: [], datesOfBirth: [], dateOfDeath: null, addresses: [], contactDetails: [], relationship: '', agency: '', notes: '', ...fields };
}

export const CHILD = person({
  id: 7,
  role: 'child',
  givenNames: 'Olivia Rose',
  familyName: 'Hartley',
  otherNames: ['Liv'],
  datesOfBirth: ['2015-03-04'],
  addresses: ['14 Larch Close, Bramley, Leeds LS13 2AB'],
  publishAs: 'Child Q',
});

export const MOTHER = person({
  id: 3,
  role: 'family-member',
  givenNames: 'Sarah',
  familyName: 'Hartley',
  relationship: 'Mother',
  contactDetails: ['07700 900123', 'sarah.hartley@example.com'],
  publishAs: 'Mother',
});

export const HEALTH_VISITOR = person({ id: 9, role: 'practitioner', givenNames: 'Ann', familyName: 'Okafor', relationship: 'Health visitor', agency: 'Health', publishAs: 'Health Visitor 1' });

export const SCHOOL: PlaceView = { id: 2, name: 'Oakwood Primary School', pseudonym: 'the school' };

export const PEOPLE = [MOTHER, HEALTH_VISITOR, CHILD];
export const PLACES = [SCHOOL];

export function printable(sections: { key: string; heading: string; blocks: Block[] }[], title = 'Local child safeguarding practice review', subtitle = 'Child Q'): PrintableDocument {
  return { title, subtitle, sections, layout: 'report' };
}

export const paragraph = (text: string): Block => ({ type: 'paragraph', text });
