/**
 * The calls of learning: the managed list of themes and the themes view across every review,
 * a case's themes, repeat incidents and family feedback, learning events and reflective
 * sessions, and the good-practice view.
 *
 * Case calls are `signed-in`: main/learning/learning-access.ts checks cases.read to read and
 * cases.edit to change. Partnership-wide lists need learning.manage to change.
 */
import { z } from 'zod';
import { caseLearningView, familyFeedbackInput, goodPracticeView, learningEventInput, learningEventsView, repeatIncidentInput, themeName, themesView } from '../learning/learning.ts';
import type { CallDefinition } from './contract.ts';

function call<I extends z.ZodType, O extends z.ZodType>(definition: CallDefinition<I, O>): CallDefinition<I, O> {
  return definition;
}

const reference = z.string().trim().min(1, 'Enter the case reference').max(40, 'Enter a case reference of at most 40 characters');
const id = z.number().int().positive();

export const LEARNING_CALLS = {
  'themes.get': call({ input: z.object({}).strict(), output: themesView, access: 'cases.list', action: 'see the learning themes across reviews' }),
  'themes.add': call({ input: z.object({ name: themeName }).strict(), output: themesView, access: 'learning.manage', action: 'change the list of learning themes' }),
  'themes.rename': call({ input: z.object({ id, name: themeName }).strict(), output: themesView, access: 'learning.manage', action: 'change the list of learning themes' }),
  'themes.retire': call({ input: z.object({ id, retired: z.boolean() }).strict(), output: themesView, access: 'learning.manage', action: 'change the list of learning themes' }),
  'learning.case': call({ input: z.object({ reference }).strict(), output: caseLearningView, access: 'signed-in', action: 'see this case’s learning' }),
  'learning.tag': call({
    input: z.object({ reference, themeIds: z.array(id).max(100, 'Choose at most 100 themes') }).strict(),
    output: caseLearningView,
    access: 'signed-in',
    action: 'tag this case with learning themes',
  }),
  'learning.flagRepeat': call({ input: z.object({ reference, incident: repeatIncidentInput }).strict(), output: caseLearningView, access: 'signed-in', action: 'flag a repeat incident on this case' }),
  'learning.removeRepeat': call({ input: z.object({ reference, id }).strict(), output: caseLearningView, access: 'signed-in', action: 'flag a repeat incident on this case' }),
  'learning.saveFamilyFeedback': call({
    input: z.object({ reference, id: id.nullable().default(null), feedback: familyFeedbackInput }).strict(),
    output: caseLearningView,
    access: 'signed-in',
    action: 'record the family’s feedback on this case',
  }),
  'learning.events': call({ input: z.object({}).strict(), output: learningEventsView, access: 'cases.list', action: 'see learning events and reflective sessions' }),
  'learning.saveEvent': call({
    input: z.object({ id: id.nullable().default(null), event: learningEventInput }).strict(),
    output: learningEventsView,
    access: 'learning.manage',
    action: 'record learning events and reflective sessions',
  }),
  'learning.goodPractice': call({ input: z.object({}).strict(), output: goodPracticeView, access: 'cases.list', action: 'see the learning from reviews' }),
} as const satisfies Record<string, CallDefinition>;
