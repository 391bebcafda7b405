import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../../main/exports/redaction/register.ts';
import { compileRegister, findRegisterMatches } from '../../../../main/exports/redaction/register-matcher.ts';
import { mergeReplacements } from '../../../../main/exports/redaction/replacements.ts';
import { CHILD, HEALTH_VISITOR, MOTHER, PEOPLE, PLACES, SCHOOL, person } from './fixtures.ts';

const register = buildRegister({ people: PEOPLE, places: PLACES });
const compiled = compileRegister(register);

/** Each match as [text found, replacement], before overlaps are resolved. */
const rawMatches = (text: string) => findRegisterMatches(text, compiled).map((match) => [text.slice(match.start, match.end), match.replacement]);

/** What redaction replaces: overlapping matches merged, the longest winning. */
const matches = (text: string) =>
  mergeReplacements(findRegisterMatches(text, compiled).map((match) => ({ start: match.start, end: match.end, text: match.replacement, kind: match.kind, fromRegister: true }))).map((span) => [
    text.slice(span.start, span.end),
    span.text,
  ]);

describe('the redaction register', () => {
  it('lists each person, children first, with every name, date of birth, address and contact detail', () => {
    expect(register.map((entry) => [entry.id, entry.label, entry.pseudonym])).toEqual([
      [`person:${CHILD.id}`, 'Child', 'Child Q'],
      [`person:${MOTHER.id}`, 'Mother', 'Mother'],
      [`person:${HEALTH_VISITOR.id}`, 'Health visitor', 'Health Visitor 1'],
      [`place:${SCHOOL.id}`, 'Place', 'the school'],
    ]);
    expect(register[0]!.values).toEqual([
      { kind: 'name', value: 'Olivia Rose Hartley' },
      { kind: 'name', value: 'Olivia Hartley' },
      { kind: 'name', value: 'Rose Hartley' },
      { kind: 'name', value: 'Olivia' },
      { kind: 'name', value: 'Rose' },
      { kind: 'name', value: 'Hartley' },
      { kind: 'name', value: 'Liv' },
      { kind: 'date-of-birth', value: '2015-03-04' },
      { kind: 'address', value: '14 Larch Close, Bramley, Leeds LS13 2AB' },
    ]);
    expect(register[1]!.values.filter((value) => value.kind === 'contact').map((value) => value.value)).toEqual(['07700 900123', 'sarah.hartley@example.com']);
    expect(register[3]!.values).toEqual([{ kind: 'place', value: 'Oakwood Primary School' }]);
  });

  it('skips values shorter than two characters', () => {
    const [entry] = buildRegister({ people: [person({ id: 1, role: 'child', givenNames: 'J', familyName: 'Ng', otherNames: ['K'], publishAs: 'Child A' })], places: [] });
    expect(entry!.values.map((value) => value.value)).toEqual(['J Ng', 'Ng']);
  });

  it('matches names in capitals, in any case, and possessive, keeping the possessive', () => {
    expect(matches('OLIVIA HARTLEY told olivia’s teacher about Hartley’s dog.')).toEqual([
      ['OLIVIA HARTLEY', 'Child Q'],
      ['olivia', 'Child Q'],
      ['Hartley', 'Child Q'],
    ]);
  });

  it('matches a name split across a line or by several spaces, tabs or no space at all', () => {
    expect(matches('Seen with Olivia\nHartley, Olivia   \t Hartley and OliviaHartley.')).toEqual([
      ['Olivia\nHartley', 'Child Q'],
      ['Olivia   \t Hartley', 'Child Q'],
      ['OliviaHartley', 'Child Q'],
    ]);
  });

  it('matches whole words only', () => {
    expect(matches('The Annual review of Livestock and Roses.')).toEqual([]);
    expect(matches('Ann Okafor visited; Ann rang.')).toEqual([
      ['Ann Okafor', 'Health Visitor 1'],
      ['Ann', 'Health Visitor 1'],
    ]);
  });

  it('gives a family name on its own the pseudonym of the first person with it, children first', () => {
    expect(matches('Ms Hartley and Sarah Hartley.')).toEqual([
      ['Hartley', 'Child Q'],
      ['Sarah Hartley', 'Mother'],
    ]);
  });

  it('matches a date of birth in every way UK writing gives it', () => {
    const forms = ['2015-03-04', '04/03/2015', '4/3/2015', '4.3.15', '4 March 2015', '4th March 2015', '4th of March, 2015', 'March 4, 2015', '4 Mar 2015'];
    for (const form of forms) expect(matches(`Seen on ${form} at home.`)).toEqual([[form, '[date of birth]']]);
    expect(matches('Seen on 5 March 2015 and on 4 March 2016.')).toEqual([]);
  });

  it('matches an address with any spacing and with or without commas, and by its first line and postcode', () => {
    expect(matches('Lived at 14 LARCH CLOSE BRAMLEY, LEEDS  LS13 2AB until May.')).toEqual([['14 LARCH CLOSE BRAMLEY, LEEDS  LS13 2AB', '[address]']]);
    expect(matches('Lived at 14 Larch Close; postcode ls132ab.')).toEqual([
      ['14 Larch Close', '[address]'],
      ['ls132ab', '[address]'],
    ]);
    const [entry] = buildRegister({ people: [person({ id: 1, role: 'child', givenNames: 'Amy', familyName: 'Ng', addresses: ['Flat 2 9 Mill Road Leeds LS6 1AA'], publishAs: 'Child A' })], places: [] });
    const text = 'She stayed at 9 Mill Road.';
    expect(findRegisterMatches(text, compileRegister([entry!])).map((match) => text.slice(match.start, match.end))).toEqual(['9 Mill Road']);
  });

  it('matches contact details however a phone number is spaced, and places by their pseudonym', () => {
    expect(matches('Ring 07700900123 or +44 7700 900 123; write to Sarah.Hartley@example.com.')).toEqual([
      ['07700900123', '[contact details]'],
      ['+44 7700 900 123', '[contact details]'],
      ['Sarah.Hartley@example.com', '[contact details]'],
    ]);
    expect(matches('At OAKWOOD PRIMARY SCHOOL she was happy.')).toEqual([['OAKWOOD PRIMARY SCHOOL', 'the school']]);
  });

  it('reports overlapping matches for the caller to resolve, the longest at each word', () => {
    expect(rawMatches('Olivia Rose Hartley')).toEqual([
      ['Olivia Rose Hartley', 'Child Q'],
      ['Rose Hartley', 'Child Q'],
      ['Hartley', 'Child Q'],
    ]);
    expect(matches('Olivia Rose Hartley')).toEqual([['Olivia Rose Hartley', 'Child Q']]);
  });

  it('keeps one index for a register array, and builds another once entries are added', () => {
    const entries = buildRegister({ people: [CHILD], places: [] });
    const first = compileRegister(entries);
    expect(compileRegister(entries)).toBe(first);
    entries.push(...buildRegister({ people: [MOTHER], places: [] }));
    const second = compileRegister(entries);
    expect(second).not.toBe(first);
    expect(findRegisterMatches('Sarah rang.', second).map((match) => match.replacement)).toEqual(['Mother']);
  });

  it('merges partly overlapping matches so that no part of either survives', () => {
    const [entry] = buildRegister({ people: [person({ id: 1, role: 'child', givenNames: 'Grace', familyName: 'Lee', otherNames: ['Lee Jay'], publishAs: 'Child A' })], places: [] });
    const own = compileRegister([entry!]);
    const text = 'Grace Lee Jay came.';
    const merged = mergeReplacements(findRegisterMatches(text, own).map((match) => ({ start: match.start, end: match.end, text: match.replacement, kind: match.kind, fromRegister: true })));
    expect(merged.map((span) => text.slice(span.start, span.end))).toEqual(['Grace Lee Jay']);
  });
});
