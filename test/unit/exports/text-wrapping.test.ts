import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedPdfFonts, type PdfFonts } from '../../../main/exports/pdf/fonts.ts';
import { fitText, textWidth, wrapText } from '../../../main/exports/pdf/pdf-text.ts';

let fonts: PdfFonts;

beforeAll(async () => {
  fonts = await embedPdfFonts(await PDFDocument.create());
});

describe('wrapping text to a width', () => {
  it('measures text as fontkit lays it out', () => {
    const text = 'Łukasz Wójcik attended with Zoë';
    expect(textWidth(text, fonts.regular, 10)).toBeCloseTo(fonts.regular.widthOfTextAtSize(text, 10), 3);
  });

  it('breaks between words and never makes a line wider than asked', () => {
    const style = { font: fonts.regular, size: 9 };
    const text = 'The child attended the emergency department with her mother, who reported a fall at home. Staff noted bruising.';
    const lines = wrapText(text, fonts, style, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, style.font, style.size)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks a word longer than the line, such as an email address', () => {
    const style = { font: fonts.regular, size: 9 };
    const address = 'a.very.long.address.for.the.designated.safeguarding.lead.at.northshire.community.health@example.com';
    const lines = wrapText(address, fonts, style, 80);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(address);
    for (const line of lines) expect(textWidth(line, style.font, style.size)).toBeLessThanOrEqual(80);
  });

  it('keeps the writer’s own line breaks and gives an empty text one empty line', () => {
    const style = { font: fonts.regular, size: 9 };
    expect(wrapText('first\nsecond', fonts, style, 200)).toEqual(['first', 'second']);
    expect(wrapText('', fonts, style, 200)).toEqual(['']);
  });

  it('cuts text to fit with an ellipsis', () => {
    const style = { font: fonts.regular, size: 8 };
    const cut = fitText('Meeting pack – a case reference far too long for the footer of a page', fonts, style, 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, style.font, style.size)).toBeLessThanOrEqual(100);
  });
});
