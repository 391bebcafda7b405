/**
 * The Practice Review Assurance Questions and checklist (toolkit item 8): what the chair and the
 * lead reviewer confirm about the review and its report before sign-off. Kept with the case.
 */
import { z } from 'zod';

export const ASSURANCE_QUESTIONS = [
  { key: 'terms-of-reference', text: 'The report answers the questions in the review’s terms of reference.' },
  { key: 'child-at-centre', text: 'The child’s lived experience and voice are at the centre of the report.' },
  { key: 'family-involved', text: 'The family were invited to contribute, and their views are reflected or the reasons they are not are given.' },
  { key: 'practitioners-involved', text: 'Practitioners and their managers contributed and were treated fairly.' },
  { key: 'why-not-what', text: 'The report explains why key decisions were taken, not only what happened.' },
  { key: 'systems-findings', text: 'Findings address systems and multi-agency working, and say whether shortcomings are general.' },
  { key: 'recommendations-smart', text: 'Recommendations follow from the findings and can be turned into SMART actions.' },
  { key: 'evidence-based', text: 'Findings are supported by the evidence gathered (summaries, chronology, discussion).' },
  { key: 'plain-language', text: 'The report is written in plain language for a public audience.' },
  { key: 'anonymised', text: 'The report is anonymised and suitable for publication with minimal redaction.' },
  { key: 'timescales', text: 'The review kept to its timescales, or the reasons for delay are recorded.' },
  { key: 'parallel-processes', text: 'Parallel processes (criminal, coroner, others) were considered and their effect on publication is recorded.' },
] as const;
export type AssuranceQuestionKey = (typeof ASSURANCE_QUESTIONS)[number]['key'];
export const ASSURANCE_KEYS = ASSURANCE_QUESTIONS.map((question) => question.key) as [AssuranceQuestionKey, ...AssuranceQuestionKey[]];

export const ASSURANCE_ANSWERS = ['yes', 'partly', 'no'] as const;
export const ASSURANCE_SIGNERS = ['chair', 'lead-reviewer'] as const;
export type AssuranceSigner = (typeof ASSURANCE_SIGNERS)[number];
export const ASSURANCE_SIGNER_LABELS: Readonly<Record<AssuranceSigner, string>> = { chair: 'Chair', 'lead-reviewer': 'Lead reviewer' };

/** One person's completion of the checklist: every question answered, a comment where not "yes". */
export const assuranceInput = z
  .object({
    signer: z.enum(ASSURANCE_SIGNERS, { error: 'Choose whether you complete it as chair or lead reviewer' }),
    name: z.string().trim().min(2, 'Enter the name of the person completing the checklist').max(120),
    answers: z.array(z.object({ key: z.enum(ASSURANCE_KEYS), answer: z.enum(ASSURANCE_ANSWERS, { error: 'Answer each question' }), comment: z.string().trim().max(2000).default('') }).strict()),
  })
  .strict()
  .superRefine((input, context) => {
    for (const question of ASSURANCE_QUESTIONS) {
      const index = input.answers.findIndex((answer) => answer.key === question.key);
      if (index === -1) context.addIssue({ code: 'custom', message: `Answer: ${question.text}`, path: ['answers'] });
      else if (input.answers[index]!.answer !== 'yes' && input.answers[index]!.comment === '') {
        context.addIssue({ code: 'custom', message: `Say what is missing: ${question.text}`, path: ['answers', index, 'comment'] });
      }
    }
  });
export type AssuranceInput = z.input<typeof assuranceInput>;

export const assuranceView = z.object({
  signer: z.enum(ASSURANCE_SIGNERS),
  name: z.string(),
  answers: z.array(z.object({ key: z.enum(ASSURANCE_KEYS), answer: z.enum(ASSURANCE_ANSWERS), comment: z.string() })),
  completedBy: z.string(),
  completedAt: z.string(),
});
export type AssuranceView = z.infer<typeof assuranceView>;
