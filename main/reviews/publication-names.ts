/**
 * The names people are published under. Under letter codes each child gets the next code no
 * one in the store holds ("Child A" … "Child Z", "Child AA" …), so a code never points at two
 * children across the partnership's reports; everyone else is known by their relationship to
 * the child or their job ("Mother", "Health visitor"). Under pseudonyms the partnership
 * chooses each name itself.
 */
import { PERSON_ROLE_LABELS, type PersonRole, type PublicationNaming } from '../../shared/reviews/people.ts';

const CHILD_CODE = /^Child ([A-Z]+)$/;

/** 0 → "A", 25 → "Z", 26 → "AA", 27 → "AB": spreadsheet-column order. */
export function letterCode(index: number): string {
  let code = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) code = String.fromCharCode(65 + ((rest - 1) % 26)) + code;
  return code;
}

/** The letter code in "Child F", or null for any other name. */
export function childCode(publishAs: string): string | null {
  return CHILD_CODE.exec(publishAs.trim())?.[1] ?? null;
}

/** The first code in order that none of these published names holds. */
export function nextChildCode(namesInUse: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of namesInUse) {
    const code = childCode(name);
    if (code !== null) used.add(code);
  }
  let index = 0;
  while (used.has(letterCode(index))) index += 1;
  return `Child ${letterCode(index)}`;
}

/** "health visitor" → "Health visitor"; with no relationship, the role ("Practitioner"). */
export function adultPublishAs(role: PersonRole, relationship: string): string {
  const trimmed = relationship.trim();
  if (trimmed === '') return PERSON_ROLE_LABELS[role];
  return trimmed.charAt(0).toLocaleUpperCase('en-GB') + trimmed.slice(1);
}

export type DefaultPublishAs = { readonly ok: true; readonly publishAs: string } | { readonly ok: false; readonly message: string };

/**
 * The name to publish someone under when none was entered. `current` is what they are already
 * published under, so a child saved again keeps their code; `namesInUse` excludes them.
 */
export function defaultPublishAs(
  naming: PublicationNaming,
  person: { role: PersonRole; relationship: string; current: string | null },
  namesInUse: () => Iterable<string>,
): DefaultPublishAs {
  if (naming === 'pseudonyms') return { ok: false, message: 'Enter the name to publish under: the partnership uses chosen pseudonyms' };
  if (person.role !== 'child') return { ok: true, publishAs: adultPublishAs(person.role, person.relationship) };
  if (person.current !== null && childCode(person.current) !== null) return { ok: true, publishAs: person.current };
  return { ok: true, publishAs: nextChildCode(namesInUse()) };
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/**
 * How a report names a case's children: "Child A", "Children F, G and H", or with pseudonyms
 * "Tom and Lily". An empty list gives an empty string.
 */
export function describeChildren(publishedNames: readonly string[]): string {
  const names = publishedNames.map((name) => name.trim()).filter((name) => name !== '');
  const codes = names.map(childCode);
  if (names.length > 1 && codes.every((code) => code !== null)) return `Children ${listInWords(codes as string[])}`;
  return listInWords(names);
}
