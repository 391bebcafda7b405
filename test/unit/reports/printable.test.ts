/**
 * Each exportable document as printable blocks, before redaction: the report's current version
 * (its non-empty sections, under the policy's headings), the Rapid Review Meeting Report in the
 * National Panel's structure from the meeting's record, the agencies' summaries and the composite
 * chronology, and the 7-minute briefing; null when there is nothing to build one from.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAPID_REVIEW_SECTION_TITLES, RAPID_REVIEW_SECTIONS, type Block, type PrintableDocument } from '../../../shared/reports/report-document.ts';
import { acceptChronology } from '../../../main/evidence/chronology-returns.ts';
import { saveSummary } from '../../../main/evidence/summaries.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import { printableFor } from '../../../main/reports/printable.ts';
import { paragraphsOf } from '../../../main/reports/export-text.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { chronologyWorkbook, HEALTH, makeEvidenceStore, newCase, POLICE, summary, type EvidenceStore } from '../evidence/evidence-fixture.ts';
import { BRIEFING, identifyingReport, openReportCase, writeReport } from './export-fixture.ts';

const LONG = 120_000;
let store: EvidenceStore;
let reference: string;
let caseId: number;

beforeAll(async () => {
  store = await makeEvidenceStore();
  ({ reference, id: caseId } = openReportCase(store.officer));
  await writeReport(store.officer, reference);
  saveSummary(store.officer, reference, POLICE, summary({ learning: 'See every child at every call.', immediateActions: 'Officers were briefed.' }));
  saveSummary(store.officer, reference, HEALTH, summary({ learning: 'Ask about every adult\nin the household.', immediateActions: '' }));
  const returned = await chronologyWorkbook(POLICE, [
    { date: '2025-03-02', event: 'A call to the home.' },
    { date: '2025-06-14', event: 'A second call.' },
    { date: '2025-10-01', event: 'A strategy discussion.' },
  ]);
  await acceptChronology(store.officer, reference, POLICE, { fileName: 'police.xlsx', bytes: returned }, { sha256: createHash('sha256').update(returned).digest('hex'), acceptProblems: false });
}, LONG);
afterAll(() => store.cleanup());

const printable = (document: 'report' | 'rapid-review' | 'briefing', id = caseId): PrintableDocument | null => printableFor(store.officer.store.db, id, document);
const section = (document: PrintableDocument, key: string) => document.sections.find((each) => each.key === key)!;
const texts = (blocks: readonly Block[]) => blocks.map((block) => (block.type === 'list' ? block.items.join(' / ') : block.type === 'table' ? '(table)' : block.text));

describe('the review report as printable', () => {
  it('has the report’s title, the children as published, and each section with text under its heading, in order', () => {
    const report = printable('report')!;
    expect(report).toMatchObject({ title: 'Local child safeguarding practice review', subtitle: 'Concerning Child Q', layout: 'report' });
    expect(report.sections.map((each) => [each.key, each.heading])).toEqual([
      ['executive-summary', 'Executive summary'],
      ['questions', 'The questions this review answers'],
      ['overview', 'Overview of what happened'],
      ['key-decisions', 'Why key decisions were taken'],
      ['working-together', 'How agencies worked together'],
      ['how-agencies-learn', 'How agencies will learn'],
      ['learning-points', 'Learning points'],
      ['recommendations', 'Recommendations'],
    ]);
    expect(section(report, 'overview').blocks).toEqual(identifyingReport().sections.find((each) => each.key === 'overview')!.blocks);
  });

  it('is made from the current version, with the default title when the report has none, and is null before the first', async () => {
    const other = newCase(store.officer);
    expect(printable('report', other.id)).toBeNull();
    const content = identifyingReport();
    await saveReport(store.officer, other.reference, content, 'First');
    const onlyRecommendations = content.sections.map((each) => ({ ...each, blocks: each.key === 'recommendations' ? [{ type: 'paragraph' as const, text: 'Only this now.' }] : [] }));
    await saveReport(store.officer, other.reference, { title: '', sections: onlyRecommendations }, 'Second');
    const report = printable('report', other.id)!;
    expect(report.title).toBe('Local child safeguarding practice review');
    expect(report.subtitle).toBe('');
    expect(report.sections).toEqual([{ key: 'recommendations', heading: 'Recommendations', blocks: [{ type: 'paragraph', text: 'Only this now.' }] }]);
  }, LONG);
});

describe('the Rapid Review Meeting Report as printable', () => {
  it('follows the National Panel’s structure, from the rapid review meeting’s record', () => {
    const report = printable('rapid-review')!;
    expect(report).toMatchObject({ title: 'Rapid Review Meeting Report', subtitle: 'Concerning Child Q', layout: 'report' });
    expect(report.sections.map((each) => [each.key, each.heading])).toEqual(RAPID_REVIEW_SECTIONS.map((key) => [key, RAPID_REVIEW_SECTION_TITLES[key]]));
  });

  it('gives the facts as the meeting recorded them, paragraph by paragraph, with the agencies present and what the meeting had before it', () => {
    const facts = texts(section(printable('rapid-review')!, 'facts').blocks);
    expect(facts).toEqual([
      `The rapid review meeting was held on 18 November 2025. Agencies represented: Salford City Council Children's Services, ${POLICE} and ${HEALTH}.`,
      'What happened',
      // A line break inside a paragraph is a space, so a name broken across it stays whole for redaction.
      'OLIVIA HARTLEY was taken to hospital with injuries. Rebecca Hartley called the ambulance.',
      'The school had recorded absences.',
      'Information still awaited',
      'The medical opinion on the injuries.',
      'Circumstances',
      'Neglect',
      'Information the meeting considered',
      `Agency summaries from ${POLICE} and ${HEALTH}. / The composite chronology: 3 significant practice events from 2 March 2025 to 1 October 2025, recorded by ${POLICE}.`,
    ]);
  });

  it('draws the agencies’ own actions and learning from their summaries, attributed', () => {
    const report = printable('rapid-review')!;
    expect(texts(section(report, 'immediate-actions').blocks)).toEqual(['A strategy discussion was held the same day.', 'Actions the agencies reported', `${POLICE}: Officers were briefed.`]);
    expect(texts(section(report, 'learning').blocks)).toEqual([
      'How agencies record the adults in the household.',
      'Learning the agencies identified',
      `${POLICE}: See every child at every call. / ${HEALTH}: Ask about every adult in the household.`,
    ]);
  });

  it('states the decision, its rationale and the screening decision, and whether a national review may be appropriate with the Panel’s reply', () => {
    saveRecord(store.officer, reference, null, { type: 'panel-response', data: { reportSentOn: '2025-11-25', respondedOn: '2025-11-26', response: 'agrees', comments: 'The Panel agrees a local review.' } });
    const report = printable('rapid-review')!;
    expect(texts(section(report, 'decision').blocks)).toEqual([
      'Decision: Local child safeguarding practice review.',
      'Rationale',
      'The criteria for a local review are met: agencies could have worked together more effectively.',
    ]);
    expect(texts(section(report, 'national-review').blocks)).toEqual([
      'No: the meeting did not consider a national review appropriate.',
      'This report was sent to the National Panel on 25 November 2025. The Panel replied on 26 November 2025 that it agrees with the local decision.',
      'The Panel agrees a local review.',
    ]);
  });

  it('says “Not recorded” where the meeting’s record is silent, and is null when the case has no rapid review meeting', () => {
    const bare = newCase(store.officer);
    expect(printable('rapid-review', bare.id)).toBeNull();
    saveRecord(store.officer, bare.reference, null, { type: 'meeting', data: { meetingKind: 'review-meeting', heldOn: '2025-11-20', startsAt: '10:00', chair: { name: 'Morgan Chair', organisation: POLICE }, papersSharedOn: null, papersSharedAt: null } });
    expect(printable('rapid-review', bare.id)).toBeNull();
    saveRecord(store.officer, bare.reference, null, { type: 'meeting', data: { meetingKind: 'rapid-review', heldOn: '2025-11-21', startsAt: '10:00', chair: { name: 'Morgan Chair', organisation: POLICE }, papersSharedOn: null, papersSharedAt: null } });
    const report = printable('rapid-review', bare.id)!;
    expect(report.subtitle).toBe('');
    expect(texts(section(report, 'facts').blocks).slice(1, 3)).toEqual(['What happened', 'Not recorded.']);
    expect(texts(section(report, 'immediate-actions').blocks)).toEqual(['None recorded.']);
    expect(texts(section(report, 'decision').blocks)[0]).toBe('The meeting has not recorded its decision.');
    expect(texts(section(report, 'national-review').blocks)).toEqual(['Not recorded.']);
  });
});

describe('the 7-minute briefing as printable', () => {
  it('has its seven sections keyed section-1 to section-7, each its text, set as a briefing', () => {
    const briefing = printable('briefing')!;
    expect(briefing).toMatchObject({ title: BRIEFING.title, subtitle: '7-minute briefing: learning from the review concerning Child Q', layout: 'briefing' });
    expect(briefing.sections.map((each) => each.key)).toEqual(['section-1', 'section-2', 'section-3', 'section-4', 'section-5', 'section-6', 'section-7']);
    expect(briefing.sections.map((each) => each.heading)).toEqual(BRIEFING.sections.map((each) => each.heading));
    expect(briefing.sections[0]!.blocks).toEqual([{ type: 'paragraph', text: BRIEFING.sections[0]!.text }]);
    expect(printable('briefing', newCase(store.officer).id)).toBeNull();
  });
});

describe('free text as paragraphs', () => {
  it('starts a paragraph at a blank line and joins the lines within one', () => {
    expect(paragraphsOf('First line\nsame paragraph.\r\n\r\n  Second.\n \n\nThird.  ')).toEqual([
      { type: 'paragraph', text: 'First line same paragraph.' },
      { type: 'paragraph', text: 'Second.' },
      { type: 'paragraph', text: 'Third.' },
    ]);
    expect(paragraphsOf('  \n ')).toEqual([]);
  });
});
