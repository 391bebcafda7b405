/**
 * The ways the subject's name is looked for in free text. Everywhere: the name as typed, in
 * either order ("Siobhán Kowalczyk", "Kowalczyk Siobhán", "Kowalczyk, Siobhán"), the names on
 * their people records (with middle names, and their first given name alone before the family
 * name), and their other names of two words or more. On the cases they are recorded in, also
 * their first given name or a one-word other name on its own ("Siobhán said…"): there it is most likely them,
 * and a reviewer can discard what is not, whereas across the whole store a first name alone
 * would name half the county.
 */
import { splitValue } from '../exports/redaction/words.ts';
import type { GappedName } from './name-matcher.ts';
import type { SubjectRecord } from './people-records.ts';
import type { Subject } from './subject.ts';

export interface NameForm {
  readonly value: string;
  /** What kind of form it is, for the export's "what matched" column. */
  readonly label: string;
}

export interface NameForms {
  readonly everywhere: readonly NameForm[];
  /** Given and family name with up to two words between, either way round (name-matcher.ts). */
  readonly gapped: readonly GappedName[];
  /** By case id: the forms that hold only on cases where they are recorded. */
  readonly onTheirCases: ReadonlyMap<number, readonly NameForm[]>;
}

const words = (text: string): string[] => text.trim().split(/\s+/).filter((word) => word !== '');

/** Given names then family name, both ways round, with the first given name alone too. */
function orders(givenNames: string, familyName: string, label: string): NameForm[] {
  const given = words(givenNames).join(' ');
  const family = words(familyName).join(' ');
  if (given === '') return [{ value: family, label }];
  const first = words(givenNames)[0]!;
  const forms = [`${given} ${family}`, `${family} ${given}`, `${family}, ${given}`];
  if (first !== given) forms.push(`${first} ${family}`, `${family} ${first}`, `${family}, ${first}`);
  return forms.map((value) => ({ value, label }));
}

/** The typed name: its last word taken as the family name, the rest as given names. */
function typedForms(subject: Subject): NameForm[] {
  const typed = words(subject.name);
  if (typed.length === 1) return [{ value: typed[0]!, label: 'the name searched' }];
  return orders(typed.slice(0, -1).join(' '), typed.at(-1)!, 'the name searched');
}

function unique(forms: readonly NameForm[]): NameForm[] {
  const seen = new Set<string>();
  return forms.filter((form) => {
    const key = form.value.toLowerCase();
    if (form.value.length < 2 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Given names then family name, and family name then given names, as the matcher's word keys. */
function bothWays(givenNames: string, familyName: string, label: string): GappedName[] {
  const given = splitValue(givenNames).keys;
  const family = splitValue(familyName).keys;
  if (given.length === 0 || family.length === 0) return [];
  return [
    { keys: [...given, ...family], label },
    { keys: [...family, ...given], label },
  ];
}

function gappedNames(subject: Subject, records: readonly SubjectRecord[]): GappedName[] {
  const typed = words(subject.name);
  const names = typed.length < 2 ? [] : bothWays(typed.slice(0, -1).join(' '), typed.at(-1)!, 'the name searched, with other words between');
  for (const record of records) names.push(...bothWays(words(record.givenNames)[0] ?? '', record.familyName, 'their name on a people record, with other words between'));
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.keys.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function nameForms(subject: Subject, records: readonly SubjectRecord[]): NameForms {
  const everywhere: NameForm[] = typedForms(subject);
  const onTheirCases = new Map<number, NameForm[]>();
  for (const record of records) {
    everywhere.push(...orders(record.givenNames, record.familyName, 'their name on a people record'));
    const own = onTheirCases.get(record.caseId) ?? [];
    for (const other of record.details.otherNames) {
      const form = { value: other, label: `their other name “${other}”` };
      if (words(other).length > 1) everywhere.push(form);
      else own.push(form);
    }
    // The first given name only: a middle name alone ("Marie") names too many others.
    const first = words(record.givenNames)[0];
    if (first !== undefined) own.push({ value: first, label: `their given name “${first}” alone, on a case they are recorded in` });
    onTheirCases.set(record.caseId, own);
  }
  const shared = unique(everywhere);
  return { everywhere: shared, gapped: gappedNames(subject, records), onTheirCases: new Map([...onTheirCases].map(([caseId, own]) => [caseId, unique([...shared, ...own])])) };
}
