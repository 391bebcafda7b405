import { describe, expect, it } from 'vitest';
import { buildComposite } from '../../../main/evidence/composite.ts';
import { eventTokens, findDuplicateGroups } from '../../../main/evidence/duplicates.ts';
import { describeFilter, filterEntries } from '../../../shared/evidence/composite-filter.ts';
import type { CompositeFilter, DuplicateResolution, StoredChronologyRow } from '../../../shared/evidence/composite.ts';

let nextId = 1;

function row(agency: string, date: string, event: string, extra: Partial<StoredChronologyRow> = {}): StoredChronologyRow {
  const id = nextId;
  nextId += 1;
  return {
    id,
    agency,
    statedAgency: null,
    sheet: 'Chronology',
    row: 6 + id,
    date,
    time: null,
    source: 'Case notes',
    event,
    risk: '',
    response: '',
    impact: '',
    partnership: '',
    learning: '',
    tests: { changedAssessment: null, partOfPattern: null, statutoryEvent: null, significantToChild: null, significantToKeyAdult: null, learningPoint: null },
    ...extra,
  };
}

const ids = (entries: readonly { id: number }[]) => entries.map((entry) => entry.id);

describe('the composite chronology', () => {
  it('orders rows by date, then time (untimed first), then agency, sheet and row', () => {
    const late = row('Police', '2025-03-04', 'Officers attended the flat at night', { time: '23:10' });
    const early = row('Health', '2025-03-04', 'Health visitor called Zoë’s mother', { time: '08:05' });
    const untimed = row('School', '2025-03-04', 'Attendance letter sent home');
    const sameTimeB = row('Police', '2025-03-04', 'Police logged a call from a neighbour', { time: '08:05' });
    const first = row('Health', '2025-01-02', 'Birth visit by the midwife');
    const secondSheet = row('Education', '2025-05-01', 'Nursery place offered', { sheet: 'Sheet2', row: 3 });
    const firstSheet = row('Education', '2025-05-01', 'Key worker named for Łukasz', { sheet: 'Chronology', row: 40 });
    const view = buildComposite([late, early, untimed, sameTimeB, first, secondSheet, firstSheet], []);
    expect(ids(view.entries)).toEqual([first.id, untimed.id, early.id, sameTimeB.id, late.id, firstSheet.id, secondSheet.id]);
  });

  it('attributes each row to the agency whose return it came from, keeping the stated agency', () => {
    const stated = row('Health', '2025-02-01', 'Clinic appointment missed', { statedAgency: 'Health Visiting' });
    const [entry] = buildComposite([stated], []).entries;
    expect(entry!.agencies).toEqual(['Health']);
    expect(entry!.agency).toBe('Health');
    expect(entry!.statedAgency).toBe('Health Visiting');
    expect(entry!.duplicateGroup).toBeNull();
    expect(entry!.duplicateState).toBeNull();
  });

  it('flags two agencies recording one event on the same day', () => {
    const police = row('Police', '2025-06-10', 'Strategy discussion held about Zoë; decision to start section 47 enquiries');
    const social = row("Children's Social Care", '2025-06-10', 'Section 47 enquiries agreed at the strategy discussion.');
    const view = buildComposite([police, social], []);
    expect(view.groups).toEqual([{ id: 0, rowIds: [social.id, police.id], date: '2025-06-10', agencies: ["Children's Social Care", 'Police'], decision: null, keepRowId: null }]);
    expect(view.entries.map((entry) => [entry.duplicateGroup, entry.duplicateState])).toEqual([
      [0, 'flagged'],
      [0, 'flagged'],
    ]);
  });

  it('does not flag the same agency twice on one day, unrelated text, or the same text on different days', () => {
    const sameAgencyA = row('Police', '2025-06-10', 'Strategy discussion held about section 47 enquiries');
    const sameAgencyB = row('Police', '2025-06-10', 'Strategy discussion minutes about section 47 enquiries circulated');
    const unrelated = row('Education', '2025-06-10', 'Attendance below ninety percent this term');
    const otherDay = row('Health', '2025-06-11', 'Strategy discussion held about section 47 enquiries');
    const view = buildComposite([sameAgencyA, sameAgencyB, unrelated, otherDay], []);
    expect(view.groups).toEqual([]);
    expect(view.entries.every((entry) => entry.duplicateState === null)).toBe(true);
  });

  it('needs two shared words and half of the shorter event before it flags', () => {
    expect(eventTokens('The GP saw Siân, and her mother!')).toEqual(['saw', 'siân', 'mother']);
    // One shared word ("visit") is never enough, however short the events.
    expect(findDuplicateGroups([
      { date: '2025-01-01', agency: 'Health', event: 'Home visit' },
      { date: '2025-01-01', agency: 'Police', event: 'Visit' },
    ])).toEqual([]);
    // Two shared words out of a short account's three is.
    expect(findDuplicateGroups([
      { date: '2025-01-01', agency: 'Health', event: 'Home visit: mother tearful, baby well, kitchen cluttered, dog in the house' },
      { date: '2025-01-01', agency: 'Police', event: 'Welfare visit to mother' },
    ])).toEqual([[0, 1]]);
    // Two shared words out of two long accounts is not.
    expect(findDuplicateGroups([
      { date: '2025-01-01', agency: 'Health', event: 'Home visit: mother tearful, baby well, kitchen cluttered, dog barking throughout, partner absent, cot checked' },
      { date: '2025-01-01', agency: 'Police', event: 'Neighbour reported shouting; officers called the mother and arranged a welfare visit next week with housing present' },
    ])).toEqual([]);
  });

  it('groups rows transitively, even when two of them would not match each other', () => {
    const police = row('Police', '2025-07-01', 'Domestic abuse incident reported by neighbour');
    const health = row('Health', '2025-07-01', 'Neighbour reported domestic abuse; health visitor informed by MASH referral');
    const school = row('School', '2025-07-01', 'MASH referral received; health visitor contacted school nurse');
    const view = buildComposite([police, health, school], []);
    expect(view.groups).toHaveLength(1);
    expect([...view.groups[0]!.rowIds].sort()).toEqual([police.id, health.id, school.id].sort());
    expect(view.groups[0]!.agencies).toEqual(['Health', 'Police', 'School']);
  });

  it('numbers groups in date order', () => {
    const laterA = row('Police', '2025-09-01', 'Child protection conference held for Łukasz');
    const laterB = row('Health', '2025-09-01', 'Attended child protection conference; plan agreed');
    const earlierA = row('Police', '2025-08-01', 'Arrest of mother’s partner after assault');
    const earlierB = row('Probation', '2025-08-01', 'Partner arrested for assault, probation notified');
    const view = buildComposite([laterA, laterB, earlierA, earlierB], []);
    expect(view.groups.map((group) => [group.id, group.date])).toEqual([
      [0, '2025-08-01'],
      [1, '2025-09-01'],
    ]);
  });

  it('keeps every row of a group the Business Unit checked', () => {
    const police = row('Police', '2025-06-10', 'Strategy discussion held about section 47 enquiries');
    const health = row('Health', '2025-06-10', 'Section 47 enquiries agreed at strategy discussion');
    const keep: DuplicateResolution = { rowIds: [police.id, health.id], decision: 'keep-all', keepRowId: null };
    const view = buildComposite([police, health], [keep]);
    expect(view.entries.map((entry) => entry.duplicateState)).toEqual(['kept', 'kept']);
    expect(view.groups[0]!.decision).toBe('keep-all');
  });

  it('merges a group into the row chosen to stand for it, attributed to every agency', () => {
    const police = row('Police', '2025-06-10', 'Strategy discussion held about section 47 enquiries');
    const health = row('Health', '2025-06-10', 'Section 47 enquiries agreed at strategy discussion');
    const after = row('Health', '2025-06-12', 'Follow-up visit');
    const merge: DuplicateResolution = { rowIds: [health.id, police.id], decision: 'merge', keepRowId: police.id };
    const view = buildComposite([police, health, after], [merge]);
    expect(ids(view.entries)).toEqual([police.id, after.id]);
    expect(view.entries[0]).toMatchObject({ agencies: ['Police', 'Health'], duplicateState: 'merged', duplicateGroup: 0, mergedRowIds: [health.id], event: police.event });
    expect(view.groups[0]).toMatchObject({ decision: 'merge', keepRowId: police.id });
  });

  it('ignores a decision whose rows are no longer exactly a group, and a merge that keeps a row outside it', () => {
    const police = row('Police', '2025-06-10', 'Strategy discussion held about section 47 enquiries');
    const health = row('Health', '2025-06-10', 'Section 47 enquiries agreed at strategy discussion');
    const school = row('School', '2025-06-10', 'School told of strategy discussion and section 47 enquiries');
    const stale: DuplicateResolution = { rowIds: [police.id, health.id], decision: 'merge', keepRowId: police.id };
    const view = buildComposite([police, health, school], [stale]);
    expect(view.entries).toHaveLength(3);
    expect(view.entries.every((entry) => entry.duplicateState === 'flagged')).toBe(true);
    expect(view.groups[0]!.decision).toBeNull();

    const outside: DuplicateResolution = { rowIds: [police.id, health.id, school.id], decision: 'merge', keepRowId: 999 };
    expect(buildComposite([police, health, school], [outside]).entries.every((entry) => entry.duplicateState === 'flagged')).toBe(true);
  });

  it('lists gaps longer than 28 days between consecutive dates', () => {
    const rows = [row('Police', '2025-01-01', 'A'), row('Health', '2025-01-29', 'B'), row('Health', '2025-01-29', 'C'), row('School', '2025-02-27', 'D'), row('School', '2025-06-01', 'E')];
    expect(buildComposite(rows, []).gaps).toEqual([
      { from: '2025-01-29', to: '2025-02-27', days: 29 },
      { from: '2025-02-27', to: '2025-06-01', days: 94 },
    ]);
  });
});

