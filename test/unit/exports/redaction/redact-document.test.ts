import { describe, expect, it } from 'vitest';
import { findCandidates, redactDocument, type DecisionRecord, type RedactionInput } from '../../../../main/exports/redaction/redact-document.ts';
import { buildRegister } from '../../../../main/exports/redaction/register.ts';
import type { Block } from '../../../../shared/reports/report-document.ts';
import { PEOPLE, PLACES, paragraph, printable } from './fixtures.ts';

const register = buildRegister({ people: PEOPLE, places: PLACES });

const document = printable([
  {
    key: 'overview',
    heading: 'Overview of what happened',
    blocks: [
      paragraph('Olivia Hartley (born 4 March 2015) lived with her mother at 14 Larch Close. The GP surgery, on 0113 496 0000, saw OLIVIA’S mother; 0113 496 0000 again.'),
      { type: 'list', ordered: false, items: ['Sarah Hartley rang 07700 900123.', 'A neighbour at 22 Elm Road, LS13 4CD, called the police.'] },
      {
        type: 'table',
        headerRow: true,
        rows: [
          ['Date', 'Event'],
          ['5 June 2019', 'Ann Okafor visited Oakwood Primary School; NHS number 999 000 0018.'],
        ],
      },
    ],
  },
  { key: 'learning-points', heading: 'Learning points', blocks: [paragraph('The surgery (0113 496 0000) should have shared what it knew with the\nschool.')] },
]);

const input = (decisions: DecisionRecord[] = []): RedactionInput => ({ document: 'report', printable: document, register, decisions });

const decision = (fields: Pick<DecisionRecord, 'kind' | 'value' | 'place' | 'decision'> & Partial<DecisionRecord>): DecisionRecord => ({
  document: 'report',
  reason: fields.decision === 'dismiss' ? 'The surgery’s public number' : '',
  decidedBy: 'lead.reviewer',
  decidedAt: '2026-03-02T10:00:00Z',
  ...fields,
});

const textOf = (block: Block | undefined): string => {
  if (block === undefined) throw new Error('no such block');
  if (block.type === 'list') return block.items.join(' | ');
  if (block.type === 'table') return block.rows.map((row) => row.join(' ; ')).join(' / ');
  return block.text;
};

describe('finding redaction candidates', () => {
  it('lists each detected identifier the register does not cover, once per value and place, with where it is and the words around it', () => {
    const candidates = findCandidates(input());
    expect(candidates.map((candidate) => [candidate.kind, candidate.value, candidate.place, candidate.state])).toEqual([
      ['phone', '0113 496 0000', 'report/overview/1', 'undecided'],
      ['address', '22 Elm Road', 'report/overview/2', 'undecided'],
      ['postcode', 'LS13 4CD', 'report/overview/2', 'undecided'],
      ['nhs-number', '999 000 0018', 'report/overview/3', 'undecided'],
      ['phone', '0113 496 0000', 'report/learning-points/1', 'undecided'],
    ]);
    expect(candidates[0]!.where).toBe('Overview of what happened — paragraph 1');
    expect(candidates[1]!.where).toBe('Overview of what happened — list 1');
    expect(candidates[0]!.context).toBe('…r at 14 Larch Close. The GP surgery, on 0113 496 0000, saw OLIVIA’S mother; 0113 496 0000 aga…');
    expect(candidates[0]).toMatchObject({ document: 'report', decidedBy: null, decidedAt: null, reason: '' });
  });

  it('does not ask about what the register already replaces: the date of birth, the address, the mother’s phone', () => {
    const values = findCandidates(input()).map((candidate) => candidate.value);
    expect(values).not.toContain('4 March 2015');
    expect(values).not.toContain('14 Larch Close');
    expect(values).not.toContain('07700 900123');
  });

  it('finds candidates in the title, the subtitle and the headings too, at places of their own', () => {
    const titled = { ...input(), printable: { ...document, title: 'Review: call 07700 900999', subtitle: 'SW1A 1AA', sections: [{ key: 'overview', heading: 'Born 1 May 2014', blocks: [] }] } };
    expect(findCandidates(titled).map((candidate) => [candidate.kind, candidate.place, candidate.where])).toEqual([
      ['phone', 'report/title/0', 'Title'],
      ['postcode', 'report/subtitle/0', 'Subtitle'],
      ['date-of-birth', 'report/overview/0', 'Born 1 May 2014'],
    ]);
  });

  it('gives each candidate the decision made on that value at that place only', () => {
    const candidates = findCandidates(
      input([
        decision({ kind: 'phone', value: '0113 496 0000', place: 'report/overview/1', decision: 'dismiss' }),
        decision({ kind: 'nhs-number', value: '999 000 0018', place: 'report/overview/3', decision: 'accept' }),
        decision({ kind: 'address', value: '22 Elm Road', place: 'report/overview/1', decision: 'accept' }),
      ]),
    );
    expect(candidates.map((candidate) => [candidate.value, candidate.place, candidate.state])).toEqual([
      ['0113 496 0000', 'report/overview/1', 'dismissed'],
      ['22 Elm Road', 'report/overview/2', 'undecided'],
      ['LS13 4CD', 'report/overview/2', 'undecided'],
      ['999 000 0018', 'report/overview/3', 'accepted'],
      ['0113 496 0000', 'report/learning-points/1', 'undecided'],
    ]);
    expect(candidates[0]).toMatchObject({ decidedBy: 'lead.reviewer', decidedAt: '2026-03-02T10:00:00Z', reason: 'The surgery’s public number' });
  });

  it('takes the latest decision when a value was decided twice at one place', () => {
    const [first] = findCandidates(
      input([
        decision({ kind: 'phone', value: '0113 496 0000', place: 'report/overview/1', decision: 'accept', decidedAt: '2026-03-03T09:00:00Z' }),
        decision({ kind: 'phone', value: '0113 496 0000', place: 'report/overview/1', decision: 'dismiss', decidedAt: '2026-03-02T09:00:00Z' }),
      ]),
    );
    expect(first!.state).toBe('accepted');
  });
});

