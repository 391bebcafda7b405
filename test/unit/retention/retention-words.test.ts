/**
 * The retention screen's words: sizes, lists of versions, and what a review's drafts or a closed
 * case amount to, as the confirmation and the tables say them.
 */
import { describe, expect, it } from 'vitest';
import type { ClosedCaseDue, DraftsDue } from '../../../shared/retention/retention-view.ts';
import { caseHoldsWords, draftsInStoreWords, sizeInWords, versionsInWords } from '../../../renderer/retention/retention-words.ts';

const drafts = (change: Partial<DraftsDue>): DraftsDue => ({
  reference: 'PRM-2026-004',
  reviewEndedOn: '2026-11-02',
  endedBy: 'closed',
  draftVersions: [],
  keptVersion: 3,
  draftDocuments: 0,
  draftDocumentBytes: 0,
  copies: [],
  ...change,
});

describe('the retention screen’s words', () => {
  it('says sizes as a person reads them', () => {
    expect([sizeInWords(1), sizeInWords(900), sizeInWords(300 * 1024), sizeInWords(3_250_000), sizeInWords(5 * 1024 ** 3)]).toEqual(['1 byte', '900 bytes', '300 KB', '3.1 MB', '5 GB']);
  });

  it('lists versions with “and” before the last', () => {
    expect([versionsInWords([1]), versionsInWords([1, 2]), versionsInWords([1, 2, 3])]).toEqual(['version 1', 'versions 1 and 2', 'versions 1, 2 and 3']);
  });

  it('says what the store holds of a review’s drafts, or that nothing is left', () => {
    expect(draftsInStoreWords(drafts({ draftVersions: [1, 2], draftDocuments: 1, draftDocumentBytes: 307_200 }))).toBe('Draft report versions 1 and 2, and 1 draft copy among its documents (300 KB)');
    expect(draftsInStoreWords(drafts({ draftDocuments: 2, draftDocumentBytes: 2048 }))).toBe('2 draft copies among its documents (2 KB)');
    expect(draftsInStoreWords(drafts({}))).toBe('Nothing: its drafts have been deleted');
  });

  it('says what a closed case holds', () => {
    const due: ClosedCaseDue = { reference: 'PRM-2019-002', kind: 'lcspr', closedOn: '2019-05-10', dueOn: '2026-05-10', documents: 0, documentBytes: 0, blockers: [] };
    expect(caseHoldsWords(due)).toBe('No documents');
    expect(caseHoldsWords({ ...due, documents: 12, documentBytes: 3_250_000 })).toBe('12 documents (3.1 MB)');
  });
});
