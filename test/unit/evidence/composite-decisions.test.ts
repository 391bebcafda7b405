import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { acceptChronology } from '../../../main/evidence/chronology-returns.ts';
import { resolveDuplicates, undoDuplicateResolution } from '../../../main/evidence/composite-decisions.ts';
import { readEvidence } from '../../../main/evidence/evidence-view.ts';
import { auditDetails, chronologyWorkbook, count, evidenceCounts, expectNothingWritten, HEALTH, makeEvidenceStore, newCase, POLICE, refusalOf, type EventInput, type EvidenceStore } from './evidence-fixture.ts';

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const POLICE_EVENTS: EventInput[] = [
  { date: '2025-03-03', time: '10:00', event: 'Strategy discussion held about Poppy after the disclosure at school' },
  { date: '2025-03-10', event: 'Officers attended the flat after a neighbour heard shouting' },
];
const HEALTH_EVENTS: EventInput[] = [
  { date: '2025-03-03', time: '11:00', event: 'Health visitor joined the strategy discussion about Poppy following her disclosure at school' },
  { date: '2025-04-14', event: 'Missed developmental review; letter sent to Zoë, the mother' },
];

async function accept(reference: string, agency: string, events: readonly EventInput[], fileName: string): Promise<EvidenceView> {
  const bytes = await chronologyWorkbook(agency, events);
  return acceptChronology(store.officer, reference, agency, { fileName, bytes }, { sha256: sha(bytes), acceptProblems: false });
}

async function caseWithDuplicate(): Promise<{ reference: string; id: number; view: EvidenceView }> {
  const { reference, id } = newCase(store.officer);
  await accept(reference, POLICE, POLICE_EVENTS, 'police.xlsx');
  const view = await accept(reference, HEALTH, HEALTH_EVENTS, 'health.xlsx');
  return { reference, id, view };
}

describe('deciding on rows flagged as one event', () => {
  it('flags the same strategy discussion recorded by two agencies, merges it under the row kept, and undoes the merge', async () => {
    const { reference, id, view } = await caseWithDuplicate();
    expect(view.composite.groups).toHaveLength(1);
    const group = view.composite.groups[0]!;
    expect(group).toMatchObject({ date: '2025-03-03', agencies: [POLICE, HEALTH], decision: null });
    const [policeRow, healthRow] = group.rowIds;
    expect(view.composite.entries.filter((entry) => entry.duplicateState === 'flagged')).toHaveLength(2);

    const merged = resolveDuplicates(store.officer, reference, { rowIds: [healthRow!, policeRow!], decision: 'merge', keepRowId: healthRow! });
    expect(merged.composite.entries).toHaveLength(3);
    expect(merged.composite.entries.find((entry) => entry.id === healthRow)).toMatchObject({ duplicateState: 'merged', agencies: [HEALTH, POLICE], mergedRowIds: [policeRow] });
    expect(merged.composite.entries.some((entry) => entry.id === policeRow)).toBe(false);
    expect(merged.composite.groups[0]).toMatchObject({ decision: 'merge', keepRowId: healthRow });
    expect(auditDetails(store.officer, 'evidence.duplicates-resolved').at(-1)).toMatchObject({ rowIds: `${policeRow},${healthRow}`, decision: 'merge', keepRowId: healthRow });

    const kept = resolveDuplicates(store.officer, reference, { rowIds: [policeRow!, healthRow!], decision: 'keep-all', keepRowId: null });
    expect(kept.composite.entries.filter((entry) => entry.duplicateState === 'kept')).toHaveLength(2);
    expect(count(store.officer, 'chronology_resolutions', 'case_id = ?', id)).toBe(1);

    const undone = undoDuplicateResolution(store.officer, reference, [healthRow!, policeRow!]);
    expect(undone.composite.groups[0]!.decision).toBeNull();
    expect(undone.composite.entries.filter((entry) => entry.duplicateState === 'flagged')).toHaveLength(2);
    expect(auditDetails(store.officer, 'evidence.duplicates-unresolved').at(-1)).toMatchObject({ rowIds: `${policeRow},${healthRow}` });
    expect(refusalOf(() => undoDuplicateResolution(store.officer, reference, [healthRow!, policeRow!])).code).toBe('NOT_FOUND');
  });

  it('refuses rows that are not flagged together, and a merge keeping a row outside the group, writing nothing', async () => {
    const { reference, view } = await caseWithDuplicate();
    const [policeRow, healthRow] = view.composite.groups[0]!.rowIds;
    const unflagged = view.composite.entries.find((entry) => entry.duplicateGroup === null)!.id;
    const before = evidenceCounts(store.officer);
    const stale = refusalOf(() => resolveDuplicates(store.officer, reference, { rowIds: [policeRow!, unflagged], decision: 'keep-all', keepRowId: null }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toBe('These rows are no longer flagged together; reload the chronology.');
    const outside = refusalOf(() => resolveDuplicates(store.officer, reference, { rowIds: [policeRow!, healthRow!], decision: 'merge', keepRowId: unflagged }));
    expect(outside.code).toBe('INVALID_INPUT');
    expect(outside.problems).toEqual([{ path: 'resolution.keepRowId', message: 'Choose which of the flagged rows to keep' }]);
    expectNothingWritten(store.officer, before);
  });

  it('refuses a decision on a group that has gone stale since the screen loaded (a return replaced meanwhile), and drops decisions on rows that left', async () => {
    const { reference, id, view } = await caseWithDuplicate();
    const [policeRow, healthRow] = view.composite.groups[0]!.rowIds;
    resolveDuplicates(store.officer, reference, { rowIds: [policeRow!, healthRow!], decision: 'keep-all', keepRowId: null });
    // Police send a corrected return: its rows are new rows, so the old pair is no longer a group.
    const replaced = await accept(reference, POLICE, POLICE_EVENTS, 'police corrected.xlsx');
    expect(replaced.composite.groups).toHaveLength(1);
    expect(replaced.composite.groups[0]!.rowIds).not.toContain(policeRow);
    expect(replaced.composite.groups[0]!.decision).toBeNull();
    expect(count(store.officer, 'chronology_resolutions', 'case_id = ?', id)).toBe(0);
    const stale = refusalOf(() => resolveDuplicates(store.officer, reference, { rowIds: [policeRow!, healthRow!], decision: 'merge', keepRowId: healthRow! }));
    expect(stale).toMatchObject({ code: 'CONFLICT', message: 'These rows are no longer flagged together; reload the chronology.' });
    expect(readEvidence(store.officer, reference).composite.groups[0]!.decision).toBeNull();
  });
});
