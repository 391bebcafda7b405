/**
 * Between the discussion form's boxes (each list one point a line, the scale as typed) and the
 * case discussion main keeps.
 */
import type { CaseDiscussion, CaseDiscussionInput } from '../../shared/reports/discussion.ts';
import { numberFrom } from '../components/form/number-from.ts';
import { dateOrNull } from '../case/stages/answers.ts';
import { LIST_PATHS, pointsAt, type ListPath } from './discussion-frames.ts';
import { itemsFrom } from './report-draft.ts';

export interface DiscussionAnswers {
  readonly heldOn: string;
  /** One role a line. */
  readonly participants: string;
  /** Each list, one point a line. */
  readonly lists: Readonly<Record<ListPath, string>>;
  readonly coreProblem: string;
  /** As typed, so "1" on its way to "10" stays on screen. */
  readonly scale: string;
  readonly scoredBy: string;
}

export function answersFrom(discussion: CaseDiscussion | null): DiscussionAnswers {
  return {
    heldOn: discussion?.heldOn ?? '',
    participants: (discussion?.participants ?? []).join('\n'),
    lists: Object.fromEntries(LIST_PATHS.map((path) => [path, discussion === null ? '' : pointsAt(discussion, path).join('\n')])) as Record<ListPath, string>,
    coreProblem: discussion?.problemTree.coreProblem ?? '',
    scale: discussion?.signsOfSafety.scale === null || discussion === null ? '' : String(discussion.signsOfSafety.scale),
    scoredBy: discussion?.signsOfSafety.scoredBy ?? '',
  };
}

/** A scale that is typed but is not a whole number, for the form's own message; null when it is fine. */
export function scaleProblem(answers: DiscussionAnswers): string | null {
  return answers.scale.trim() !== '' && numberFrom(answers.scale) === null ? 'Enter the scale as a whole number from 0 to 10' : null;
}

export function discussionFrom(answers: DiscussionAnswers): CaseDiscussionInput {
  const points = (path: ListPath) => itemsFrom(answers.lists[path]);
  return {
    heldOn: dateOrNull(answers.heldOn),
    participants: itemsFrom(answers.participants),
    kolb: { whatHappened: points('kolb.whatHappened'), reflection: points('kolb.reflection'), analysis: points('kolb.analysis'), doDifferently: points('kolb.doDifferently') },
    signsOfSafety: {
      worries: points('signsOfSafety.worries'),
      workingWell: points('signsOfSafety.workingWell'),
      needsToHappen: points('signsOfSafety.needsToHappen'),
      scale: numberFrom(answers.scale),
      scoredBy: answers.scoredBy.trim(),
    },
    problemTree: { rootCauses: points('problemTree.rootCauses'), coreProblem: answers.coreProblem.trim(), effects: points('problemTree.effects') },
  };
}

/** A problem with one point ("kolb-analysis-3") or one participant is shown on its list's one box. */
export function discussionFieldFor(field: string): string {
  const point = /^(.+)-\d+$/.exec(field);
  return point !== null && (point[1] === 'participants' || LIST_PATHS.some((path) => path.replace('.', '-') === point[1])) ? point[1]! : field;
}
