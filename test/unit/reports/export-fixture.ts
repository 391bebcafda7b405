/**
 * A synthetic case with a full redaction register, for the export tests: a child, her mother and
 * father, and a health visitor with other names, dates of birth, an address, a phone number and
 * an e-mail address, and a school on the register as a place; a report whose text holds each of
 * them in capitals, possessive and broken across a line, with a National Insurance number and an
 * NHS number the detectors find; a rapid review meeting; and a 7-minute briefing. Every value is
 * invented: phones in 07700 900xxx, e-mail at example.com, an NI number with the QQ prefix, an
 * NHS number in the 999 range with a valid check digit.
 */
import type { PersonInput } from '../../../shared/reviews/people.ts';
import { emptyReportContent, type Block, type BriefingContent, type ReportContent, type ReportSectionKey } from '../../../shared/reports/report-document.ts';
import { saveRecord } from '../../../main/reviews/case-records.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import { decideRedaction, saveBriefing, savePlace } from '../../../main/reports/report-records.ts';
import { readReports } from '../../../main/reports/reports-view.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import type { Session } from '../../../main/security/session.ts';
import { newCase } from '../evidence/evidence-fixture.ts';

export const LOCAL_AUTHORITY = "Salford City Council Children's Services";
export const POLICE = 'Greater Manchester Police';
export const HEALTH = 'NHS GM ICB Salford locality';

export const CHILD: PersonInput = {
  role: 'child',
  givenNames: 'Olivia',
  familyName: 'Hartley',
  otherNames: ['Livvy Hartley'],
  datesOfBirth: ['2019-03-14'],
  addresses: ['14 Larch Close, Northam NM4 7QT'],
  publishAs: 'Child Q',
};
export const MOTHER: PersonInput = {
  role: 'family-member',
  givenNames: 'Rebecca',
  familyName: 'Hartley',
  datesOfBirth: ['1991-07-22'],
  addresses: ['14 Larch Close, Northam NM4 7QT'],
  contactDetails: ['07700 900123', 'rebecca.hartley@example.com'],
  relationship: 'mother',
  publishAs: 'Mother',
};
export const FATHER: PersonInput = {
  role: 'family-member',
  givenNames: 'Daniel',
  familyName: 'Brennan',
  otherNames: ['Danny Brennan'],
  datesOfBirth: ['1988-11-02'],
  relationship: 'father',
  publishAs: 'Father',
};
export const HEALTH_VISITOR: PersonInput = {
  role: 'practitioner',
  givenNames: 'Priya',
  familyName: 'Okafor',
  otherNames: ['Priya Nwosu'],
  relationship: 'health visitor',
  agency: HEALTH,
  publishAs: 'Health Visitor 1',
};
export const SCHOOL = { name: 'Oakfield Primary School', pseudonym: 'the school' };

export const NI_NUMBER = 'QQ 12 34 56 C';
export const NHS_NUMBER = '999 000 1235';

/**
 * What must never be in a publication copy, written so that a search of text with every space
 * removed and in lower case finds it: each name whole and in parts, other names, dates of birth
 * as the report writes them, the address, postcode, phone, e-mail, the school, the NI and NHS
 * numbers.
 */
export const IDENTIFIERS: readonly string[] = [
  'Olivia',
  'Hartley',
  'Livvy',
  'Rebecca',
  'Daniel',
  'Danny',
  'Brennan',
  'Priya',
  'Okafor',
  'Nwosu',
  '14 March 2019',
  '14/03/2019',
  '22/07/1991',
  '2 November 1988',
  'Larch Close',
  'NM4 7QT',
  '07700 900123',
  '07700900123',
  'rebecca.hartley@example.com',
  'Oakfield',
  NI_NUMBER,
  NHS_NUMBER,
];

/** The published names and ordinary words that must still be there after redaction. */
export const PSEUDONYMS: readonly string[] = ['Child Q', 'Mother', 'Father', 'Health Visitor 1', 'the school'];
export const BODY_TEXT: readonly string[] = [
  'agencies did not share what they knew about the household',
  'attendance fell in the spring term',
  'Record every adult living in the household',
];

/** Lower case with every space, line break and apostrophe variant removed: how the searches compare. */
export function squashed(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u200b]+/g, '');
}

const paragraph = (text: string): Block => ({ type: 'paragraph', text });

