import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../main/evidence/chronology/csv-rows.ts';

describe('splitting CSV text into records', () => {
  it.each([
    ['a,b\r\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['a,"b, c","say ""hi"""\n', [['a', 'b, c', 'say "hi"']]],
    ['"two\r\nlines",x\ny,z', [['two\r\nlines', 'x'], ['y', 'z']]],
    ['\n\na,', [[''], [''], ['a', '']]],
    ['a,,c', [['a', '', 'c']]],
    ['"Łukasz","Zoë","Siân"', [['Łukasz', 'Zoë', 'Siân']]],
    ['"no end quote,x', [['no end quote,x']]],
    ['', []],
  ])('splits %j', (text, records) => {
    expect([...csvRecords(text)]).toEqual(records);
  });

  it('splits on another delimiter when told to', () => {
    expect([...csvRecords('a;"b;c"\td', ';')]).toEqual([['a', 'b;c\td']]);
  });
});
