import os from 'node:os';
import { Document, Packer, Paragraph } from 'docx';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { neutralDocxPackage } from '../../../../main/exports/docx/docx-neutral-package.ts';
import { renderReportDocx } from '../../../../main/exports/docx/report-docx.ts';
import type { PrintMarking } from '../../../../shared/reports/report-document.ts';
import { briefingDocument, RECIPIENT, reportDocument } from './docx-fixtures.ts';
import { numberFormat, part, tableRows, unzipDocx, wordParagraphs, type UnzippedPart } from './docx-parts.ts';

const MARKINGS: PrintMarking[] = [{ mode: 'publication' }, { mode: 'draft', recipient: RECIPIENT }, { mode: 'official-sensitive' }];

/** What would give away who made the file, when, or with what: the checks every part of the package must pass. */
function giveaways(parts: ReadonlyMap<string, UnzippedPart>): string[] {
  const found: string[] = [];
  const machineUser = os.userInfo().username;
  const forbidden = [/\d{4}-\d{2}-\d{2}/, /\d{2}:\d{2}:\d{2}/, /Un-named/i, /\bdocx\b/i, /Microsoft Office Word|LibreOffice|Practice Review Manager/i, ...(machineUser.length >= 4 ? [new RegExp(`\\b${machineUser}\\b`, 'i')] : [])];
  for (const { name, text } of parts.values()) {
    for (const pattern of forbidden) if (pattern.test(text)) found.push(`${name}: ${pattern}`);
  }
  for (const name of parts.keys()) if (/custom\.xml|comments|people\.xml/i.test(name)) found.push(`part ${name}`);
  return found;
}

