/**
 * A real temporary store for the report services: the evidence tests' store (an administrator, a
 * Business Unit officer "Ffion Officer", others signed in by role) with cases whose people make a
 * redaction register, and small builders for a report, the assurance checklist and the case
 * discussion. Invented people only: phones in 07700 900xxx.
 */
import type { z } from 'zod';
import { ASSURANCE_QUESTIONS, type AssuranceQuestionKey, type assuranceInput } from '../../../shared/reports/assurance.ts';
import type { CaseDiscussion } from '../../../shared/reports/discussion.ts';
import { REPORT_SECTIONS, type Block, type ReportContent, type ReportSectionKey } from '../../../shared/reports/report-document.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import type { Session } from '../../../main/security/session.ts';
import { newCase } from '../evidence/evidence-fixture.ts';

export { asyncRefusalOf, auditDetails, count, lastAuditAction, makeEvidenceStore, newCase, type EvidenceStore } from '../evidence/evidence-fixture.ts';

/** A case with a child (published as Child Q) and her mother (published as Mother) on it. */
export function caseWithPeople(officer: Session): { reference: string; id: number } {
  const made = newCase(officer);
  savePerson(officer, made.reference, { role: 'child', givenNames: 'Jayden', familyName: 'Okonkwo-Hale', datesOfBirth: ['2018-03-14'], publishAs: 'Child Q' });
  savePerson(officer, made.reference, { role: 'family-member', givenNames: 'Marisol', familyName: 'Okonkwo-Hale', relationship: 'Mother', publishAs: 'Mother', contactDetails: ['07700 900123'] });
  return made;
}

/** A report whose named sections hold these blocks, and every other section empty. */
export function reportWith(blocks: Partial<Record<ReportSectionKey, Block[]>>, title = 'Child Q: a practice review'): ReportContent {
  return { title, sections: REPORT_SECTIONS.map((key) => ({ key, blocks: blocks[key] ?? [] })) };
}

export const paragraph = (text: string): Block => ({ type: 'paragraph', text });

const SIGNER_NAMES = { chair: 'Gwenllian Chair', 'lead-reviewer': 'Ines Reviewer' } as const;

/** Every question answered "yes", but those given here. */
export function assurance(signer: 'chair' | 'lead-reviewer', overrides: Partial<Record<AssuranceQuestionKey, { answer: 'yes' | 'partly' | 'no'; comment?: string }>> = {}): z.output<typeof assuranceInput> {
  return {
    signer,
    name: SIGNER_NAMES[signer],
    answers: ASSURANCE_QUESTIONS.map((question) => ({ key: question.key, answer: overrides[question.key]?.answer ?? 'yes', comment: overrides[question.key]?.comment ?? '' })),
  };
}

/** A discussion with something in each frame; roles only, no names. */
export function discussion(overrides: Partial<CaseDiscussion> = {}): CaseDiscussion {
  return {
    heldOn: '2026-01-20',
    participants: ['Health visitor', 'Social worker', 'Class teacher'],
    kolb: {
      whatHappened: ['Three agencies each saw part of the picture.'],
      reflection: ['Nobody asked who else lived in the house.'],
      analysis: ['Information was shared by e-mail but not discussed.'],
      doDifferently: ['Hold a multi-agency meeting when two agencies raise concerns.', 'Ask about every adult in the household at each visit.'],
    },
    signsOfSafety: { worries: ['Missed health appointments.'], workingWell: ['The school knew Child Q well.'], needsToHappen: ['A shared plan.'], scale: 4, scoredBy: 'Social worker' },
    problemTree: { rootCauses: ['No shared record of concerns.'], coreProblem: 'Concerns were held by each agency alone.', effects: ['Child Q was not seen for six weeks.'] },
    ...overrides,
  };
}
