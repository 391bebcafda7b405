/**
 * The redaction register from a case's people and places: for each, everything that names or
 * locates them, and the name to publish under. Children come first, so that a family name shared
 * by a child and a parent, met on its own, is published as the child's pseudonym.
 */
import type { PersonRole, PersonView } from '../../../shared/reviews/people.ts';
import { PERSON_ROLE_LABELS, PERSON_ROLES } from '../../../shared/reviews/people.ts';
import type { IdentifierKind, PlaceView, RegisterEntry } from '../../../shared/reports/redaction.ts';

export interface RegisterSource {
  readonly people: readonly PersonView[];
  readonly places: readonly PlaceView[];
}

/** A single letter names nobody and would replace every "A" in the text. */
const SHORTEST_VALUE = 2;

type Value = RegisterEntry['values'][number];

function valuesOf(pairs: readonly (readonly [IdentifierKind, string])[]): Value[] {
  const seen = new Set<string>();
  const values: Value[] = [];
  for (const [kind, raw] of pairs) {
    const value = raw.trim().replace(/\s+/g, ' ');
    const key = `${kind}\n${value.toLowerCase()}`;
    if (value.length < SHORTEST_VALUE || seen.has(key)) continue;
    seen.add(key);
    values.push({ kind, value });
  }
  return values;
}

function personEntry(person: PersonView): RegisterEntry {
  const givenNames = person.givenNames.trim().split(/\s+/).filter((name) => name !== '');
  const family = person.familyName.trim();
  const pairs: [IdentifierKind, string][] = [['name', `${person.givenNames} ${family}`]];
  // "Olivia Hartley" for Olivia Rose Hartley: replaced as one name, not as "Child Q Child Q".
  if (givenNames.length > 1) for (const given of givenNames) pairs.push(['name', `${given} ${family}`]);
  for (const given of givenNames) pairs.push(['name', given]);
  pairs.push(['name', family]);
  for (const other of person.otherNames) pairs.push(['name', other]);
  for (const date of person.datesOfBirth) pairs.push(['date-of-birth', date]);
  for (const address of person.addresses) pairs.push(['address', address]);
  for (const contact of person.contactDetails) pairs.push(['contact', contact]);
  return {
    id: `person:${person.id}`,
    source: 'person',
    label: person.relationship.trim() || PERSON_ROLE_LABELS[person.role],
    pseudonym: person.publishAs,
    values: valuesOf(pairs),
  };
}

const roleOrder = (role: PersonRole): number => PERSON_ROLES.indexOf(role);

export function buildRegister(source: RegisterSource): RegisterEntry[] {
  const people = [...source.people].sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.id - b.id);
  return [
    ...people.map(personEntry),
    ...source.places.map((place): RegisterEntry => ({ id: `place:${place.id}`, source: 'place', label: 'Place', pseudonym: place.pseudonym, values: valuesOf([['place', place.name]]) })),
  ];
}
