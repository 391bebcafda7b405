/**
 * The case discussion's three frames (DOMAIN.md) as the screen shows them: each list of points,
 * its question, the path of its findings ("kolb.doDifferently.2", the shape shared/reports/
 * discussion.ts's findingPath checks) and the report section a finding from it most likely
 * belongs in, which the reviewer may change.
 */
import type { CaseDiscussion } from '../../shared/reports/discussion.ts';
import type { ReportSectionKey } from '../../shared/reports/report-document.ts';

export type ListPath =
  | 'kolb.whatHappened'
  | 'kolb.reflection'
  | 'kolb.analysis'
  | 'kolb.doDifferently'
  | 'signsOfSafety.worries'
  | 'signsOfSafety.workingWell'
  | 'signsOfSafety.needsToHappen'
  | 'problemTree.rootCauses'
  | 'problemTree.effects';

export interface PointList {
  readonly path: ListPath;
  readonly label: string;
  readonly section: ReportSectionKey;
}

export interface Frame {
  readonly key: 'kolb' | 'signsOfSafety' | 'problemTree';
  readonly title: string;
  readonly lead: string;
  readonly lists: readonly PointList[];
}

export const CORE_PROBLEM_PATH = 'problemTree.coreProblem';
export const CORE_PROBLEM_LABEL = 'The core problem';
/** The core problem is what the shortcomings have in common: whether they are general. */
export const CORE_PROBLEM_SECTION: ReportSectionKey = 'general-shortcomings';

export const FRAMES: readonly Frame[] = [
  {
    key: 'kolb',
    title: 'Kolb’s learning cycle',
    lead: 'From what happened, through reflection and analysis, to what will be done differently.',
    lists: [
      { path: 'kolb.whatHappened', label: 'What happened', section: 'overview' },
      { path: 'kolb.reflection', label: 'Reflection', section: 'learning-points' },
      { path: 'kolb.analysis', label: 'Analysis', section: 'key-decisions' },
      { path: 'kolb.doDifferently', label: 'What we will do differently', section: 'what-must-change' },
    ],
  },
  {
    key: 'signsOfSafety',
    title: 'Signs of Safety',
    lead: 'What the practitioners were worried about, what was working well, what needs to happen, and how safe the child was on a scale of 0 to 10.',
    lists: [
      { path: 'signsOfSafety.worries', label: 'What are we worried about?', section: 'overview' },
      { path: 'signsOfSafety.workingWell', label: 'What is working well?', section: 'working-together' },
      { path: 'signsOfSafety.needsToHappen', label: 'What needs to happen?', section: 'recommendations' },
    ],
  },
  {
    key: 'problemTree',
    title: 'The Problem Tree',
    lead: 'The root causes beneath the core problem, and the effects it had.',
    lists: [
      { path: 'problemTree.rootCauses', label: 'Root causes', section: 'general-shortcomings' },
      { path: 'problemTree.effects', label: 'Effects', section: 'learning-points' },
    ],
  },
];

export const LIST_PATHS: readonly ListPath[] = FRAMES.flatMap((frame) => frame.lists.map((list) => list.path));

/** The points saved under a list's path. */
export function pointsAt(discussion: CaseDiscussion, path: ListPath): readonly string[] {
  const [frame, field] = path.split('.') as [Frame['key'], string];
  return (discussion[frame] as unknown as Record<string, readonly string[]>)[field] ?? [];
}

/** The report section a finding most likely belongs in, from the list it is in. */
export function defaultSectionFor(finding: string): ReportSectionKey {
  if (finding === CORE_PROBLEM_PATH) return CORE_PROBLEM_SECTION;
  const list = FRAMES.flatMap((frame) => frame.lists).find((each) => finding.startsWith(`${each.path}.`));
  return list?.section ?? 'learning-points';
}
