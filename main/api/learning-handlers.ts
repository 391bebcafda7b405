/** The learning calls (shared/ipc/learning-calls.ts) in terms of the services in main/learning. */
import { LEARNING_CALLS } from '../../shared/ipc/learning-calls.ts';
import { flagRepeat, readCaseLearning, removeRepeat, saveFamilyFeedback, tagThemes } from '../learning/case-learning.ts';
import { readGoodPractice } from '../learning/good-practice.ts';
import { readLearningEvents, saveLearningEvent } from '../learning/learning-events.ts';
import { addTheme, readThemes, renameTheme, retireTheme } from '../learning/themes.ts';
import type { Handlers } from './handlers.ts';

type LearningHandlers = Pick<Handlers, keyof typeof LEARNING_CALLS>;

export const LEARNING_HANDLERS: LearningHandlers = {
  'themes.get': (desktop) => readThemes(desktop.requireSession()),
  'themes.add': (desktop, input) => addTheme(desktop.requireSession(), input.name),
  'themes.rename': (desktop, input) => renameTheme(desktop.requireSession(), input.id, input.name),
  'themes.retire': (desktop, input) => retireTheme(desktop.requireSession(), input.id, input.retired),
  'learning.case': (desktop, input) => readCaseLearning(desktop.requireSession(), input.reference),
  'learning.tag': (desktop, input) => tagThemes(desktop.requireSession(), input.reference, input.themeIds),
  'learning.flagRepeat': (desktop, input) => flagRepeat(desktop.requireSession(), input.reference, input.incident),
  'learning.removeRepeat': (desktop, input) => removeRepeat(desktop.requireSession(), input.reference, input.id),
  'learning.saveFamilyFeedback': (desktop, input) => saveFamilyFeedback(desktop.requireSession(), input.reference, input.id, input.feedback),
  'learning.events': (desktop) => readLearningEvents(desktop.requireSession()),
  'learning.saveEvent': (desktop, input) => saveLearningEvent(desktop.requireSession(), input.id, input.event),
  'learning.goodPractice': (desktop) => readGoodPractice(desktop.requireSession()),
};
