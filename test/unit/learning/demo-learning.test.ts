import { fakerEN_GB as faker } from '@faker-js/faker';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learningEventInput } from '../../../shared/learning/learning.ts';
import { readCaseLearning } from '../../../main/learning/case-learning.ts';
import { readGoodPractice } from '../../../main/learning/good-practice.ts';
import { readLearningEvents } from '../../../main/learning/learning-events.ts';
import { readThemes } from '../../../main/learning/themes.ts';
import { addDemoCases } from '../../../main/reviews/demo-cases.ts';
import { addDemoLearning } from '../../../main/reviews/demo-learning.ts';
import type { CaseSummary } from '../../../main/store/repositories/cases.ts';
import { auditDetails, count, makeEvidenceStore, type EvidenceStore } from './learning-fixture.ts';

const NOW = new Date('2026-03-02T12:00:00Z');

describe('the demonstration store’s learning', () => {
  let store: EvidenceStore;
  let cases: CaseSummary[];
  beforeEach(async () => {
    store = await makeEvidenceStore();
    faker.seed(20_260_302);
    cases = addDemoCases(store.admin, 14, NOW);
    addDemoLearning(store.admin, cases, NOW);
  });
  afterEach(() => store.cleanup());

  it('tags most cases, records events held before today that meet their schema, and some family feedback, in one audited change', () => {
    const themes = readThemes(store.officer);
    const tagged = new Set(themes.themes.flatMap((recurrence) => recurrence.caseList.map((item) => item.reference)));
    expect(tagged.size).toBe(12);
    const events = readLearningEvents(store.officer).events;
    expect(events.map((event) => event.kind).sort()).toEqual(['learning-event', 'learning-event', 'learning-event', 'reflective-session', 'reflective-session']);
    for (const { id: _id, ...event } of events) {
      expect(learningEventInput.safeParse(event).success).toBe(true);
      expect(event.heldOn < '2026-03-02').toBe(true);
    }
    expect(count(store.officer, 'family_feedback')).toBe(3);
    expect(auditDetails(store.officer, 'demo.learning-added')).toEqual([{ tagged: 12, events: 5, familyFeedback: 3, repeats: 1 }]);
  });

  it('flags the newest case as a repeat of the oldest, and leaves another match as a suggestion', () => {
    const ordered = [...cases].sort((a, b) => a.referralDate.localeCompare(b.referralDate) || a.id - b.id);
    const newest = readCaseLearning(store.officer, ordered.at(-1)!.reference);
    expect(newest.repeatIncidents.map((repeat) => [repeat.earlierReference, repeat.flaggedBy])).toEqual([[ordered[0]!.reference, 'Test Administrator']]);
    expect(newest.suggestions).toContainEqual(expect.objectContaining({ earlierReference: ordered[0]!.reference, flagged: true }));
    const secondNewest = readCaseLearning(store.officer, ordered.at(-2)!.reference);
    expect(secondNewest.suggestions).toContainEqual(expect.objectContaining({ earlierReference: ordered[1]!.reference, flagged: false }));
  });

  it('gives the good-practice view something to show', () => {
    const view = readGoodPractice(store.officer);
    expect(view.goodOutcome.length + view.others.length).toBeGreaterThan(0);
  });
});
