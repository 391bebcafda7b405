/** PLACEHOLDER (helper F fills): the learning of good outcome reviews alongside the rest. */
import type { GoodPracticeView } from '../../shared/learning/learning.ts';
import type { Session } from '../security/session.ts';

export function readGoodPractice(_session: Session): GoodPracticeView {
  throw new Error('not built yet');
}