/** The report as a reviewer might first write it, before anyone thought about redaction. */
export function identifyingReport(): ReportContent {
  const content = emptyReportContent();
  const blocks: Partial<Record<ReportSectionKey, Block[]>> = {
    'executive-summary': [
      paragraph('This review concerns OLIVIA HARTLEY, a pupil at Oakfield Primary School. It found that agencies did not share what they knew about the household.'),
      paragraph('HARTLEY\'S voice is heard throughout: she told her teacher she was "always hungry at weekends".'),
    ],
    questions: [{ type: 'list', ordered: true, items: ['What did agencies know about the adults in the household?', 'Why was the health visitor’s concern not shared with Oakfield Primary School?'] }],
    overview: [
      paragraph('Olivia Hartley was born on 14 March 2019 (date of birth 14/03/2019) and lived with her mother Rebecca Hartley at 14 Larch Close, Northam NM4 7QT.'),
      paragraph('Her father, Daniel Brennan, known to the police as Danny Brennan (born 2 November 1988), moved back into the home in 2024.'),
      paragraph('The health visitor, Priya Okafor (some agencies recorded her as PRIYA NWOSU), visited Olivia\nHartley at home twice and saw Livvy Hartley playing alone.'),
      { type: 'list', ordered: false, items: ["Hartley's attendance fell in the spring term.", 'Rebecca Hartley (date of birth 22/07/1991) did not answer calls to 07700 900123.'] },
      {
        type: 'table',
        headerRow: true,
        rows: [
          ['Date', 'Agency', 'What happened'],
          ['02/09/2024', 'Health', 'An e-mail to rebecca.hartley@example.com about a missed appointment went unanswered.'],
          ['15/01/2025', 'Education', 'OAKFIELD PRIMARY SCHOOL recorded a fourth unexplained absence for OLIVIA.'],
        ],
      },
    ],
    'key-decisions': [paragraph(`A housing form held the mother’s National Insurance number, ${NI_NUMBER}, and a clinic letter the child’s NHS number, ${NHS_NUMBER}.`)],
    'working-together': [paragraph('Agencies each held part of the picture; nobody held all of it.')],
    // Enough ordinary text to run the report over several pages, so "every page" means something.
    'how-agencies-learn': Array.from({ length: 36 }, (_, index) =>
      paragraph(`Learning session ${index + 1}: practitioners from health, education, housing and the police met to discuss how referrals describe a pattern rather than a single incident, and what a good multi-agency plan looks like for a young child.`),
    ),
    'learning-points': [{ type: 'list', ordered: false, items: ['Record every adult living in the household.', 'See the child alone at every visit.'] }],
    recommendations: [{ type: 'list', ordered: true, items: ['The partnership should audit how agencies record adults in the household.'] }],
  };
  return { title: 'Local child safeguarding practice review', sections: content.sections.map((section) => ({ key: section.key, blocks: blocks[section.key] ?? [] })) };
}

export const BRIEFING: BriefingContent = {
  title: 'Seven minutes on Child Q',
  sections: [
    { heading: 'Background', text: 'A young child lived with her mother; her father moved back in. OLIVIA HARTLEY attended Oakfield Primary School.' },
    { heading: 'What happened', text: 'Attendance fell and the child said she was hungry at weekends.' },
    { heading: 'Why it matters', text: 'Each agency held part of the picture.' },
    { heading: 'What we learned', text: 'Record every adult living in the household.' },
    { heading: 'What good looks like', text: 'See the child alone at every visit.' },
    { heading: 'Questions for you', text: 'Who lives in the homes of the children you work with?' },
    { heading: 'Find out more', text: 'Read the full report on the partnership’s website.' },
  ],
};

/**
 * A rapid review case with the people above on it and a quorate rapid review meeting whose
 * facts name the child. Made by the Business Unit, who may change the case.
 */
export function openReportCase(officer: Session): { reference: string; id: number } {
  const opened = newCase(officer, { agencies: ['Education'] });
  for (const person of [CHILD, MOTHER, FATHER, HEALTH_VISITOR]) savePerson(officer, opened.reference, person);
  saveRecord(officer, opened.reference, null, {
    type: 'meeting',
    data: {
      meetingKind: 'rapid-review',
      heldOn: '2025-11-18',
      startsAt: '10:00',
      chair: { name: 'Morgan Chair', organisation: LOCAL_AUTHORITY },
      attendees: [
        { name: 'Alex Officer', organisation: POLICE },
        { name: 'Sam Nurse', organisation: HEALTH },
      ],
      papersSharedOn: '2025-11-17',
      papersSharedAt: '09:00',
      facts: 'OLIVIA HARTLEY was taken to hospital with injuries.\nRebecca Hartley called the ambulance.\n\nThe school had recorded absences.',
      immediateSafetyActions: 'A strategy discussion was held the same day.',
      potentialLearning: 'How agencies record the adults in the household.',
      pendingInformation: 'The medical opinion on the injuries.',
      circumstances: ['neglect'],
      outcome: 'lcspr',
      outcomeRationale: 'The criteria for a local review are met: agencies could have worked together more effectively.',
      nationalReviewMayBeAppropriate: false,
    },
  });
  return opened;
}

/** The place on the register, the report saved, and the briefing: what a reviewer writes. */
export async function writeReport(reviewer: Session, reference: string, content: ReportContent = identifyingReport()): Promise<void> {
  await savePlace(reviewer, reference, { id: null, name: SCHOOL.name, pseudonym: SCHOOL.pseudonym });
  await saveReport(reviewer, reference, content, 'First full draft');
  await saveBriefing(reviewer, reference, BRIEFING, []);
}

/** Every candidate the detectors found and the register does not cover, accepted as a redaction. */
export async function acceptEveryCandidate(reviewer: Session, reference: string): Promise<number> {
  const undecided = (await readReports(reviewer, reference)).candidates.filter((candidate) => candidate.state === 'undecided');
  for (const candidate of undecided) {
    await decideRedaction(reviewer, reference, { decision: 'accept', document: candidate.document, kind: candidate.kind, value: candidate.value, place: candidate.place });
  }
  return undecided.length;
}
