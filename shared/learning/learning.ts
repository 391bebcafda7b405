/**
 * Learning (DOMAIN.md stage 8 and "Annual performance figures"): the partnership's managed list
 * of learning themes tagged on cases (a case is its referral and its review), learning events and
 * reflective sessions with what participants said, repeat incidents flagged on a new referral,
 * and the family's feedback on whether the review was sensitive to them.
 */
import { z } from 'zod';
import { choice, dateField, LONG_TEXT, optionalText, requiredText } from '../reviews/fields.ts';

/** The 2017–18 themes the partnership starts with (DOMAIN.md); the list grows. */
export const SEEDED_THEMES = ['Significance of History', 'Parents’ Capacity to Change', 'Information Sharing', 'Professional Challenge', 'Child’s Lived Experience'] as const;

export const themeName = requiredText('the theme', 120);

export const themeView = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  /** Retired themes stay on the cases they were tagged on but are not offered for new tags. */
  retired: z.boolean(),
  /** The key its figures are named by: "information_sharing". */
  key: z.string(),
});
export type ThemeView = z.infer<typeof themeView>;

/** One case a theme was tagged on, for the themes view's links. */
export const themedCase = z.object({ reference: z.string(), kind: z.string(), year: z.string(), stage: z.string() });

export const themeRecurrence = z.object({
  theme: themeView,
  cases: z.number().int().nonnegative(),
  /** Case kind → how many of the theme's cases are that kind. */
  byKind: z.record(z.string(), z.number().int().nonnegative()),
  /** Financial year ("2025–26") → how many. */
  byYear: z.record(z.string(), z.number().int().nonnegative()),
  caseList: z.array(themedCase),
});

export const themesView = z.object({
  themes: z.array(themeRecurrence),
  canManage: z.boolean(),
  years: z.array(z.string()),
});
export type ThemesView = z.infer<typeof themesView>;

export const LEARNING_EVENT_KINDS = ['learning-event', 'reflective-session'] as const;
export type LearningEventKind = (typeof LEARNING_EVENT_KINDS)[number];
export const LEARNING_EVENT_KIND_LABELS: Readonly<Record<LearningEventKind, string>> = {
  'learning-event': 'Learning event',
  'reflective-session': 'Reflective session',
};

export const learningEventInput = z
  .object({
    kind: choice(LEARNING_EVENT_KINDS, 'whether it was a learning event or a reflective session'),
    title: requiredText('the event’s title', 200),
    heldOn: dateField('the date it was held'),
    audience: requiredText('who it was for', 500),
    /** The review it shares learning from, when it is about one; empty for a theme or the partnership. */
    reference: z.string().trim().max(40).default(''),
    attendance: z.number({ error: 'Enter how many attended, as a whole number' }).int('Enter how many attended, as a whole number').min(0, 'Enter 0 or more').max(10_000, 'Enter at most 10,000'),
    feedbackResponses: z.number({ error: 'Enter how many gave feedback, as a whole number' }).int('Enter how many gave feedback, as a whole number').min(0, 'Enter 0 or more').max(10_000, 'Enter at most 10,000'),
    understandBetter: z
      .number({ error: 'Enter how many said they now understand the issues better, as a whole number' })
      .int('Enter how many said they now understand the issues better, as a whole number')
      .min(0, 'Enter 0 or more')
      .max(10_000, 'Enter at most 10,000'),
    notes: optionalText('notes', LONG_TEXT),
  })
  .strict()
  .superRefine((event, context) => {
    if (event.feedbackResponses > event.attendance) context.addIssue({ code: 'custom', path: ['feedbackResponses'], message: 'Enter no more feedback responses than people who attended' });
    if (event.understandBetter > event.feedbackResponses) context.addIssue({ code: 'custom', path: ['understandBetter'], message: 'Enter no more than the number who gave feedback' });
  });
export type LearningEventInput = z.input<typeof learningEventInput>;

export const learningEventView = z.object({
  id: z.number().int().positive(),
  kind: z.enum(LEARNING_EVENT_KINDS),
  title: z.string(),
  heldOn: z.string(),
  audience: z.string(),
  reference: z.string(),
  attendance: z.number().int(),
  feedbackResponses: z.number().int(),
  understandBetter: z.number().int(),
  notes: z.string(),
});
export type LearningEventView = z.infer<typeof learningEventView>;

export const learningEventsView = z.object({ events: z.array(learningEventView), canManage: z.boolean() });
export type LearningEventsView = z.infer<typeof learningEventsView>;

export const FAMILY_SENSITIVITY = ['yes', 'partly', 'no'] as const;
export type FamilySensitivity = (typeof FAMILY_SENSITIVITY)[number];
export const FAMILY_SENSITIVITY_LABELS: Readonly<Record<FamilySensitivity, string>> = {
  yes: 'Yes, the review was sensitive to them',
  partly: 'Partly',
  no: 'No',
};

export const familyFeedbackInput = z
  .object({
    receivedOn: dateField('the date the feedback was given'),
    sensitive: choice(FAMILY_SENSITIVITY, 'whether the family felt the review was sensitive to them'),
    comments: optionalText('what the family said', LONG_TEXT),
  })
  .strict();
export type FamilyFeedbackInput = z.input<typeof familyFeedbackInput>;
export const familyFeedbackView = z.object({ id: z.number().int().positive(), receivedOn: z.string(), sensitive: z.enum(FAMILY_SENSITIVITY), comments: z.string() });

export const repeatIncidentInput = z
  .object({
    earlierReference: requiredText('the earlier case’s reference', 40),
    note: optionalText('why it is a repeat incident', 2000),
  })
  .strict();
export type RepeatIncidentInput = z.input<typeof repeatIncidentInput>;
export const repeatIncidentView = z.object({ id: z.number().int().positive(), earlierReference: z.string(), note: z.string(), flaggedOn: z.string(), flaggedBy: z.string() });

/** An earlier case whose child or family member matches someone on this one (the person search). */
export const repeatSuggestion = z.object({
  earlierReference: z.string(),
  earlierKind: z.string(),
  earlierReferralDate: z.string(),
  /** Who on this case matched, and as whom on the earlier one, by their published names only. */
  matches: z.array(z.object({ here: z.string(), there: z.string(), role: z.string() })),
  flagged: z.boolean(),
});

export const caseLearningView = z.object({
  reference: z.string(),
  canChange: z.boolean(),
  /** Every theme not retired, plus any retired one already on this case. */
  themes: z.array(themeView),
  tagged: z.array(z.number().int().positive()),
  repeatIncidents: z.array(repeatIncidentView),
  suggestions: z.array(repeatSuggestion),
  familyFeedback: z.array(familyFeedbackView),
  events: z.array(learningEventView),
});
export type CaseLearningView = z.infer<typeof caseLearningView>;

/** The good-practice view: the learning of good outcome reviews alongside every other review's. */
export const learningEntry = z.object({
  reference: z.string(),
  kind: z.string(),
  goodOutcome: z.boolean(),
  decidedOn: z.string().nullable(),
  themes: z.array(z.string()),
  /** The good-outcome referral's "learning for others", the findings, or the report's learning points. */
  learning: z.string(),
  source: z.string(),
});
export const goodPracticeView = z.object({ goodOutcome: z.array(learningEntry), others: z.array(learningEntry) });
export type GoodPracticeView = z.infer<typeof goodPracticeView>;
