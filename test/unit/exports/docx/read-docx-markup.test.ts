/**
 * WordprocessingML the `docx` library does not write but Word and other programs do, written by
 * hand: localised style ids, outline levels, lists numbered through a style, content controls,
 * fields, merged and nested table cells, text boxes, footnotes, Word's table of contents, and the
 * WordprocessingML namespace under another prefix.
 */
import { describe, expect, it } from 'vitest';
import { DocxPackage } from '../../../../main/exports/docx/read-docx-package.ts';
import { readDocxDraft } from '../../../../main/exports/docx/read-docx.ts';
import { AUTHOR_NAME, blocksOf, para, plain, rawDocx, run, styled, W_NAMESPACE } from './read-docx-fixtures.ts';

/** Styles as a German Word writes them: ids in German, built-in names in English. */
const GERMAN_STYLES = [
  '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standard"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Kapitel"><w:name w:val="Kapitel"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="MeineUeberschrift"><w:name w:val="Meine Überschrift"/><w:basedOn w:val="berschrift1"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Aufzhlungszeichen"><w:name w:val="List Bullet"/><w:basedOn w:val="Standard"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Verzeichnis1"><w:name w:val="toc 1"/><w:basedOn w:val="Standard"/></w:style>',
  '<w:style w:type="character" w:styleId="Fett"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>',
].join('');

const NUMBERING = [
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>',
  '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent></w:lvl></w:abstractNum>',
  '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>',
  '<w:num w:numId="8"><w:abstractNumId w:val="2"/></w:num>',
].join('');

const numbered = (numId: string, text: string) => para(run(text), `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);

describe('headings and lists by style, whatever the language', () => {
  it('reads headings by style name and outline level, the title by style name, and lists through a style or numbering', async () => {
    const body = [
      styled('Titel', 'Serious case review'),
      styled('berschrift1', 'Executive summary'),
      styled('Standard', 'Summary text.'),
      styled('Kapitel', 'Recommendations'),
      styled('berschrift2', 'For the partnership'),
      styled('Aufzhlungszeichen', 'A bulleted item'),
      numbered('8', 'A numbered item'),
      para(run('Not a list'), '<w:pStyle w:val="Aufzhlungszeichen"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      styled('MeineUeberschrift', 'What needs to change'),
      para(run('Body text at outline level 9'), '<w:pStyle w:val="berschrift1"/><w:outlineLvl w:val="9"/>'),
    ].join('');
    const { content } = await readDocxDraft(rawDocx({ body, styles: GERMAN_STYLES, numbering: NUMBERING }));
    expect(content.title).toBe('Serious case review');
    expect(blocksOf(content, 'executive-summary')).toEqual([{ type: 'paragraph', text: 'Summary text.' }]);
    expect(blocksOf(content, 'recommendations')).toEqual([
      { type: 'heading', level: 1, text: 'For the partnership' },
      { type: 'list', ordered: false, items: ['A bulleted item'] },
      { type: 'list', ordered: true, items: ['A numbered item'] },
      { type: 'paragraph', text: 'Not a list' },
    ]);
    expect(blocksOf(content, 'what-must-change')).toEqual([{ type: 'paragraph', text: 'Body text at outline level 9' }]);
  });

  it('reads Heading1 and Title style ids when the package has no styles part', async () => {
    const body = [styled('Title', 'A review'), styled('Heading1', 'Learning points'), styled('Heading3', 'Detail'), plain('Text.')].join('');
    const { content } = await readDocxDraft(rawDocx({ body }));
    expect(content.title).toBe('A review');
    expect(blocksOf(content, 'learning-points')).toEqual([
      { type: 'heading', level: 2, text: 'Detail' },
      { type: 'paragraph', text: 'Text.' },
    ]);
  });

  it('skips Word’s table of contents, with a warning', async () => {
    const toc = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${styled('Verzeichnis1', 'Executive summary 3')}</w:sdtContent></w:sdt>`;
    const body = [toc, styled('Verzeichnis1', 'Overview 4'), styled('berschrift1', 'Overview'), plain('Text.')].join('');
    const { content, warnings } = await readDocxDraft(rawDocx({ body, styles: GERMAN_STYLES }));
    expect(blocksOf(content, 'overview')).toEqual([{ type: 'paragraph', text: 'Text.' }]);
    expect(blocksOf(content, 'executive-summary')).toEqual([]);
    expect(warnings).toContain('The table of contents was not imported: the app makes its own.');
  });
});

