/**
 * What every PDF the app makes must satisfy, asserted the same way for each: the marking and page
 * number on every page, Liberation Sans embedded and no standard font, the properties naming the
 * document and partnership and never a person, and the language set.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { expect } from 'vitest';
import { pdfFonts, pdfInfo, pdfInfoWithMetadata, pdfPageTexts } from './pdf-text.ts';

export function expectMarkedOnEveryPage(bytes: Uint8Array): string[] {
  const pages = pdfPageTexts(bytes);
  const count = Number(pdfInfo(bytes).Pages);
  expect(pages).toHaveLength(count);
  pages.forEach((text, index) => {
    // Once at the top and once at the bottom.
    expect(text.match(/OFFICIAL-SENSITIVE/g)?.length ?? 0, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
    expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${count}`);
  });
  return pages;
}

export function expectOnlyLiberationSansEmbedded(bytes: Uint8Array): void {
  const fonts = pdfFonts(bytes);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.name).toMatch(/LiberationSans/);
    expect(font.embedded).toBe(true);
    expect(font.name).not.toMatch(/Helvetica|Times|Courier|Symbol|ZapfDingbats/i);
  }
}

export async function expectProperties(bytes: Uint8Array, title: string, author: string, peopleNames: readonly string[]): Promise<void> {
  const info = pdfInfo(bytes);
  expect(info.Title).toBe(title);
  expect(info.Author).toBe(author);
  expect(info.Creator).toBe('Practice Review Manager');
  expect(info.Producer).toBe('Practice Review Manager');
  const everything = pdfInfoWithMetadata(bytes);
  for (const name of peopleNames) {
    for (const part of name.split(/\s+/)) expect(everything, `"${part}" from "${name}" is in the properties`).not.toContain(part);
  }
  const doc = await PDFDocument.load(bytes);
  expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
}
