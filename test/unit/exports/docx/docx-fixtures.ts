/** Printable documents for the .docx writer's tests: hand-written, pseudonymised, with every kind of block. */
import type { Block, PrintableDocument } from '../../../../shared/reports/report-document.ts';
import { REPORT_SECTION_TITLES } from '../../../../shared/reports/report-document.ts';

export const OVERVIEW_BLOCKS: Block[] = [
  { type: 'paragraph', text: 'Child Q lived with Mother and two siblings. Health Visitor 1 visited the family at home.' },
  { type: 'heading', level: 1, text: 'Early help' },
  { type: 'paragraph', text: 'The school raised a concern in the spring term.' },
  { type: 'list', ordered: true, items: ['The referral was made.', 'The strategy meeting was held.', 'The plan was agreed.'] },
  { type: 'heading', level: 2, text: 'What the agencies knew' },
  { type: 'list', ordered: false, items: ['Health knew of the missed appointments.', 'Police knew of the call-out.'] },
  { type: 'heading', level: 3, text: 'Records seen' },
  {
    type: 'table',
    headerRow: true,
    rows: [
      ['Agency', 'Contacts', 'Last contact'],
      ['Health', '12', 'Spring'],
      ['Children’s social care', '4', 'Summer'],
    ],
  },
  { type: 'list', ordered: true, items: ['A second numbered list starts again at one.'] },
];

export const RECOMMENDATION_BLOCKS: Block[] = [
  { type: 'paragraph', text: 'The partnership should make sure that:' },
  { type: 'list', ordered: true, items: ['health visitors share concerns with the school', 'strategy meetings include the school nurse'] },
];

export function reportDocument(): PrintableDocument {
  return {
    title: 'Child Q: a local child safeguarding practice review',
    subtitle: 'Local child safeguarding practice review',
    layout: 'report',
    sections: [
      { key: 'overview', heading: REPORT_SECTION_TITLES.overview, blocks: OVERVIEW_BLOCKS },
      { key: 'recommendations', heading: REPORT_SECTION_TITLES.recommendations, blocks: RECOMMENDATION_BLOCKS },
    ],
  };
}

export function briefingDocument(): PrintableDocument {
  const headings = ['The case', 'What happened', 'What we learned', 'Working together', 'What must change', 'Questions to ask', 'Find out more'];
  return {
    title: '7-minute briefing: Child Q',
    subtitle: 'Learning from a local child safeguarding practice review',
    layout: 'briefing',
    sections: headings.map((heading, index) => ({ key: `section-${index + 1}`, heading, blocks: [{ type: 'paragraph', text: `${heading}: a short paragraph of learning.` }] })),
  };
}

/** A recipient of a draft for factual accuracy: synthetic, at an example organisation. */
export const RECIPIENT = 'Priya Okonkwo, Example Health Trust';
