import { describe, expect, it } from 'vitest';
import { detectIdentifiers, isValidNhsNumber } from '../../../../main/exports/redaction/detectors.ts';

const found = (text: string) => detectIdentifiers(text).map(({ kind, value }) => [kind, value]);
const kinds = (text: string) => detectIdentifiers(text).map(({ kind }) => kind);

describe('the identifier detectors', () => {
  it('accepts an NHS number only with a valid modulus-11 check digit', () => {
    expect(isValidNhsNumber('999 000 0018')).toBe(true);
    expect(isValidNhsNumber('9990000026')).toBe(true);
    expect(isValidNhsNumber('9990000015')).toBe(false);
    expect(isValidNhsNumber('99900000')).toBe(false);
    expect(found('NHS number 999 000 0018 and 999-000-0026 and 9990000034.')).toEqual([
      ['nhs-number', '999 000 0018'],
      ['nhs-number', '999-000-0026'],
      ['nhs-number', '9990000034'],
    ]);
    expect(kinds('Reference 999 000 0015 was quoted.')).toEqual([]);
  });

  it('finds National Insurance numbers by shape, spaced or not, whatever the prefix', () => {
    expect(found('QQ 12 34 56 C, QQ123456C and AB123456D; qq123456a too.')).toEqual([
      ['ni-number', 'QQ 12 34 56 C'],
      ['ni-number', 'QQ123456C'],
      ['ni-number', 'AB123456D'],
      ['ni-number', 'qq123456a'],
    ]);
    expect(kinds('QQ123456E is not one (the last letter is A to D), nor is QQ12345C.')).toEqual([]);
  });

  it('finds postcodes with or without the space, in any case', () => {
    expect(found('Write to SW1A 1AA or sw1a1aa; the office is in M1 1AE.')).toEqual([
      ['postcode', 'SW1A 1AA'],
      ['postcode', 'sw1a1aa'],
      ['postcode', 'M1 1AE'],
    ]);
    expect(kinds('She scored 10 in SW1A and 4 in class.')).toEqual([]);
  });

  it('finds UK phone numbers with spaces, hyphens, brackets and +44', () => {
    expect(found('Call 07700 900123, +44 7700 900124, 07700-900-125, (0113) 496 0000 or +44 (0)20 7946 0000.')).toEqual([
      ['phone', '07700 900123'],
      ['phone', '+44 7700 900124'],
      ['phone', '07700-900-125'],
      ['phone', '(0113) 496 0000'],
      ['phone', '+44 (0)20 7946 0000'],
    ]);
    expect(kinds('There were 12 meetings in 2019 and 350 referrals; 0770 is too short.')).toEqual([]);
  });

  it('finds e-mail addresses', () => {
    expect(found('Contact sarah.hartley@example.com or team+cp@example.co.uk.')).toEqual([
      ['email', 'sarah.hartley@example.com'],
      ['email', 'team+cp@example.co.uk'],
    ]);
    expect(kinds('She wrote "@home" and "example.com" in her notes.')).toEqual([]);
  });

  it('finds an address: a house number then a street word', () => {
    expect(found('They moved to 14 Larch Close, then 3a ST MARY’S RD and 21 Church St. by May.')).toEqual([
      ['address', '14 Larch Close'],
      ['address', '3a ST MARY’S RD'],
      ['address', '21 Church St.'],
    ]);
    expect(kinds('In 2019 Court proceedings began; 2 children played in the park; she closed 3 cases.')).toEqual([]);
  });

  it('takes a date for a date of birth only just after "born", "DOB" or "date of birth"', () => {
    expect(found('Olivia was born on 4 March 2015 at home.')).toEqual([['date-of-birth', '4 March 2015']]);
    expect(found('D.O.B. 04/03/2015; DOB: 4.3.15; date of birth March 4, 2015; born 4th March 2015.')).toEqual([
      ['date-of-birth', '04/03/2015'],
      ['date-of-birth', '4.3.15'],
      ['date-of-birth', 'March 4, 2015'],
      ['date-of-birth', '4th March 2015'],
    ]);
    expect(kinds('The referral was made on 4 March 2021.')).toEqual([]);
    expect(kinds('She was born in Leeds. On 12 March 2016 the family moved.')).toEqual([]);
    expect(kinds('She was born on [date of birth], and on 12 March 2016 the family moved.')).toEqual([]);
  });

  it('returns offsets into the text it searched', () => {
    const text = 'Ring 07700 900123 today.';
    const [detection] = detectIdentifiers(text);
    expect(text.slice(detection!.start, detection!.end)).toBe('07700 900123');
  });
});