describe('the composite filter', () => {
  const police = row('Police', '2025-03-01', 'Arrest', { learning: 'Share arrests with health', tests: { changedAssessment: true, partOfPattern: null, statutoryEvent: null, significantToChild: null, significantToKeyAdult: null, learningPoint: null } });
  const health = row('Health', '2025-03-02', 'Clinic', { risk: '   ', tests: { changedAssessment: false, partOfPattern: true, statutoryEvent: null, significantToChild: null, significantToKeyAdult: null, learningPoint: null } });
  const merged = row('School', '2025-03-03', 'Conference');
  const entries = buildComposite([police, health, merged], []).entries.map((entry) => (entry.id === merged.id ? { ...entry, agencies: ['School', 'Police'] } : entry));
  const filter = (narrowing: Partial<CompositeFilter>): CompositeFilter => ({ agencies: [], tests: [], principles: [], ...narrowing });

  it('keeps everything when nothing is chosen', () => {
    expect(ids(filterEntries(entries, filter({})))).toEqual([police.id, health.id, merged.id]);
    expect(describeFilter(filter({}))).toBe('All agencies, all rows');
  });

  it('narrows by agency, counting a merged entry for every agency that recorded it', () => {
    expect(ids(filterEntries(entries, filter({ agencies: ['Police'] })))).toEqual([police.id, merged.id]);
    expect(describeFilter(filter({ agencies: ['Police'] }))).toBe('Police, all rows');
  });

  it('narrows by significance test and by principle written, and says so', () => {
    expect(ids(filterEntries(entries, filter({ tests: ['partOfPattern', 'changedAssessment'] })))).toEqual([police.id, health.id]);
    expect(ids(filterEntries(entries, filter({ tests: ['partOfPattern'] })))).toEqual([health.id]);
    // Blank text is not something written.
    expect(ids(filterEntries(entries, filter({ principles: ['risk'] })))).toEqual([]);
    expect(ids(filterEntries(entries, filter({ agencies: ['Police', 'Health'], principles: ['learning'] })))).toEqual([police.id]);
    expect(describeFilter(filter({ agencies: ['Police', 'Health'], tests: ['partOfPattern'], principles: ['learning'] }))).toBe('Police and Health; rows meeting: Part of a pattern; rows with Learning');
    expect(describeFilter(filter({ agencies: ['Police', 'Health', 'School'], tests: ['learningPoint', 'partOfPattern'], principles: ['learning', 'risk'] }))).toBe(
      'Police, Health and School; rows meeting: Part of a pattern or A learning point; rows with Risk or Learning',
    );
  });
});
