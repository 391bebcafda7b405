import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedPdfFonts, type PdfFonts } from '../../../main/exports/pdf/fonts.ts';
import { MISSING_CHARACTER, printableText } from '../../../main/exports/pdf/printable-text.ts';

let fonts: PdfFonts;

beforeAll(async () => {
  fonts = await embedPdfFonts(await PDFDocument.create());
});

describe('printableText', () => {
  it('keeps letters outside Latin-1 that Liberation Sans has', () => {
    expect(printableText('Łukasz Wójcik, Zoë Ó Súilleabháin, Siân – “quoted”…', fonts.covers)).toBe('Łukasz Wójcik, Zoë Ó Súilleabháin, Siân – “quoted”…');
  });

  it('replaces an emoji with one question mark, skin tone and variation selector included', () => {
    expect(printableText('Seen at home 👍🏽 and ❤️ today', fonts.covers)).toBe(`Seen at home ${MISSING_CHARACTER} and ${MISSING_CHARACTER} today`);
  });

  it('replaces each Chinese character the font lacks', () => {
    expect(printableText('Name: 王芳', fonts.covers)).toBe('Name: ??');
  });

  it('composes a letter typed as a base and a combining mark', () => {
    expect(printableText('Zoe\u0308', fonts.covers)).toBe('Zoë');
  });

  it('turns line breaks and tabs into spaces and drops control characters', () => {
    expect(printableText('one\ttwo\r\nthree\u0007four\u00a0five', fonts.covers)).toBe('one two threefour five');
  });

  it('prints nothing the font cannot, whatever it is given', () => {
    const everything = Array.from({ length: 0x3000 }, (_, index) => String.fromCodePoint(index)).join('') + '😀🀄𝄞';
    for (const character of printableText(everything, fonts.covers)) expect(fonts.covers.has(character.codePointAt(0)!)).toBe(true);
  });
});