describe('the .docx writer', () => {
  it('finds the creator and dates the docx library writes on its own, so the neutral checks below can fail', async () => {
    const raw = await Packer.toBuffer(new Document({ creator: 'Someone Named', sections: [{ children: [new Paragraph('text')] }] }));
    const found = giveaways(await unzipDocx(raw));
    expect(found).toEqual(expect.arrayContaining(['docProps/core.xml: /\\d{4}-\\d{2}-\\d{2}/', 'part docProps/custom.xml', 'part word/comments.xml']));
  });

  it.each(MARKINGS)('writes neutral properties, no comments or custom parts, and no date anywhere ($mode)', async (marking) => {
    const parts = await unzipDocx(await renderReportDocx(reportDocument(), marking));
    expect(giveaways(parts)).toEqual([]);
    const core = part(parts, 'docProps/core.xml');
    for (const element of ['dc:title', 'dc:subject', 'dc:creator', 'cp:keywords', 'dc:description', 'cp:lastModifiedBy']) expect(core).toContain(`<${element}></${element}>`);
    expect(core).toContain('<cp:revision>1</cp:revision>');
    expect(core).not.toMatch(/dcterms:(created|modified)/);
    expect(part(parts, 'docProps/app.xml')).not.toMatch(/<(Application|Company|Manager|AppVersion)>/);
    // Nothing still points to a part that was dropped.
    for (const { name, text } of parts.values()) expect(text, name).not.toMatch(/comments\.xml|custom\.xml|people\.xml/);
    // Word removes personal information and dates when the file is saved again.
    expect(part(parts, 'word/settings.xml')).toMatch(/<w:settings\b[^>]*><w:removePersonalInformation\/><w:removeDateAndTime\/>/);
    // The zip records one fixed date for every part, never when the file was made.
    for (const { name, modified } of parts.values()) expect([modified.getFullYear(), modified.getMonth(), modified.getDate(), modified.getHours()], name).toEqual([2000, 0, 1, 0]);
    // Every XML part is still well-formed after the rewrite.
    for (const { name, text } of parts.values()) if (/\.(xml|rels)$/.test(name)) expect(XMLValidator.validate(text), name).toBe(true);
  });

  it('writes the same bytes for the same document, whenever it is written', async () => {
    const first = await renderReportDocx(reportDocument(), { mode: 'draft', recipient: RECIPIENT });
    const second = await renderReportDocx(reportDocument(), { mode: 'draft', recipient: RECIPIENT });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('sets the title, subtitle, section headings and block headings in Word’s built-in heading styles', async () => {
    const parts = await unzipDocx(await renderReportDocx(reportDocument(), { mode: 'publication' }));
    const styled = wordParagraphs(part(parts, 'word/document.xml'))
      .filter((paragraph) => paragraph.style !== undefined && paragraph.style !== 'ListParagraph')
      .map((paragraph) => [paragraph.style, paragraph.text]);
    expect(styled).toEqual([
      ['Title', 'Child Q: a local child safeguarding practice review'],
      ['Subtitle', 'Local child safeguarding practice review'],
      ['Heading1', 'Overview of what happened'],
      ['Heading2', 'Early help'],
      ['Heading3', 'What the agencies knew'],
      ['Heading4', 'Records seen'],
      ['Heading1', 'Recommendations'],
    ]);
    const styles = part(parts, 'word/styles.xml');
    for (const level of [1, 2, 3, 4]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>[\\s\\S]*?<w:outlineLvl w:val="${level - 1}"/>`));
    }
  });

  it('numbers lists with Word numbering, bullets as bullets, each numbered list starting again at 1', async () => {
    const parts = await unzipDocx(await renderReportDocx(reportDocument(), { mode: 'publication' }));
    const numbering = part(parts, 'word/numbering.xml');
    const paragraphs = wordParagraphs(part(parts, 'word/document.xml'));
    const item = (text: string) => paragraphs.find((paragraph) => paragraph.text === text)!;

    const firstList = ['The referral was made.', 'The strategy meeting was held.', 'The plan was agreed.'].map(item);
    expect(firstList.every((paragraph) => /<w:numPr>/.test(paragraph.xml) && paragraph.numId === firstList[0]!.numId)).toBe(true);
    expect(numberFormat(numbering, firstList[0]!.numId!)).toBe('decimal');

    const bullets = ['Health knew of the missed appointments.', 'Police knew of the call-out.'].map(item);
    expect(bullets[0]!.numId).toBeDefined();
    expect(numberFormat(numbering, bullets[0]!.numId!)).toBe('bullet');

    const secondList = item('A second numbered list starts again at one.');
    expect(numberFormat(numbering, secondList.numId!)).toBe('decimal');
    expect(secondList.numId).not.toBe(firstList[0]!.numId);
    expect(numbering).toMatch(new RegExp(`<w:num w:numId="${secondList.numId}">[\\s\\S]*?<w:startOverride w:val="1"/>`));

    // The list markers come from numbering, never typed into the text.
    for (const paragraph of paragraphs) expect(paragraph.text).not.toMatch(/^(\u2022|\d+\.)\s/);
  });

  it('marks a table’s header row to repeat on each page, in bold, and pads short rows', async () => {
    const document = reportDocument();
    const withRaggedTable = {
      ...document,
      sections: [{ key: 'overview', heading: 'Overview', blocks: [{ type: 'table' as const, headerRow: true, rows: [['A', 'B'], ['only one'], []] }, { type: 'table' as const, headerRow: false, rows: [['no header']] }] }],
    };
    const parts = await unzipDocx(await renderReportDocx(withRaggedTable, { mode: 'publication' }));
    const xml = part(parts, 'word/document.xml');
    const rows = tableRows(xml);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/<w:tblHeader\/>/);
    expect(wordParagraphs(rows[0]!).every((cell) => /<w:b\/>/.test(cell.xml))).toBe(true);
    for (const row of rows.slice(1)) expect(row).not.toMatch(/<w:tblHeader/);
    for (const row of rows.slice(0, 3)) expect(row.match(/<w:tc>/g)).toHaveLength(2);
    // Two tables in a row are kept apart by a paragraph, or Word would join them.
    expect(xml).toMatch(/<\/w:tbl><w:p\/><w:tbl>/);
  });

  it('keeps line breaks and tabs, and drops characters a Word file cannot hold', async () => {
    const document = { ...reportDocument(), sections: [{ key: 'overview', heading: 'Overview', blocks: [{ type: 'paragraph' as const, text: 'First line\nSecond\tline\u000bthird\u0001\u0007 line' }] }] };
    const xml = part(await unzipDocx(await renderReportDocx(document, { mode: 'publication' })), 'word/document.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const paragraph = wordParagraphs(xml).find((candidate) => candidate.text.startsWith('First line'))!;
    expect(paragraph.text).toBe('First lineSecondlinethird line');
    expect(paragraph.xml.match(/<w:br\/>/g)).toHaveLength(2);
    expect(paragraph.xml).toMatch(/<w:tab\/>/);
  });

  it('prints on A4 with the page number at the foot of every page', async () => {
    const parts = await unzipDocx(await renderReportDocx(reportDocument(), { mode: 'publication' }));
    expect(part(parts, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footer = part(parts, 'word/footer1.xml');
    expect(footer).toMatch(/Page <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*of <\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES</);
    expect(part(parts, 'word/document.xml')).toMatch(/<w:footerReference w:type="default"/);
  });

  it('heads every page of a draft with DRAFT, OFFICIAL-SENSITIVE and the recipient, and marks its foot', async () => {
    const parts = await unzipDocx(await renderReportDocx(reportDocument(), { mode: 'draft', recipient: RECIPIENT }));
    const header = wordParagraphs(part(parts, 'word/header1.xml')).map((paragraph) => paragraph.text);
    expect(header).toEqual(['DRAFT', `OFFICIAL-SENSITIVE \u2014 DRAFT \u2014 for ${RECIPIENT} only \u2014 do not forward without the lead reviewer\u2019s permission`]);
    expect(part(parts, 'word/header1.xml')).toMatch(/<w:color w:val="B1B4B6"\/>[\s\S]*<w:t[^>]*>DRAFT</);
    expect(part(parts, 'word/footer1.xml')).toContain('OFFICIAL-SENSITIVE');
    // One section, whose default header and footer Word prints on every page.
    const document = part(parts, 'word/document.xml');
    expect(document.match(/<w:sectPr>/g)).toHaveLength(1);
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    expect(document).not.toMatch(/<w:titlePg/);
  });

  it('marks an official-sensitive document at the top and foot of every page, naming no recipient', async () => {
    const parts = await unzipDocx(await renderReportDocx(reportDocument(), { mode: 'official-sensitive' }));
    expect(wordParagraphs(part(parts, 'word/header1.xml')).map((paragraph) => paragraph.text)).toEqual(['OFFICIAL-SENSITIVE']);
    expect(part(parts, 'word/footer1.xml')).toContain('OFFICIAL-SENSITIVE');
  });

  it('gives a publication copy no marking and no watermark', async () => {
    const parts = await unzipDocx(await renderReportDocx(reportDocument(), { mode: 'publication' }));
    expect([...parts.keys()].some((name) => /header/.test(name))).toBe(false);
    const everything = [...parts.values()].map((entry) => entry.text).join('\n');
    expect(everything).not.toMatch(/OFFICIAL|DRAFT/);
  });

  it('numbers a briefing’s seven sections with Word numbering, set a point smaller', async () => {
    const parts = await unzipDocx(await renderReportDocx(briefingDocument(), { mode: 'publication' }));
    const headings = wordParagraphs(part(parts, 'word/document.xml')).filter((paragraph) => paragraph.style === 'Heading1');
    expect(headings.map((heading) => heading.text)).toEqual(['The case', 'What happened', 'What we learned', 'Working together', 'What must change', 'Questions to ask', 'Find out more']);
    const numIds = new Set(headings.map((heading) => heading.numId));
    expect(numIds.size).toBe(1);
    expect(numberFormat(part(parts, 'word/numbering.xml'), [...numIds][0]!)).toBe('decimal');
    expect(part(parts, 'word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:sz w:val="20"\/>/);
  });
});

describe('making a .docx package neutral', () => {
  it('refuses to write a package whose relationships point to a part that is not there', async () => {
    const broken = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('text')] }] }), false, [
      { path: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/missing.xml"/></Relationships>' },
    ]);
    await expect(neutralDocxPackage(broken)).rejects.toThrow(/missing part word\/missing\.xml/);
  });
});
