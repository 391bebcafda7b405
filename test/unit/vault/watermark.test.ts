import { PDFDocument, PDFName, StandardFonts, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { watermarkPdf, watermarkText, type Watermark } from '../../../main/vault/watermark.ts';
import { pdfInfoWithMetadata, pdfPageTexts } from '../exports/pdf-text.ts';

const MARK: Watermark = { name: 'Łukasz Brzęczyszczykiewicz', date: '3 March 2026', purpose: 'Preparing the agency’s chronology for the panel' };

/** One line of text, however pdftotext broke it. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function agencyPdf(options: { rotate?: number; title?: string } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= 3; number++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Synthetic agency record page ${number}`, { x: 60, y: 700, size: 14, font });
    if (number === 2 && options.rotate !== undefined) page.setRotation(degrees(options.rotate));
  }
  doc.setTitle(options.title ?? 'Synthetic record');
  doc.setAuthor('Example Agency');
  return Buffer.from(await doc.save());
}

describe('the watermark on a PDF working copy', () => {
  it('puts the person, the date, the purpose and the marking on every page, and keeps the content', async () => {
    const marked = await watermarkPdf(await agencyPdf(), MARK);
    const pages = pdfPageTexts(marked);
    expect(pages).toHaveLength(3);
    pages.forEach((text, index) => {
      expect(flat(text)).toContain(watermarkText(MARK));
      expect(flat(text)).toContain(`Synthetic agency record page ${index + 1}`);
    });
    expect(watermarkText(MARK)).toBe('Working copy for Łukasz Brzęczyszczykiewicz — 3 March 2026 — Purpose: Preparing the agency’s chronology for the panel — OFFICIAL-SENSITIVE');
  });

  it.each([90, 180, 270])('stamps a page turned %i degrees so the stamp reads the right way up', async (rotate) => {
    const marked = await watermarkPdf(await agencyPdf({ rotate }), MARK);
    // pdftotext reads a turned page as the reader sees it: the stamp is one readable line.
    expect(flat(pdfPageTexts(marked)[1]!)).toContain(watermarkText(MARK));
  });

  it('keeps a long purpose to the foot of the page and the marking whole', async () => {
    const mark = { ...MARK, purpose: 'Reading the records of contact with the family in full '.repeat(9).trim() };
    const marked = await watermarkPdf(await agencyPdf(), mark);
    for (const text of pdfPageTexts(marked)) {
      expect(flat(text)).toContain(`Working copy for ${MARK.name} — 3 March 2026 — Purpose: Reading the records`);
      expect(flat(text)).toContain('OFFICIAL-SENSITIVE');
    }
  });

  it('adds nothing about the person to the document’s properties', async () => {
    const original = await agencyPdf({ title: 'Synthetic record' });
    const marked = await watermarkPdf(original, MARK);
    const before = pdfInfoWithMetadata(original);
    const after = pdfInfoWithMetadata(marked);
    expect(after).not.toContain('Brzęczyszczykiewicz');
    expect(after).not.toContain('chronology');
    for (const field of ['Title', 'Author', 'Producer', 'CreationDate', 'ModDate', 'Subject', 'Keywords']) {
      const line = (text: string) => text.split('\n').find((candidate) => candidate.startsWith(`${field}:`)) ?? null;
      expect(line(after)).toBe(line(before));
    }
  });

  it('refuses a PDF protected with a password', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    // An /Encrypt entry in the trailer is what marks a PDF as encrypted.
    doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj({ Filter: PDFName.of('Standard'), V: 2, R: 3 }));
    const encrypted = Buffer.from(await doc.save());
    await expect(watermarkPdf(encrypted, MARK)).rejects.toMatchObject({ code: 'FILE_REFUSED', message: expect.stringMatching(/protected with a password/) });
  });

  it.each([
    ['text that is not a PDF', Buffer.from('Synthetic notes, not a PDF at all.')],
    ['an empty file', Buffer.alloc(0)],
    ['a PDF cut short', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog')],
  ])('refuses %s with a plain message', async (_what, bytes) => {
    await expect(watermarkPdf(bytes, MARK)).rejects.toMatchObject({ code: 'FILE_REFUSED', message: expect.stringMatching(/could not be read as a PDF/) });
  });
});
