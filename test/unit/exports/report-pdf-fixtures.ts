/**
 * Printable documents for the report PDF tests, hand-written: a report in the policy's sections
 * with a heading, paragraphs, lists and a table; a short one that renders to exactly three pages;
 * a 7-minute briefing. Every name is made up. Also pdffonts read with its "sub" column, which the
 * shared helper in pdf-text.ts does not keep.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPORT_SECTION_TITLES, REPORT_SECTIONS, type Block, type PrintableDocument, type PrintableSection, type ReportSectionKey } from '../../../shared/reports/report-document.ts';

export const PARAGRAPH =
  'The health visitor saw the family at home and recorded that the baby was feeding well, although the mother said she was tired and had little support since moving to the area. ' +
  'The same worry was noted at three later contacts but was not passed on to children’s social care, and no agency asked who else lived in the household.';

export function section(key: ReportSectionKey, blocks: readonly Block[]): PrintableSection {
  return { key, heading: REPORT_SECTION_TITLES[key], blocks };
}

/** A document whose executive summary and overview each fit one page: cover, summary, overview. */
export function threePageReport(title = 'Child Q: a local child safeguarding practice review'): PrintableDocument {
  return {
    title,
    subtitle: 'Northshire Safeguarding Children Partnership',
    layout: 'report',
    sections: [section('executive-summary', [{ type: 'paragraph', text: PARAGRAPH }]), section('overview', [{ type: 'paragraph', text: PARAGRAPH }])],
  };
}

/** Every section of the report, each with content that can be found again, in order, in the PDF. */
export function fullReport(): PrintableDocument {
  const sections = REPORT_SECTIONS.map((key, index) =>
    section(key, [
      { type: 'paragraph', text: `Opening paragraph ${index + 1}. ${PARAGRAPH}` },
      { type: 'heading', level: 2, text: `Subheading ${index + 1}` },
      { type: 'list', ordered: index % 2 === 0, items: [`First point ${index + 1}`, `Second point ${index + 1}, which is long enough to wrap onto another line: ${PARAGRAPH}`, `Third point ${index + 1}`] },
      {
        type: 'table',
        headerRow: true,
        rows: [
          ['When', 'Agency', 'What happened'],
          [`${index + 1} March 2025`, 'Health visiting', `Table row ${index + 1}. ${PARAGRAPH.slice(0, 120)}`],
        ],
      },
      { type: 'paragraph', text: `Closing paragraph ${index + 1}.` },
    ]),
  );
  return { title: 'Child Q: a local child safeguarding practice review', subtitle: 'Northshire Safeguarding Children Partnership', layout: 'report', sections };
}

export const BRIEFING_HEADINGS = ['What happened', 'Why it matters', 'What we found', 'Sharing information', 'Professional curiosity', 'What to do now', 'Find out more'] as const;

/** Seven sections of `length` characters each, every one ending with a word naming its number. */
export function briefing(length: number): PrintableDocument {
  const text = (number: number) => {
    const end = ` End of section ${number}.`;
    let body = '';
    while (body.length < length - end.length) body += `${PARAGRAPH} `;
    return `${body.slice(0, length - end.length).trimEnd()}${end}`;
  };
  return {
    title: '7-minute briefing: learning from the review of Child Q',
    subtitle: 'Northshire Safeguarding Children Partnership',
    layout: 'briefing',
    sections: BRIEFING_HEADINGS.map((heading, index) => ({ key: `briefing-${index + 1}`, heading, blocks: [{ type: 'paragraph', text: text(index + 1) }] })),
  };
}

export interface SubsetFontRow {
  readonly name: string;
  readonly embedded: boolean;
  readonly subset: boolean;
}

/** The fonts pdffonts lists, with whether each is embedded and whether it is a subset. */
export function pdfFontsWithSubset(bytes: Uint8Array): SubsetFontRow[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-report-pdf-'));
  try {
    const file = path.join(folder, 'report.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const match = /^(\S+)\s+.+?\s+\S+\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
        if (!match) throw new Error(`pdffonts printed a line this helper cannot read: ${line}`);
        return { name: match[1]!, embedded: match[2] === 'yes', subset: match[3] === 'yes' };
      });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Text with its white space made single spaces, so a line break reads as a space. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');
