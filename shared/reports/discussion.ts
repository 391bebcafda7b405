/**
 * The case discussion tool (DOMAIN.md): a structured record of the practitioners' discussion in
 * three frames — Kolb's learning cycle, Signs of Safety, and the Problem Tree — whose findings
 * the reviewer pulls into the report's sections and, later, the action plan.
 */
import { z } from 'zod';
import { optionalDateField } from '../reviews/fields.ts';

const LONG = 20_000;
const points = (what: string) => z.array(z.string().trim().min(1, `Enter ${what}`).max(LONG)).max(100).default([]);

export const caseDiscussion = z
  .object({
    heldOn: optionalDateField('the date of the discussion').default(null),
    /** Roles only ("Health visitor", "Social worker"): names belong in the register, not here. */
    participants: z.array(z.string().trim().min(1).max(200)).max(60).default([]),
    kolb: z
      .object({
        whatHappened: points('what happened'),
        reflection: points('a reflection'),
        analysis: points('a point of analysis'),
        doDifferently: points('what we will do differently'),
      })
      .strict()
      .default({ whatHappened: [], reflection: [], analysis: [], doDifferently: [] }),
    signsOfSafety: z
      .object({
        worries: points('what we are worried about'),
        workingWell: points('what is working well'),
        needsToHappen: points('what needs to happen'),
        scale: z.number().int().min(0, 'The scale runs from 0 to 10').max(10, 'The scale runs from 0 to 10').nullable().default(null),
        scoredBy: z.string().trim().max(200).default(''),
      })
      .strict()
      .default({ worries: [], workingWell: [], needsToHappen: [], scale: null, scoredBy: '' }),
    problemTree: z
      .object({ rootCauses: points('a root cause'), coreProblem: z.string().trim().max(LONG).default(''), effects: points('an effect') })
      .strict()
      .default({ rootCauses: [], coreProblem: '', effects: [] }),
  })
  .strict()
  .refine((discussion) => discussion.signsOfSafety.scale === null || discussion.signsOfSafety.scoredBy !== '', {
    message: 'Enter who gave the score on the scale',
    path: ['signsOfSafety', 'scoredBy'],
  });
export type CaseDiscussion = z.infer<typeof caseDiscussion>;
export type CaseDiscussionInput = z.input<typeof caseDiscussion>;

/** A finding's address in the discussion: "kolb.doDifferently.2", "problemTree.coreProblem". */
export const findingPath = z.string().regex(/^(kolb\.(whatHappened|reflection|analysis|doDifferently)|signsOfSafety\.(worries|workingWell|needsToHappen)|problemTree\.(rootCauses|effects))\.\d+$|^problemTree\.coreProblem$/, 'Choose a finding from the discussion');