describe('redacting a document', () => {
  const decided = input([
    decision({ kind: 'phone', value: '0113 496 0000', place: 'report/overview/1', decision: 'dismiss' }),
    decision({ kind: 'phone', value: '0113 496 0000', place: 'report/learning-points/1', decision: 'accept' }),
    decision({ kind: 'address', value: '22 Elm Road', place: 'report/overview/2', decision: 'accept' }),
    decision({ kind: 'postcode', value: 'LS13 4CD', place: 'report/overview/2', decision: 'accept' }),
  ]);

  it('replaces the register by pseudonyms and brackets, and accepted candidates by their kind, leaving dismissed ones', () => {
    const { printable: redacted, undecided } = redactDocument(decided, { acceptDetected: false });
    const [overview, learning] = redacted.sections;
    expect(textOf(overview!.blocks[0])).toBe('Child Q (born [date of birth]) lived with her mother at [address]. The GP surgery, on 0113 496 0000, saw Child Q’S mother; 0113 496 0000 again.');
    expect(textOf(overview!.blocks[1])).toBe('Mother rang [contact details]. | A neighbour at [address], [postcode], called the police.');
    expect(textOf(overview!.blocks[2])).toBe('Date ; Event / 5 June 2019 ; Health Visitor 1 visited the school; NHS number 999 000 0018.');
    expect(textOf(learning!.blocks[0])).toBe('The surgery ([phone number]) should have shared what it knew with the\nschool.');
    expect(undecided.map((candidate) => [candidate.kind, candidate.value, candidate.place])).toEqual([['nhs-number', '999 000 0018', 'report/overview/3']]);
  });

  it('counts what it replaced, by kind, with the register’s replacements as pseudonyms', () => {
    const { summary } = redactDocument(decided, { acceptDetected: false });
    expect(summary).toEqual({
      pseudonyms: 8,
      byKind: [
        { kind: 'name', count: 4 },
        { kind: 'date-of-birth', count: 1 },
        { kind: 'postcode', count: 1 },
        { kind: 'address', count: 2 },
        { kind: 'phone', count: 1 },
        { kind: 'contact', count: 1 },
        { kind: 'place', count: 1 },
      ],
      dismissed: 1,
    });
  });

  it('with acceptDetected, replaces every undecided candidate by its kind in brackets and still reports them', () => {
    const { printable: redacted, undecided, summary } = redactDocument(decided, { acceptDetected: true });
    expect(textOf(redacted.sections[0]!.blocks[2])).toBe('Date ; Event / 5 June 2019 ; Health Visitor 1 visited the school; NHS number [NHS number].');
    expect(undecided).toHaveLength(1);
    expect(summary.byKind).toContainEqual({ kind: 'nhs-number', count: 1 });
    // Dismissed stays dismissed: acceptDetected decides only what is undecided.
    expect(textOf(redacted.sections[0]!.blocks[0])).toContain('on 0113 496 0000, saw');
  });

  it('leaves the title, subtitle and layout in place when nothing in them identifies anyone', () => {
    const { printable: redacted } = redactDocument(decided, { acceptDetected: false });
    expect([redacted.title, redacted.subtitle, redacted.layout]).toEqual([document.title, document.subtitle, document.layout]);
    expect(redacted.sections.map((section) => [section.key, section.heading])).toEqual([
      ['overview', 'Overview of what happened'],
      ['learning-points', 'Learning points'],
    ]);
  });

  it('redacts names in the title and headings too', () => {
    const named = { ...decided, printable: { ...document, title: 'The review of OLIVIA HARTLEY', sections: [{ key: 'overview', heading: 'Liv’s story', blocks: [] }] } };
    const { printable: redacted } = redactDocument(named, { acceptDetected: false });
    expect([redacted.title, redacted.sections[0]!.heading]).toEqual(['The review of Child Q', 'Child Q’s story']);
  });
});
