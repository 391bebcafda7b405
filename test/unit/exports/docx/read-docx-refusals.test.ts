/**
 * Files the Word draft reader refuses before reading a word of them: not a zip, not a Word
 * package, password-protected or an old .doc, too large, zip bombs, and XML with a DOCTYPE.
 */
import CFB from 'cfb';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readDocxDraft } from '../../../../main/exports/docx/read-docx.ts';
import { buildZip, deflated, deflatedZeros, ENCRYPTED_FLAG, plain, rawDocx, refusalOf } from './read-docx-fixtures.ts';

const MB = 1024 * 1024;
const WORD_PARTS = [deflated('[Content_Types].xml', '<Types/>'), deflated('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${plain('Text.')}</w:body></w:document>`)];

function oleFile(streams: Record<string, Buffer>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, content);
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

describe('files that are not a Word document', () => {
  it('refuses plain text', async () => {
    const refusal = await refusalOf(readDocxDraft(new TextEncoder().encode('Executive summary\nChild Q…')));
    expect(refusal.message).toBe('The draft is not a Word document (.docx). Save it from Word as a Word Document (.docx) and import it again.');
  });

  it('refuses a PDF, saying it looks like one', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    const refusal = await refusalOf(readDocxDraft(await pdf.save()));
    expect(refusal.message).toContain('it looks like a PDF');
  });

  it('refuses an empty file', async () => {
    expect((await refusalOf(readDocxDraft(new Uint8Array(0)))).message).toBe('The draft is empty. Choose the Word document again.');
  });

  it('refuses a zip without word/document.xml, naming what it is instead', async () => {
    const workbook = buildZip([deflated('[Content_Types].xml', '<Types/>'), deflated('xl/workbook.xml', '<workbook/>')]);
    expect((await refusalOf(readDocxDraft(workbook))).message).toContain('it looks like an Excel workbook');
    const archive = buildZip([deflated('notes.txt', 'Some notes')]);
    expect((await refusalOf(readDocxDraft(archive))).message).toContain('it looks like a zip archive');
  });
});

describe('protected and old Word files', () => {
  const PASSWORD = 'Password-protected Word files cannot be read; remove the password and try again.';

  it('refuses anything starting with the OLE signature as password-protected', async () => {
    const fake = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(fake);
    expect((await refusalOf(readDocxDraft(fake))).message).toBe(PASSWORD);
  });

  it('refuses a real encrypted Word file (EncryptionInfo and EncryptedPackage streams)', async () => {
    const encrypted = oleFile({ EncryptionInfo: Buffer.alloc(200, 1), EncryptedPackage: Buffer.alloc(5000, 2) });
    expect((await refusalOf(readDocxDraft(encrypted))).message).toBe(PASSWORD);
  });

  it('refuses a Word 97–2003 .doc, asking for a .docx', async () => {
    const legacy = oleFile({ WordDocument: Buffer.alloc(5000, 1), '1Table': Buffer.alloc(5000, 2) });
    expect((await refusalOf(readDocxDraft(legacy))).message).toContain('an old-style Word 97–2003 (.doc) file');
  });

  it('refuses a zip whose entries are encrypted', async () => {
    const entries = WORD_PARTS.map((entry) => ({ ...entry, flags: 0x0800 | ENCRYPTED_FLAG }));
    expect((await refusalOf(readDocxDraft(buildZip(entries)))).message).toBe(PASSWORD);
  });
});

describe('size limits and zip bombs', () => {
  it('refuses a file over 50 MB without opening it', async () => {
    const big = Buffer.alloc(50 * MB + 1);
    Buffer.from('PK\u0003\u0004').copy(big);
    expect((await refusalOf(readDocxDraft(big))).message).toBe('The draft is 50.1 MB, which is over the 50 MB limit for a report. Take out large pictures and other embedded content, save it and import it again.');
  });

  it('refuses a zip that declares more than 200 MB', async () => {
    const bomb = { name: 'word/media/image1.png', data: deflatedZeros(1), method: 8 as const, uncompressedSize: 201 * MB, crc: 0 };
    const refusal = await refusalOf(readDocxDraft(buildZip([...WORD_PARTS, bomb])));
    expect(refusal.message).toContain('would expand to more than 200 MB');
  });

  it('refuses a part compressed over 100 to 1, honestly declared', async () => {
    const data = deflatedZeros(20);
    const bomb = { name: 'word/media/image1.png', data, method: 8 as const, uncompressedSize: 20 * MB, crc: 0 };
    const refusal = await refusalOf(readDocxDraft(buildZip([...WORD_PARTS, bomb])));
    expect(refusal.message).toContain('compressed far more than a real Word document can be');
  });

  it('refuses a part that inflates past the size it declares', async () => {
    const liar = { name: 'word/document.xml', data: deflatedZeros(5), method: 8 as const, uncompressedSize: 2000, crc: 0 };
    const refusal = await refusalOf(readDocxDraft(buildZip([deflated('[Content_Types].xml', '<Types/>'), liar])));
    expect(refusal.message).toContain('compressed far more than a real Word document can be');
  });
});

describe('damaged and unsafe XML', () => {
  it('refuses a document declaring a DOCTYPE (entity expansion)', async () => {
    const documentXml = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';
    const refusal = await refusalOf(readDocxDraft(rawDocx({ body: '', documentXml })));
    expect(refusal.message).toContain('The draft is damaged or is not a Word document this app can read.');
  });

  it('refuses a document that is not well-formed XML', async () => {
    const documentXml = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Text</w:r></w:p></w:body></w:document>';
    await refusalOf(readDocxDraft(rawDocx({ body: '', documentXml })));
  });

  it('refuses nesting deeper than any Word document, before it can exhaust the stack', async () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(400) + plain('Text') + '</w:sdtContent></w:sdt>'.repeat(400);
    await refusalOf(readDocxDraft(rawDocx({ body: deep })));
  });
});
