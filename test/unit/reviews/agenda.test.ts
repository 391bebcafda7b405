import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { buildRapidReviewAgenda } from '../../../shared/reviews/agenda.ts';
import type { ClockView } from '../../../shared/reviews/clocks.ts';
import type { RecordView } from '../../../shared/reviews/records.ts';

const MEETING_ID = 7;

function meeting(overrides: Record<string, unknown> = {}): RecordView {
  return {
    id: MEETING_ID,
    type: 'meeting',
    data: {
      meetingKind: 'rapid-review',
      heldOn: '2026-03-20',
      startsAt: '10:00',
      chair: { name: 'Priya Okonjo', organisation: 'Greater Manchester Police' },
      attendees: [
        { name: 'Priya Okonjo', organisation: 'Greater Manchester Police' },
        { name: 'Tom Ashworth', organisation: "Salford City Council Children's Services" },
      ],
      papersSharedOn: '2026-03-18',
      papersSharedAt: '09:00',
      circumstances: ['neglect', 'deprivation'],
      ...overrides,
    },
    enteredBy: 'Demo Business Unit Officer',
    enteredAt: '2026-03-20T11:00:00Z',
    updatedBy: null,
    updatedAt: null,
    onBehalfOf: [],
  };
}

function papersClock(state: ClockView['state']): ClockView {
  return {
    clock: 'papers',
    subject: `meeting:${MEETING_ID}`,
    label: 'Meeting papers shared',
    rule: 'Papers shared at least 24 hours before the meeting',
    startsOn: '2026-03-20T10:00',
    dueOn: '2026-03-19T10:00',
    completedOn: '2026-03-20T09:00',
    state,
    daysLeft: null,
    rag: state === 'missed' ? 'red' : null,
    exception: null,
  };
}

function caseView(records: RecordView[], clocks: ClockView[] = []): CaseView {
  return {
    summary: {
      id: 1,
      reference: 'CSPR-2026-004',
      kind: 'rapid-review',
      stage: 'rapid-review-meeting',
      incidentDate: '2026-03-01',
      referralDate: '2026-03-02',
      agencies: ['Greater Manchester Police', 'Education'],
      closedOn: null,
    },
    records,
    people: [
      {
        id: 1,
        role: 'child',
        givenNames: 'Kayden',
        familyName: 'Thistlewood',
        otherNames: ['Kay'],
        datesOfBirth: ['2019-05-04'],
        dateOfDeath: null,
        addresses: ['1 Invented Row, Salford'],
        contactDetails: [],
        relationship: '',
        agency: '',
        publishAs: 'Child A',
        notes: '',
      },
      {
        id: 2,
        role: 'family-member',
        givenNames: 'Marigold',
        familyName: 'Thistlewood',
        otherNames: [],
        datesOfBirth: [],
        dateOfDeath: null,
        addresses: [],
        contactDetails: [],
        relationship: 'Mother',
        agency: '',
        publishAs: 'Mother',
        notes: '',
      },
    ],
    clocks,
    timeline: [],
    moves: [],
    meetings: [{ meetingId: MEETING_ID, quorate: false, partnersPresent: ['police', 'local-authority'], missing: ['ICB (health)'] }],
    documents: [],
    canEdit: true,
    publicationNaming: 'letter-codes',
    today: '2026-03-20',
  };
}

function agendaText(view: CaseView): string {
  const agenda = buildRapidReviewAgenda(view, MEETING_ID);
  return [agenda.title, agenda.when, agenda.chair, ...agenda.items.flatMap((item) => [item.heading, ...item.lines])].join('\n');
}

describe('the rapid review meeting agenda', () => {
  it('follows the toolkit’s order, from welcome to next steps', () => {
    const agenda = buildRapidReviewAgenda(caseView([meeting()]), MEETING_ID);
    expect(agenda.items.map((item) => item.heading)).toEqual([
      'Welcome and introductions',
      'Purpose of the meeting and confidentiality',
      'Declarations of interest',
      'The referral and the circumstances',
      'Agency summaries and the composite chronology',
      'Immediate safety actions',
      'Potential learning',
      'Information still pending',
      'Decision on the outcome',
      'Endorsements',
      'Actions and next steps',
    ]);
  });

  it('gives the date, time and chair of the meeting', () => {
    const agenda = buildRapidReviewAgenda(caseView([meeting()]), MEETING_ID, (iso) => `[${iso}]`);
    expect(agenda.when).toBe('Held on [2026-03-20] at 10:00');
    expect(agenda.chair).toBe('Chair: Priya Okonjo (Greater Manchester Police)');
    expect(agenda.caseReference).toBe('CSPR-2026-004');
  });

  it('names the child only by the name they are published under', () => {
    const text = agendaText(caseView([meeting()]));
    expect(text).toContain('Child A');
    expect(text).not.toMatch(/Kayden|Thistlewood|Marigold|Invented Row|2019-05-04/);
  });

  it('lists the circumstances ticked and the agencies whose summaries are in the papers', () => {
    const text = agendaText(caseView([meeting()]));
    expect(text).toContain('Circumstances the National Panel asks about: Neglect and Deprivation.');
    expect(text).toContain('(Greater Manchester Police; Education)');
  });

  it('says who is still missing for the meeting to be quorate', () => {
    expect(agendaText(caseView([meeting()]))).toContain('not quorate: nobody yet from ICB (health)');
  });

  it('counts the declarations of interest already recorded', () => {
    const declaration: RecordView = { ...meeting(), id: 9, type: 'declaration', data: {} };
    expect(agendaText(caseView([meeting(), declaration]))).toContain('(1 recorded)');
    expect(agendaText(caseView([meeting()]))).toContain('(none recorded yet)');
  });

  it('records papers shared in time without asking for reading time', () => {
    const text = agendaText(caseView([meeting()], [papersClock('met')]));
    expect(text).toContain('Papers shared on 2026-03-18 at 09:00.');
    expect(text).not.toContain('reading time');
    expect(text).not.toContain('Reading time');
  });

  it('gives the reading time when the papers went out late (policy 18)', () => {
    const late = meeting({ papersSharedOn: '2026-03-20', papersSharedAt: '09:00', latePapersReason: 'Police summary arrived late', readingTimeGiven: '30 minutes' });
    const text = agendaText(caseView([late], [papersClock('missed')]));
    expect(text).toContain('Papers shared late, on 2026-03-20 at 09:00.');
    expect(text).toContain('Reading time at the start of the meeting: 30 minutes.');
  });

  it('gives the report’s due date from the rapid-review clock when it is running', () => {
    const clock: ClockView = { ...papersClock('met'), clock: 'rapid-review-report', subject: '', dueOn: '2026-04-08', completedOn: null, state: 'open', daysLeft: 10, rag: 'green' };
    expect(agendaText(caseView([meeting()], [clock]))).toContain('The report goes to the National Panel by 2026-04-08.');
  });

  it('refuses a meeting the case does not have', () => {
    expect(() => buildRapidReviewAgenda(caseView([meeting()]), 99)).toThrow(/no meeting 99/);
  });
});
