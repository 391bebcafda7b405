/**
 * The composite chronology (DOMAIN.md, "Chronologies"): every agency's rows in one date order,
 * each attributed to the agency whose return it came from; likely duplicates grouped and flagged
 * for the Business Unit, with its decisions applied; long gaps with no entry listed. Pure: the
 * service reads the rows and decisions from the store and passes them in.
 */
import { GAP_DAYS, type ChronologyGap, type CompositeEntry, type CompositeView, type DuplicateGroupView, type DuplicateResolution, type StoredChronologyRow } from '../../shared/evidence/composite.ts';
import { findDuplicateGroups } from './duplicates.ts';

const DAY_MS = 86_400_000;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Date, then time, then agency, sheet and row. A row with no time comes first on its day: it
 * cannot be placed between the day's timed entries, and heading the day keeps those together in
 * clock order. Text compares by code unit, so the order is the same on every machine whatever
 * its locale.
 */
function compareRows(a: StoredChronologyRow, b: StoredChronologyRow): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.time !== b.time) {
    if (a.time === null) return -1;
    if (b.time === null) return 1;
    return byText(a.time, b.time);
  }
  return byText(a.agency, b.agency) || byText(a.sheet, b.sheet) || a.row - b.row || a.id - b.id;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const setKey = (ids: readonly number[]): string => [...ids].sort((a, b) => a - b).join(',');

/**
 * The decision that applies to a group: one whose rowIds are exactly the group's rows (a group
 * that has since grown or shrunk, because a return was replaced, is undecided again). A merge
 * must name a row of the group to keep. The latest matching decision wins.
 */
function decisionFor(rows: readonly StoredChronologyRow[], byRowSet: ReadonlyMap<string, DuplicateResolution>): DuplicateResolution | null {
  const resolution = byRowSet.get(setKey(rows.map((row) => row.id)));
  if (resolution === undefined) return null;
  if (resolution.decision === 'merge' && !rows.some((row) => row.id === resolution.keepRowId)) return null;
  return resolution;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function gapsBetween(entries: readonly CompositeEntry[]): ChronologyGap[] {
  const gaps: ChronologyGap[] = [];
  for (let index = 1; index < entries.length; index += 1) {
    const from = entries[index - 1]!.date;
    const to = entries[index]!.date;
    if (from === to) continue;
    const days = daysBetween(from, to);
    if (days > GAP_DAYS) gaps.push({ from, to, days });
  }
  return gaps;
}

/**
 * Every field written out rather than spread: spreading a 15-field row into a 19-field entry
 * leaves V8 building slow dictionary objects, which made 50,000 rows take a second on its own.
 */
function entryOf(row: StoredChronologyRow, agencies: string[], group: number | null, state: CompositeEntry['duplicateState'], mergedRowIds: number[]): CompositeEntry {
  return {
    id: row.id,
    agency: row.agency,
    statedAgency: row.statedAgency,
    sheet: row.sheet,
    row: row.row,
    date: row.date,
    time: row.time,
    source: row.source,
    event: row.event,
    risk: row.risk,
    response: row.response,
    impact: row.impact,
    partnership: row.partnership,
    learning: row.learning,
    tests: row.tests,
    agencies,
    duplicateGroup: group,
    duplicateState: state,
    mergedRowIds,
  };
}

/**
 * All agencies' rows in date order (then time, agency, sheet, row), each attributed; likely
 * duplicates grouped and flagged, with the Business Unit's decisions applied (a resolution
 * applies only when its rowIds are exactly a group's rows); gaps over GAP_DAYS listed.
 */
export function buildComposite(rows: readonly StoredChronologyRow[], resolutions: readonly DuplicateResolution[]): CompositeView {
  const sorted = [...rows].sort(compareRows);
  const byRowSet = new Map(resolutions.map((resolution) => [setKey(resolution.rowIds), resolution] as const));

  const groups: DuplicateGroupView[] = [];
  /** For each row in a group: its group, its state, and (for a merge's kept row) what it stands for. */
  const marks = new Map<number, { group: number; state: 'flagged' | 'kept' | 'merged'; agencies: string[]; mergedRowIds: number[] }>();
  const mergedAway = new Set<number>();

  for (const [id, positions] of findDuplicateGroups(sorted).entries()) {
    const members = positions.map((position) => sorted[position]!);
    const decision = decisionFor(members, byRowSet);
    const agencies = distinct(members.map((row) => row.agency));
    groups.push({
      id,
      rowIds: members.map((row) => row.id),
      date: members[0]!.date,
      agencies,
      decision: decision?.decision ?? null,
      keepRowId: decision?.decision === 'merge' ? decision.keepRowId : null,
    });
    for (const row of members) {
      if (decision === null) marks.set(row.id, { group: id, state: 'flagged', agencies: [row.agency], mergedRowIds: [] });
      else if (decision.decision === 'keep-all') marks.set(row.id, { group: id, state: 'kept', agencies: [row.agency], mergedRowIds: [] });
      else if (row.id === decision.keepRowId) {
        // The kept row's own agency first: it recorded the words that stand for the event.
        const recordedBy = [row.agency, ...agencies.filter((agency) => agency !== row.agency)];
        const others = members.filter((other) => other.id !== row.id).map((other) => other.id);
        marks.set(row.id, { group: id, state: 'merged', agencies: recordedBy, mergedRowIds: others });
      } else mergedAway.add(row.id);
    }
  }

  const entries: CompositeEntry[] = [];
  for (const row of sorted) {
    if (mergedAway.has(row.id)) continue;
    const mark = marks.get(row.id);
    entries.push(mark === undefined ? entryOf(row, [row.agency], null, null, []) : entryOf(row, mark.agencies, mark.group, mark.state, mark.mergedRowIds));
  }
  return { entries, groups, gaps: gapsBetween(entries) };
}
