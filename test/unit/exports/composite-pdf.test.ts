import { beforeAll, describe, expect, it } from 'vitest';
import type { CompositeEntry } from '../../../shared/evidence/composite.ts';
import { compositePdf } from '../../../main/exports/pdf/composite-pdf.ts';
import { expectMarkedOnEveryPage, expectOnlyLiberationSansEmbedded, expectProperties } from './pdf-checks.ts';
import { compositeEntries, compositePdfInput, faker, UNICODE_NAMES } from './pdf-fixtures.ts';
import { pdfInfo, pdfLayoutText, pdfPageTexts, pdfText } from './pdf-text.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Three entries around a 45-day silence, the first two flagged as one event recorded twice. */
function entriesWithGapAndDuplicate(): CompositeEntry[] {
  const [first, second, third] = compositeEntries(3);
  return [
    { ...first!, date: '2025-03-03', event: 'Łukasz seen at school with a bruise', agency: 'Education', agencies: ['Education'], duplicateGroup: 4, duplicateState: 'flagged' },
    { ...second!, date: '2025-03-03', event: 'Zoë reported Łukasz’s bruise to the school nurse', agency: 'Northshire Community Health', agencies: ['Northshire Community Health'], duplicateGroup: 4, duplicateState: 'flagged' },
    { ...third!, date: '2025-04-17', event: 'Strategy discussion held', duplicateGroup: null, duplicateState: null },
  ];
}

describe('the composite chronology PDF', () => {
  // Short events, one line each, so each can be found whole in the extracted text.
  const entries = compositeEntries(150).map((entry) => ({ ...entry, event: `Event ${entry.id} of 150, ${UNICODE_NAMES[entry.id % 3]}` }));
  let bytes: Uint8Array;
  let pages: string[];

  beforeAll(async () => {
    bytes = await compositePdf(compositePdfInput(entries));
    pages = pdfPageTexts(bytes);
  });

  it('is A4 landscape', () => {
    expect(pdfInfo(bytes)['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
  });

  it('opens with its title, reference, date made and what the filter kept', () => {
    const first = flat(pages[0]!);
    expect(first).toContain('Composite chronology – RR-2026-014');
    expect(first).toContain('Made on 15 December 2026, with 150 entries.');
    expect(first).toContain('Showing: All agencies, all significance tests and principles.');
  });

  it('repeats the header row on every page', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) for (const header of ['Date', 'Time', 'Agencies', 'Source', 'Event', 'Risk', 'Response', 'Impact', 'Partnership', 'Learning', 'Tests']) expect(page).toContain(header);
  });

  it('prints every entry, names outside Latin-1 included', () => {
    const text = flat(pages.join(' '));
    for (const entry of entries) expect(text).toContain(entry.event);
  });

  it('is OFFICIAL-SENSITIVE, numbered and in Liberation Sans on every page', async () => {
    expectMarkedOnEveryPage(bytes);
    expectOnlyLiberationSansEmbedded(bytes);
    await expectProperties(bytes, 'Composite chronology – RR-2026-014', 'Northshire Safeguarding Children Partnership', [...UNICODE_NAMES]);
  });
});

describe('the composite chronology PDF’s marks', () => {
  it('shows a gap as a row of its own, between the entries either side', async () => {
    const entries = entriesWithGapAndDuplicate();
    const bytes = await compositePdf(compositePdfInput(entries, [{ from: '2025-03-03', to: '2025-04-17', days: 45 }]));
    // -layout keeps each printed line whole, so the order of lines is the order of rows.
    const lines = pdfLayoutText(bytes, 1).split('\n');
    const gap = lines.findIndex((line) => line.includes('No entries for 45 days (3 March 2025 to 17 April 2025)'));
    expect(gap).toBeGreaterThan(lines.findIndex((line) => line.includes('Zoë reported')));
    expect(gap).toBeLessThan(lines.findIndex((line) => line.includes('Strategy discussion held')));
  });

  it('marks flagged duplicates, and lists the met tests by short name', async () => {
    const entries = entriesWithGapAndDuplicate();
    const none = Object.fromEntries(Object.keys(entries[2]!.tests).map((test) => [test, null])) as CompositeEntry['tests'];
    entries[2] = { ...entries[2]!, tests: { ...none, statutoryEvent: true, significantToChild: true, changedAssessment: false } };
    const text = pdfLayoutText(await compositePdf(compositePdfInput(entries, [])), 1);
    expect(text.match(/Possible duplicate/g)).toHaveLength(2);
    expect(text.match(/\(group 4\)/g)).toHaveLength(2);
    const lastRow = text.slice(text.indexOf('17 Apr 2025'));
    expect(lastRow).toMatch(/Statutory\s*\n.*Child/);
    expect(lastRow).not.toMatch(/Assessment|Pattern|Key adult/);
  });

  it('splits a row taller than a page, saying “(continued)”, and loses none of it', async () => {
    const entries = compositeEntries(4);
    const longEvent = `Start of the long event. ${faker.lorem.paragraphs(45)} End of the long event.`;
    entries[1] = { ...entries[1]!, event: longEvent };
    const bytes = await compositePdf(compositePdfInput(entries, []));
    const pages = pdfPageTexts(bytes);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[1]).toContain('(continued)');
    const text = flat(pages.join(' '));
    expect(text).toContain('Start of the long event.');
    expect(text).toContain('End of the long event.');
    expect(text).toContain(flat(entries[2]!.event).slice(0, 40));
  });

  it('says so when there are no entries', async () => {
    const text = flat(pdfText(await compositePdf(compositePdfInput([], []))));
    expect(text).toContain('There are no entries in the composite chronology yet.');
  });

  it('does not throw on emoji in an entry', async () => {
    const entries = compositeEntries(2);
    entries[0] = { ...entries[0]!, event: 'Mum said 😢 when asked 🙏🏿' };
    expect(flat(pdfText(await compositePdf(compositePdfInput(entries, []))))).toContain('Mum said ? when asked ?');
  });
});
