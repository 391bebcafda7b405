import { PDFDocument, PDFDict, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingPackPdf } from '../../../main/exports/pdf/meeting-pack.ts';
import { expectMarkedOnEveryPage, expectOnlyLiberationSansEmbedded, expectProperties } from './pdf-checks.ts';
import { meetingPackInput, UNICODE_NAMES } from './pdf-fixtures.ts';
import { pdfLayoutText, pdfPageTexts } from './pdf-text.ts';
import type { MeetingPackInput } from '../../../main/exports/pdf/pdf-inputs.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

interface ContentsLine {
  readonly title: string;
  readonly page: number;
}

/** The contents as printed: each "title . . . . 7" line, from page 2 until a page has none. */
function readContents(bytes: Uint8Array, pageCount: number): ContentsLine[] {
  const lines: ContentsLine[] = [];
  for (let page = 2; page <= pageCount; page++) {
    const found = pdfLayoutText(bytes, page)
      .split('\n')
      .map((line) => /^\s*(\d(?:\.\d+)? .+?)\s*(?:\.\s*){3,}(\d+)\s*$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({ title: match[1]!.trim(), page: Number(match[2]) }));
    if (found.length === 0) break;
    lines.push(...found);
  }
  return lines;
}

describe('the meeting pack', () => {
  const input = meetingPackInput();
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    bytes = await meetingPackPdf(input);
    pages = pdfPageTexts(bytes);
  });

  it('opens with a cover on the letterhead', () => {
    const cover = flat(pages[0]!);
    expect(cover).toContain('Northshire Safeguarding Children Partnership');
    expect(cover).toContain('Rapid review meeting pack');
    expect(cover).toContain('Case reference: RR-2026-014');
    expect(cover).toContain('Meeting: Thursday 17 December 2026 at 10:00');
    expect(cover).toContain('Share at least 24 hours before the meeting');
    expect(cover).toContain('by Wednesday 16 December 2026 at 10:00');
  });

  it('lists each section and each agency’s summary in its contents', () => {
    expect(flat(pages[1]!)).toContain('Contents');
    const titles = readContents(bytes, pages.length).map((line) => line.title);
    expect(titles).toEqual(['1 Referral', '2 Agency summaries', ...input.summaries.map((summary, index) => `2.${index + 1} ${summary.agency}`), '3 Composite chronology']);
  });

  it('gives, for each contents line, the page its heading is really on', () => {
    const contents = readContents(bytes, pages.length);
    expect(contents.length).toBe(input.summaries.length + 3);
    for (const line of contents) expect(flat(pages[line.page - 1]!), `${line.title} on page ${line.page}`).toContain(line.title);
  });

  it('starts each agency’s summary on a new page', () => {
    const summaryPages = readContents(bytes, pages.length)
      .filter((line) => line.title.startsWith('2.'))
      .map((line) => line.page);
    expect(new Set(summaryPages).size).toBe(input.summaries.length);
  });

  it('lists the agencies whose summaries are still awaited', () => {
    expect(flat(pages.join(' '))).toContain('Summaries still awaited from: Housing, North West Ambulance Service.');
  });

  it('prints the referral as labelled fields, an empty one as not given', () => {
    const referral = flat(pages.find((page) => page.includes('1 Referral') && page.includes('About the child'))!);
    expect(referral).toContain('Referrer Zoë Ó Súilleabháin, Northshire Community Health');
    expect(referral).toContain('Immediate safety actions Not given');
  });

  it('puts the composite chronology on landscape pages after the summaries', async () => {
    const doc = await PDFDocument.load(bytes);
    const chronologyPage = readContents(bytes, pages.length).find((line) => line.title === '3 Composite chronology')!.page;
    doc.getPages().forEach((page, index) => {
      const { width, height } = page.getSize();
      expect(width > height, `page ${index + 1}`).toBe(index + 1 >= chronologyPage);
    });
    expect(flat(pages.slice(chronologyPage - 1).join(' '))).toContain(flat(input.composite.entries.at(-1)!.event).slice(0, 40));
  });

  it('has bookmarks for the cover, the contents and each section', async () => {
    const doc = await PDFDocument.load(bytes);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(outlines.get(PDFName.of('Count'))?.toString()).toBe(String(5 + input.summaries.length));
  });

  it('is OFFICIAL-SENSITIVE and numbered on every page, in Liberation Sans, with no names in its properties', async () => {
    expectMarkedOnEveryPage(bytes);
    expectOnlyLiberationSansEmbedded(bytes);
    await expectProperties(bytes, 'Meeting pack – RR-2026-014', 'Northshire Safeguarding Children Partnership', [...UNICODE_NAMES]);
  });
});

describe('the meeting pack, varied', () => {
  it('numbers correctly when the contents runs to more than one page', async () => {
    const base = meetingPackInput();
    const input: MeetingPackInput = {
      ...base,
      summaries: Array.from({ length: 70 }, (_, index) => ({ agency: `Agency ${index + 1} – Łódź liaison team`, fields: [{ label: 'Author', value: `Siân ${index + 1}` }] })),
    };
    const bytes = await meetingPackPdf(input);
    const pages = pdfPageTexts(bytes);
    const contents = readContents(bytes, pages.length);
    expect(contents).toHaveLength(73);
    // The cover, then two pages of contents.
    expect(contents[0]).toEqual({ title: '1 Referral', page: 4 });
    for (const line of contents) expect(flat(pages[line.page - 1]!), `${line.title} on page ${line.page}`).toContain(line.title);
  });

  it('says when no summaries have come in and no meeting is set', async () => {
    const pages = pdfPageTexts(await meetingPackPdf(meetingPackInput({ summaries: [], meeting: null })));
    const text = flat(pages.join(' '));
    expect(text).toContain('Meeting: the date is not set yet');
    expect(text).toContain('No agency summaries have been received yet.');
    expect(text).toContain('Summaries still awaited from: Housing, North West Ambulance Service.');
  });
});