describe('the title page and the file’s own properties', () => {
  it('does not import the subtitle, and says so', async () => {
    const body = [styled('Title', 'A review'), styled('Subtitle', 'Local child safeguarding practice review'), styled('Heading1', 'Overview'), plain('Text.')].join('');
    const { content, warnings } = await readDocxDraft(rawDocx({ body }));
    expect(content.title).toBe('A review');
    expect(blocksOf(content, 'overview')).toEqual([{ type: 'paragraph', text: 'Text.' }]);
    expect(warnings).toEqual(['The subtitle was not imported: the app prints its own under the title.']);
  });

  it('never parses docProps: a core.xml that would be refused if read does not stop the import', async () => {
    const coreXml = `<!DOCTYPE bomb [<!ENTITY a "${AUTHOR_NAME}">]><cp:coreProperties><dc:creator>&a;</dc:creator>`;
    const result = await readDocxDraft(rawDocx({ body: styled('Heading1', 'Overview') + plain('Text.'), coreXml }));
    expect(blocksOf(result.content, 'overview')).toEqual([{ type: 'paragraph', text: 'Text.' }]);
    expect(JSON.stringify(result)).not.toContain(AUTHOR_NAME);
  });

  it('cannot open a part outside word/, even when asked', async () => {
    const pkg = await DocxPackage.open(rawDocx({ body: plain('Text.') }));
    try {
      await expect(pkg.readPart('docProps/core.xml')).rejects.toThrow('only parts under word/ are read');
      await expect(pkg.readPart('word/../docProps/core.xml')).rejects.toThrow('only parts under word/ are read');
      await expect(pkg.readPart('word/../core.xml')).rejects.toThrow('only parts under word/ are read');
    } finally {
      pkg.close();
    }
  });
});

