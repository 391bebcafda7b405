/**
 * A draft with tracked changes that are neither accepted nor rejected is refused, and the refusal
 * names where each change is, so the reviewer can find it in Word.
 */
import { DeletedTextRun, Document, Header, HeadingLevel, InsertedTextRun, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocxDraft } from '../../../../main/exports/docx/read-docx.ts';
import { AUTHOR_NAME, packed, para, plain, rawDocx, refusalOf, run, styled } from './read-docx-fixtures.ts';

const change = { author: AUTHOR_NAME, date: '2026-03-02T10:00:00Z' };
const ACCEPT_OR_REJECT = 'Accept or reject every change in Word, then import it again.';

describe('tracked changes', () => {
  it('refuses an insertion, naming its paragraph, the heading it is under and its first words', async () => {
    const draft = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Overview', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('First paragraph.'),
            new Paragraph({ children: [new TextRun('The health visitor saw the family at home '), new InsertedTextRun({ ...change, id: 1, text: 'twice' })] }),
          ],
        },
      ],
    });
    const refusal = await refusalOf(readDocxDraft(await packed(draft)));
    expect(refusal.message).toBe(`The draft has tracked changes that are not accepted or rejected: paragraph 3 (under “Overview”: “The health visitor saw the family at…”). ${ACCEPT_OR_REJECT}`);
  });

  it('quotes a paragraph whose only text is deleted, so it can still be found', async () => {
    const draft = new Document({ sections: [{ children: [new Paragraph({ children: [new DeletedTextRun({ ...change, id: 1, text: 'Removed sentence.' })] })] }] });
    const refusal = await refusalOf(readDocxDraft(await packed(draft)));
    expect(refusal.message).toContain('paragraph 1 (“Removed sentence.”)');
  });

  it('names five places and counts the rest', async () => {
    const changed = Array.from({ length: 8 }, (_, index) => new Paragraph({ children: [new TextRun(`Point ${index + 1}. `), new InsertedTextRun({ ...change, id: index + 1, text: 'added' })] }));
    const refusal = await refusalOf(readDocxDraft(await packed(new Document({ sections: [{ children: changed }] }))));
    expect(refusal.message).toContain('paragraph 1 (“Point 1. added”), paragraph 2 (“Point 2. added”), paragraph 3 (“Point 3. added”), paragraph 4 (“Point 4. added”), paragraph 5 (“Point 5. added”) and 3 more.');
  });

  it('finds a change in a page header too', async () => {
    const draft = new Document({
      sections: [{ headers: { default: new Header({ children: [new Paragraph({ children: [new InsertedTextRun({ ...change, id: 1, text: 'Draft 2' })] })] }) }, children: [new Paragraph('Body.')] }],
    });
    const refusal = await refusalOf(readDocxDraft(await packed(draft)));
    expect(refusal.message).toContain('a page header (“Draft 2”)');
  });

  it('refuses formatting changes, a changed heading and changed table properties, naming each', async () => {
    const body = [
      styled('Heading1', 'Overview'),
      para(run('Bold now', '<w:b/><w:rPrChange w:id="1" w:author="X" w:date="2026-01-01T00:00:00Z"><w:rPr/></w:rPrChange>')),
      para(run('Why key decisions were taken'), '<w:pStyle w:val="Heading1"/><w:pPrChange w:id="2" w:author="X" w:date="2026-01-01T00:00:00Z"><w:pPr/></w:pPrChange>'),
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblPrChange w:id="3" w:author="X" w:date="2026-01-01T00:00:00Z"><w:tblPr/></w:tblPrChange></w:tblPr><w:tr><w:tc>${plain('Cell')}</w:tc></w:tr></w:tbl>`,
    ].join('');
    const refusal = await refusalOf(readDocxDraft(rawDocx({ body })));
    expect(refusal.message).toContain('paragraph 2 (under “Overview”: “Bold now”), paragraph 3 (the heading “Why key decisions were taken”) and the table at paragraph 4 (under “Why key decisions were taken”).');
  });

  it('refuses an unresolved change a document makes to the page layout', async () => {
    const documentXml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${plain('Text.')}<w:sectPr><w:sectPrChange w:id="1" w:author="X"><w:sectPr/></w:sectPrChange></w:sectPr></w:body></w:document>`;
    const refusal = await refusalOf(readDocxDraft(rawDocx({ body: '', documentXml })));
    expect(refusal.message).toContain('the page layout (section settings)');
  });

  it('never names the author of a change', async () => {
    const draft = new Document({ sections: [{ children: [new Paragraph({ children: [new InsertedTextRun({ ...change, id: 1, text: 'Text.' })] })] }] });
    const refusal = await refusalOf(readDocxDraft(await packed(draft)));
    expect(refusal.message).not.toContain('Quintrell');
  });
});
