import archiver from 'archiver';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractDocxText, extractPdfText } from '../../../../main/exports/redaction/extract-text.ts';
import { gateFindings } from '../../../../main/exports/redaction/gate.ts';
import { buildRegister } from '../../../../main/exports/redaction/register.ts';
import { XmlTextReader } from '../../../../main/exports/redaction/xml-text.ts';
import { PEOPLE, PLACES } from './fixtures.ts';

const register = buildRegister({ people: PEOPLE, places: PLACES });
const names = (text: string) => gateFindings(text, register, []).map((finding) => finding.value);

const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Keywords="Oakwood Primary School">
<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Seq><rdf:li>Ann Okafor</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;

async function pdfWithNames(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Child Q lived with Olivia Hartley’s mother.', { x: 50, y: 700, font, size: 12 });
  pdf.addPage().drawText('Page two says nothing about anyone.', { x: 50, y: 700, font, size: 12 });
  pdf.setTitle('The review of Sarah Hartley');
  pdf.setAuthor('Health visitor');
  const metadata = pdf.context.register(pdf.context.stream(XMP, { Type: 'Metadata', Subtype: 'XML' }));
  pdf.catalog.set(PDFName.of('Metadata'), metadata);
  return pdf.save();
}

async function zipOf(parts: Record<string, string | Buffer>): Promise<Uint8Array> {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    archive.on('end', resolve);
    archive.on('error', reject);
  });
  for (const [name, data] of Object.entries(parts)) archive.append(data, { name });
  await archive.finalize();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('reading a PDF back with pdfjs-dist', () => {
  it('gives every page’s text, pages apart, then the document information and the XMP metadata', async () => {
    const bytes = await pdfWithNames();
    const { text, pages } = await extractPdfText(bytes);
    expect(pages).toBe(2);
    const [first, second] = text.split('\n\f');
    expect(first).toContain('Child Q lived with Olivia Hartley’s mother.');
    expect(second).toContain('Page two says nothing about anyone.');
    expect(text).toContain('The review of Sarah Hartley');
    expect(text).toContain('Oakwood Primary School');
    expect(text).toContain('Ann Okafor');
    expect(names(text)).toEqual(expect.arrayContaining(['Olivia Hartley', 'Sarah Hartley', 'Oakwood Primary School', 'Ann Okafor']));
  });

  it('keeps apart texts drawn on one baseline out of order, so a name never runs into a running header', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage();
    page.drawText('OFFICIAL-SENSITIVE', { x: 300, y: 20, font, size: 10 });
    page.drawText('Olivia', { x: 50, y: 20, font, size: 10 });
    page.drawText('Hartley', { x: 50, y: 40, font, size: 10 });
    const { text } = await extractPdfText(await pdf.save());
    expect(text).toMatch(/OFFICIAL-SENSITIVE\s+Olivia\s+Hartley/);
    expect(names(text)).toEqual(['Olivia Hartley']);
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = await pdfWithNames();
    const copy = Uint8Array.from(bytes);
    await extractPdfText(bytes);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });
});

describe('reading a .docx back', () => {
  it('gives the text and attribute values of every part, a name split across runs whole, and the names of binary parts', async () => {
    const bytes = await zipOf({
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="png" ContentType="image/png"/></Types>',
      'word/document.xml': `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>Seen with Oli</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>via</w:t></w:r></w:p><w:p><w:bookmarkStart w:id="0" w:name="Rose Hartley"/><w:r><w:t>Tom &amp; Jerry &#8211; done</w:t></w:r></w:p><w:p><w:r><w:t>Annual</w:t></w:r></w:p></w:body></w:document>`,
      'word/comments.xml': `<w:comments ${W}><w:comment w:author="Ann Okafor"><w:p><w:r><w:t><![CDATA[Ask Liv]]></w:t></w:r></w:p></w:comment></w:comments>`,
      'docProps/core.xml': '<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>Report</dc:title><dc:creator>Sarah Hartley</dc:creator><!-- 07700 900123 --></cp:coreProperties>',
      'word/media/oakwood-primary-school.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]),
    });
    const text = await extractDocxText(bytes);
    expect(text).toContain('Seen with Olivia');
    expect(text).toContain('Rose Hartley');
    expect(text).toContain('Tom & Jerry – done');
    expect(text).toContain('Ann Okafor');
    expect(text).toContain('Ask Liv');
    expect(text).toContain('Sarah Hartley');
    expect(text).toContain('07700 900123');
    expect(text).toContain('word/media/oakwood-primary-school.png');
    // Paragraphs stay apart: "Annual" is not run into "done".
    expect(text).not.toContain('doneAnnual');
    expect(names(text).sort()).toEqual(['07700 900123', 'Ann Okafor', 'Liv', 'Oakwood Primary School', 'Olivia', 'Rose Hartley', 'Sarah Hartley']);
  });
});

describe('reading XML in pieces', () => {
  it('reads the same whether the XML arrives whole or a character at a time', () => {
    const xml = `<w:p ${W}><!-- a > b --><w:r><w:t a="x &gt; y">Oli</w:t></w:r><w:r><w:t><![CDATA[via <3]]></w:t></w:r><?pi Hartley?></w:p>`;
    const whole = new XmlTextReader();
    whole.push(xml);
    const piecewise = new XmlTextReader();
    for (const character of xml) piecewise.push(character);
    const expected = whole.end();
    expect(piecewise.end()).toEqual(expected);
    expect(expected.runs).toBe('Olivia <3');
    expect(expected.pieces.split('\n')).toEqual(expect.arrayContaining([' a > b ', 'x > y', 'Oli', 'via <3']));
    expect(expected.pieces).toContain('Hartley');
  });

  it('skips the format’s own vocabulary (namespaces, style ids, fonts, formatting values) but reads free-text attributes', () => {
    const reader = new XmlTextReader();
    reader.push(`<w:styles ${W}><w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rFonts w:ascii="Arial"/><w:u w:val="single"/></w:style><w:comment w:author="Ann Okafor"/><wp:docPr descr="Photo of Ann"/></w:styles>`);
    const { pieces } = reader.end();
    expect(pieces).not.toMatch(/Strong|Arial|single|schemas\.openxmlformats/);
    expect(pieces).toContain('Ann Okafor');
    expect(pieces).toContain('Photo of Ann');
  });
});