describe('the text of a paragraph', () => {
  it('keeps content controls’, hyperlinks’ and fields’ shown text, never a field’s instruction', async () => {
    const body = [
      styled('Heading1', 'Overview'),
      para(`<w:sdt><w:sdtPr><w:alias w:val="Agency"/></w:sdtPr><w:sdtContent>${run('Northshire Police')}</w:sdtContent></w:sdt>${run(' attended.')}`),
      para(`${run('See ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref123 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('section 4')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('.')}`),
      para(`${run('Page ')}<w:fldSimple w:instr=" PAGE ">${run('7')}</w:fldSimple>`),
      para(`<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type="page"/><w:t>D</w:t><w:noBreakHyphen/><w:t>E &amp; F &#x2013; &lt;G&gt;</w:t></w:r>`),
    ].join('');
    const { content } = await readDocxDraft(rawDocx({ body }));
    expect(blocksOf(content, 'overview')).toEqual([
      { type: 'paragraph', text: 'Northshire Police attended.' },
      { type: 'paragraph', text: 'See section 4.' },
      { type: 'paragraph', text: 'Page 7' },
      { type: 'paragraph', text: 'A B\nC D-E & F – <G>' },
    ]);
  });

  it('drops text boxes, pictures and footnotes, counting each once', async () => {
    const textBox = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${plain('Text in a box')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${plain('Text in a box')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const picture = '<w:r><w:drawing><wp:inline><a:graphic><a:graphicData/></a:graphic></wp:inline></w:drawing></w:r>';
    const body = [styled('Heading1', 'Overview'), para(`${run('Before')}${textBox}${picture}${run(' after')}<w:r><w:footnoteReference w:id="2"/></w:r>`)].join('');
    const { content, warnings } = await readDocxDraft(rawDocx({ body }));
    expect(blocksOf(content, 'overview')).toEqual([{ type: 'paragraph', text: 'Before after' }]);
    expect(warnings).toEqual([
      '1 image was not imported.',
      '1 text box was not imported: copy any text that belongs in the report into the body.',
      '1 footnote was not imported: put what it says into the text if it belongs in the report.',
    ]);
  });

  it('reads a document that binds WordprocessingML to another prefix', async () => {
    const documentXml = `<?xml version="1.0"?><x:document xmlns:x="${W_NAMESPACE}"><x:body><x:p><x:pPr><x:pStyle x:val="Heading1"/></x:pPr><x:r><x:t>Recommendations</x:t></x:r></x:p><x:p><x:r><x:t>Share records.</x:t></x:r></x:p></x:body></x:document>`;
    const { content } = await readDocxDraft(rawDocx({ body: '', documentXml }));
    expect(blocksOf(content, 'recommendations')).toEqual([{ type: 'paragraph', text: 'Share records.' }]);
  });
});

describe('tables', () => {
  const cell = (text: string, properties = '') => `<w:tc>${properties === '' ? '' : `<w:tcPr>${properties}</w:tcPr>`}${plain(text)}</w:tc>`;

  it('keeps merged cells aligned, flattens a nested table into its cell, and takes bold by character style as a header row', async () => {
    const nested = `<w:tbl><w:tr>${cell('Inner A')}${cell('Inner B')}</w:tr><w:tr>${cell('Inner C')}${cell('Inner D')}</w:tr></w:tbl>`;
    const table = [
      '<w:tbl><w:tblPr/>',
      `<w:tr><w:tc>${para(run('Agency', '<w:rStyle w:val="Fett"/>'))}</w:tc><w:tc>${para(run('Contacts', '<w:b/>'))}</w:tc><w:tc>${para(run('Notes', '<w:b w:val="1"/>'))}</w:tc></w:tr>`,
      `<w:tr>${cell('Health', '<w:vMerge w:val="restart"/>')}${cell('Two visits', '<w:gridSpan w:val="2"/>')}</w:tr>`,
      `<w:tr>${cell('', '<w:vMerge/>')}${cell('One call')}<w:tc>${plain('Paragraph one')}${plain('Paragraph two')}${nested}</w:tc></w:tr>`,
      '</w:tbl>',
    ].join('');
    const { content } = await readDocxDraft(rawDocx({ body: styled('Heading1', 'Multi-agency working') + table, styles: GERMAN_STYLES }));
    expect(blocksOf(content, 'working-together')).toEqual([
      {
        type: 'table',
        headerRow: true,
        rows: [
          ['Agency', 'Contacts', 'Notes'],
          ['Health', 'Two visits', ''],
          ['', 'One call', 'Paragraph one\nParagraph two\nInner A | Inner B\nInner C | Inner D'],
        ],
      },
    ]);
  });

  it('does not take a first row as the header when only part of it is bold', async () => {
    const table = `<w:tbl><w:tr>${`<w:tc>${para(run('Agency', '<w:b/>'))}</w:tc>`}${cell('Contacts')}</w:tr><w:tr>${cell('Health')}${cell('3')}</w:tr></w:tbl>`;
    const { content } = await readDocxDraft(rawDocx({ body: styled('Heading1', 'Overview') + table }));
    expect(blocksOf(content, 'overview')[0]).toMatchObject({ type: 'table', headerRow: false });
  });

  it('joins cells past the 20th column into the 20th, with a warning', async () => {
    const wide = `<w:tbl><w:tr>${Array.from({ length: 22 }, (_, index) => cell(`C${index + 1}`)).join('')}</w:tr></w:tbl>`;
    const { content, warnings } = await readDocxDraft(rawDocx({ body: styled('Heading1', 'Overview') + wide }));
    const [table] = blocksOf(content, 'overview');
    expect(table?.type === 'table' && table.rows[0]).toEqual([...Array.from({ length: 19 }, (_, index) => `C${index + 1}`), 'C20 | C21 | C22']);
    expect(warnings).toContain('1 table was wider than 20 columns, so the last columns were joined into the 20th.');
  });
});

describe('long content', () => {
  it('splits a paragraph longer than one block holds at a space, with a warning', async () => {
    const long = Array.from({ length: 9000 }, (_, index) => `word${index}`).join(' ');
    const { content, warnings } = await readDocxDraft(rawDocx({ body: styled('Heading1', 'Overview') + plain(long) }));
    const blocks = blocksOf(content, 'overview');
    expect(blocks.length).toBe(2);
    expect(blocks.every((block) => block.type === 'paragraph' && block.text.length <= 50_000 && !block.text.startsWith(' '))).toBe(true);
    expect(blocks.map((block) => (block.type === 'paragraph' ? block.text : '')).join(' ')).toBe(long);
    expect(warnings).toContain('1 paragraph was longer than 50,000 characters, so it was split into shorter paragraphs.');
  });
});
