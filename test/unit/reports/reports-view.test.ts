import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXECUTIVE_SUMMARY_MAX_PAGES, type Block } from '../../../shared/reports/report-document.ts';
import { reportsView } from '../../../shared/reports/reports-view.ts';
import { executiveSummaryPages } from '../../../main/exports/pdf/report-pdf.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { decideRedaction, savePlace } from '../../../main/reports/report-records.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import { readReports } from '../../../main/reports/reports-view.ts';
import { caseWithPeople, makeEvidenceStore, newCase, paragraph, reportWith, type EvidenceStore } from './report-fixture.ts';

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

describe('the case’s Report section', () => {
  it('shows an empty report, no versions and nothing to decide on a new case', async () => {
    const { reference } = newCase(store.officer);
    const view = reportsView.parse(await readReports(store.officer, reference));
    expect(view).toMatchObject({ reference, canWrite: true, version: null, versions: [], executiveSummary: { pages: 0, tooLong: false }, candidates: [], discussion: null, briefing: null, hasRapidReview: false });
    expect(view.content.sections.every((section) => section.blocks.length === 0)).toBe(true);
  });

  it('builds the register from the case’s people and places', async () => {
    const { reference } = caseWithPeople(store.officer);
    const view = await savePlace(store.officer, reference, { id: null, name: 'Larkspur Primary School', pseudonym: 'the school' });
    const pseudonyms = view.register.map((entry) => entry.pseudonym);
    expect(pseudonyms).toEqual(expect.arrayContaining(['Child Q', 'Mother', 'the school']));
    const child = view.register.find((entry) => entry.pseudonym === 'Child Q')!;
    expect(child.source).toBe('person');
    expect(child.values.map((value) => value.value).join(' ')).toContain('Jayden');
  });

  it('shows what the detectors found in the report, and each candidate’s decision once made', async () => {
    const { reference } = caseWithPeople(store.officer);
    let view = await saveReport(store.officer, reference, reportWith({ overview: [paragraph('Child Q lived with Mother.'), paragraph('A neighbour rang 07700 900456 to raise a concern.')] }), 'First draft');
    const found = view.candidates.find((candidate) => candidate.document === 'report' && candidate.value.includes('900456'));
    expect(found).toMatchObject({ kind: 'phone', state: 'undecided', decidedBy: null });
    view = await decideRedaction(store.officer, reference, { decision: 'dismiss', document: 'report', kind: found!.kind, value: found!.value, place: found!.place, reason: 'The council’s own switchboard' });
    const decided = view.candidates.find((candidate) => candidate.place === found!.place && candidate.value === found!.value);
    expect(decided).toMatchObject({ state: 'dismissed', decidedBy: 'Ffion Officer', reason: 'The council’s own switchboard' });
    view = await decideRedaction(store.officer, reference, { decision: 'accept', document: 'report', kind: found!.kind, value: found!.value, place: found!.place });
    expect(view.candidates.find((candidate) => candidate.place === found!.place && candidate.value === found!.value)?.state).toBe('accepted');
  });

  it('knows when the case has a rapid review meeting to report on', async () => {
    const { reference } = newCase(store.officer);
    saveRecord(store.officer, reference, null, { type: 'meeting', data: { meetingKind: 'rapid-review', heldOn: '2026-02-10', startsAt: '10:00', chair: { name: 'Morgan Chair', organisation: 'Greater Manchester Police' }, papersSharedOn: null, papersSharedAt: null } });
    expect((await readReports(store.officer, reference)).hasRapidReview).toBe(true);
  });
});

describe('the executive summary’s length', () => {
  const LONG = 'The agencies each held part of the picture of Child Q’s life, but no one brought it together until the school raised its concern in the spring. '.repeat(3);
  const summary = (count: number): Block[] => Array.from({ length: count }, (_, index) => paragraph(`${index + 1}. ${LONG}`));

  /** The fewest paragraphs that render beyond the limit: doubling, then halving the gap. */
  async function firstTooLong(): Promise<number> {
    let high = 4;
    while ((await executiveSummaryPages(summary(high))) <= EXECUTIVE_SUMMARY_MAX_PAGES) high *= 2;
    let low = high / 2;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if ((await executiveSummaryPages(summary(middle))) > EXECUTIVE_SUMMARY_MAX_PAGES) high = middle;
      else low = middle;
    }
    return high;
  }

  it('warns once the summary runs past two pages as rendered, and not a paragraph before', async () => {
    const { reference } = newCase(store.officer);
    const threshold = await firstTooLong();
    const within = await saveReport(store.officer, reference, reportWith({ 'executive-summary': summary(threshold - 1) }), 'Just within');
    expect(within.executiveSummary).toEqual({ pages: EXECUTIVE_SUMMARY_MAX_PAGES, tooLong: false });
    const beyond = await saveReport(store.officer, reference, reportWith({ 'executive-summary': summary(threshold) }), 'One paragraph more');
    expect(beyond.executiveSummary).toEqual({ pages: EXECUTIVE_SUMMARY_MAX_PAGES + 1, tooLong: true });
  });
});
