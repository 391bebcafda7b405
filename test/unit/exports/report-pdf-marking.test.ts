import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../../main/exports/pdf/report-pdf.ts';
import { AppError } from '../../../shared/errors.ts';
import { flat, pdfFontsWithSubset, threePageReport } from './report-pdf-fixtures.ts';
import { pdfInfo, pdfInfoWithMetadata, pdfText } from './pdf-text.ts';

// A made-up name in the document's own title: it may print on the page, never in the properties.
const NAMED_TITLE = 'The review of Ava Pemberton-Quayle';
const RECIPIENT = 'Zoë O’Sullivan, Northshire Police';

function pagesOf(bytes: Uint8Array, count: number): string[] {
  return Array.from({ length: count }, (_, index) => flat(pdfText(bytes, index + 1)));
}

describe('a redacted draft for factual accuracy', () => {
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    const rendered = await renderReportPdf(threePageReport(), { mode: 'draft', recipient: RECIPIENT });
    bytes = rendered.bytes;
    expect(rendered.pages).toBe(3);
    expect(pdfInfo(bytes).Pages).toBe('3');
    pages = pagesOf(bytes, 3);
  });

  it('carries DRAFT, OFFICIAL-SENSITIVE top and foot, and the recipient on every page', () => {
    pages.forEach((text, index) => {
      const page = `page ${index + 1}`;
      expect(text, page).toMatch(/\bDRAFT\b/);
      expect(text.match(/OFFICIAL-SENSITIVE/g)?.length ?? 0, page).toBeGreaterThanOrEqual(2);
      expect(text, page).toContain(`Draft for factual accuracy: for ${RECIPIENT} only — do not forward without the lead reviewer’s permission`);
      expect(text, page).toContain(`Page ${index + 1} of 3`);
    });
  });

  it('names its own title in its properties, and says which app made it', () => {
    const info = pdfInfo(bytes);
    expect(info.Title).toBe('Child Q: a local child safeguarding practice review');
    expect(info.Creator).toBe('Practice Review Manager');
  });

  it('keeps the recipient’s name whole when the notice is too long for two lines', async () => {
    const recipient = `Dr Siân Łukasiewicz-Featherstonehaugh, Designated Doctor for Safeguarding Children, ${'Northshire and Western Moors Integrated Care Board, '.repeat(3)}`.trim();
    const long = await renderReportPdf(threePageReport(), { mode: 'draft', recipient });
    for (const text of pagesOf(long.bytes, long.pages)) expect(text).toContain('Dr Siân Łukasiewicz-Featherstonehaugh, Designated Doctor for Safeguarding Children');
  });

  it('is refused without a recipient, since every page must name one', async () => {
    await expect(renderReportPdf(threePageReport(), { mode: 'draft', recipient: '  ' })).rejects.toThrow(AppError);
  });
});

describe('a report not for publication', () => {
  it('is marked OFFICIAL-SENSITIVE at the top and foot of every page, with no watermark and no recipient', async () => {
    const { bytes, pages } = await renderReportPdf(threePageReport(), { mode: 'official-sensitive' });
    expect(pages).toBe(3);
    pagesOf(bytes, pages).forEach((text, index) => {
      expect(text.match(/OFFICIAL-SENSITIVE/g)?.length ?? 0, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
      expect(text, `page ${index + 1}`).not.toMatch(/DRAFT|Draft for factual accuracy/);
    });
  });
});

describe('the publication copy', () => {
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    const rendered = await renderReportPdf(threePageReport(NAMED_TITLE), { mode: 'publication' });
    bytes = rendered.bytes;
    pages = pagesOf(bytes, rendered.pages);
  });

  it('has no watermark, no protective marking and no draft notice on any page, but its content and page numbers', () => {
    expect(pages).toHaveLength(3);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).not.toMatch(/DRAFT|OFFICIAL|SENSITIVE|factual accuracy|do not forward/i);
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of 3`);
    });
    expect(pages[1]).toContain('Executive summary');
    expect(pages[1]).toContain('The health visitor saw the family at home');
  });

  it('has neutral properties: a generic title, no author, producer, creator or dates, no XMP, not encrypted', () => {
    const info = pdfInfo(bytes);
    expect(info.Title).toBe('Child safeguarding practice review');
    for (const key of ['Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate']) expect(info[key] ?? '', key).toBe('');
    expect(info.Encrypted).toBe('no');
    expect(info['Metadata Stream']).toBe('no');
    const everything = pdfInfoWithMetadata(bytes);
    for (const part of ['Ava', 'Pemberton', 'Quayle', 'pdf-lib', 'Practice Review Manager']) expect(everything, part).not.toContain(part);
  });

  it('holds nothing besides its pages: no XMP, outline, attachments, forms or annotations', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const catalogKeys = doc.catalog.keys().map((key) => key.asString());
    for (const key of ['/Metadata', '/Outlines', '/Names', '/AcroForm', '/OpenAction', '/AA']) expect(catalogKeys, key).not.toContain(key);
    const infoRef = doc.context.trailerInfo.Info;
    const info = doc.context.lookup(infoRef, PDFDict);
    expect(info.keys().map((key) => key.asString())).toEqual(['/Title']);
    for (const page of doc.getPages()) {
      expect(page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)).toBeUndefined();
    }
  });

  it('is written in one revision: one end-of-file marker and no earlier cross-reference section', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.match(/%%EOF/g)).toHaveLength(1);
    expect(raw.match(/startxref/g)).toHaveLength(1);
    expect(raw).not.toMatch(/\/Prev\b/);
  });

  it('is the same bytes each time it is written: nothing dated or random is added', async () => {
    const again = await renderReportPdf(threePageReport(NAMED_TITLE), { mode: 'publication' });
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('fonts in every marking', () => {
  it('embeds Liberation Sans as tagged subsets, regular and bold, and nothing else', async () => {
    for (const marking of [{ mode: 'publication' } as const, { mode: 'draft', recipient: RECIPIENT } as const, { mode: 'official-sensitive' } as const]) {
      const { bytes } = await renderReportPdf(threePageReport(), marking);
      const fonts = pdfFontsWithSubset(bytes);
      expect(fonts.map((font) => font.name).sort(), marking.mode).toEqual(['PRMBLD+LiberationSans-Bold', 'PRMREG+LiberationSans']);
      for (const font of fonts) {
        expect(font.embedded, `${marking.mode} ${font.name}`).toBe(true);
        expect(font.subset, `${marking.mode} ${font.name}`).toBe(true);
      }
    }
  });
});
