import { describe, expect, it } from 'vitest';
import { gateFindings } from '../../../../main/exports/redaction/gate.ts';
import { buildRegister } from '../../../../main/exports/redaction/register.ts';
import { REPLACEMENTS } from '../../../../shared/reports/redaction.ts';
import { PEOPLE, PLACES, person } from './fixtures.ts';

const register = buildRegister({ people: PEOPLE, places: PLACES });
const findings = (text: string, dismissed: { kind: 'nhs-number' | 'phone' | 'postcode'; value: string }[] = []) => gateFindings(text, register, dismissed).map(({ kind, value }) => [kind, value]);

describe('the gate on text read back from an export', () => {
  it('finds register values in capitals, with odd spacing, invisible characters, ligature-free forms and run together', () => {
    expect(findings('Seen: OLIVIA\n\n  HARTLEY.')).toEqual([['name', 'Olivia Hartley']]);
    expect(findings('Seen: Oli\u00ADvia.')).toEqual([['name', 'Olivia']]);
    expect(findings('Seen: Olivia\u200BHartley and ＳＡＲＡＨ.')).toEqual([
      ['name', 'Olivia Hartley'],
      ['name', 'Sarah'],
    ]);
    expect(findings('Seen at oakwood   primary\tschool.')).toEqual([['place', 'Oakwood Primary School']]);
    expect(findings('The HARTLEY’S house.')).toEqual([['name', 'Hartley']]);
  });

  it('finds dates of birth, addresses and contact details however they are written', () => {
    expect(findings('Seen on 4.3.15 at 14 larch close; rang 07700900123.')).toEqual([
      ['date-of-birth', '2015-03-04'],
      ['address', '14 Larch Close, Bramley, Leeds LS13 2AB'],
      ['contact', '07700 900123'],
    ]);
  });

  it('does not take pseudonyms or bracketed replacements for findings', () => {
    const redacted = `Child Q lived with Mother. Health Visitor 1 visited the school. ${Object.values(REPLACEMENTS).join(' ')}`;
    expect(findings(redacted)).toEqual([]);
    const withChild = buildRegister({ people: [person({ id: 1, role: 'practitioner', givenNames: 'Tom', familyName: 'Child', publishAs: 'Social Worker 2' }), ...PEOPLE], places: [] });
    expect(gateFindings('Child Q was seen by Social Worker 2.', withChild, [])).toEqual([]);
    expect(gateFindings('Child Q was seen by Mr Child.', withChild, [])).toEqual([{ kind: 'name', value: 'Child' }]);
  });

  it('finds what the detectors find unless the reviewer dismissed that value', () => {
    const text = 'NHS number 999 000 0018; the surgery on 0113 496 0000; postcode SW1A 1AA.';
    expect(findings(text)).toEqual([
      ['nhs-number', '999 000 0018'],
      ['phone', '0113 496 0000'],
      ['postcode', 'SW1A 1AA'],
    ]);
    expect(
      findings(text, [
        { kind: 'phone', value: '0113  496 0000' },
        { kind: 'postcode', value: 'sw1a 1aa' },
      ]),
    ).toEqual([['nhs-number', '999 000 0018']]);
  });

  it('does not let a dismissal allow a register value', () => {
    expect(gateFindings('Olivia was there.', register, [{ kind: 'name', value: 'Olivia' }])).toEqual([{ kind: 'name', value: 'Olivia' }]);
  });

  it('names each finding once however often it occurs', () => {
    expect(findings('Olivia, olivia, OLIVIA.')).toEqual([['name', 'Olivia']]);
  });

  it('does not take a register value inside the writer’s own page furniture for a finding, but does elsewhere', () => {
    const withPage = buildRegister({ people: [person({ id: 1, role: 'family-member', givenNames: 'Tom', familyName: 'Page', publishAs: 'Father' }), ...PEOPLE], places: [] });
    const furniture = ['Page 3 of 12', 'OFFICIAL-SENSITIVE'];
    expect(gateFindings('Father was seen.\nPage 3 of 12\nOFFICIAL-SENSITIVE', withPage, [], { furniture })).toEqual([]);
    expect(gateFindings('Mr PAGE was seen.\nPage 3 of 12', withPage, [], { furniture })).toEqual([{ kind: 'name', value: 'Page' }]);
  });

  it('finds nothing in a clean redacted text', () => {
    expect(findings('The review found that agencies did not share information about Child Q in time. Annual reviews were late.')).toEqual([]);
  });
});
