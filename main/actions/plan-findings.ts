/**
 * The case discussion's findings offered as recommendations, each with its address in the
 * discussion (shared/reports/discussion.ts findingPath). Kolb's "what we will do differently" and
 * Signs of Safety's "what needs to happen" come first: they are what the discussion says must
 * change. The rest follow, since a worry or a root cause is sometimes the better starting point.
 */
import { caseDiscussion, type CaseDiscussion } from '../../shared/reports/discussion.ts';
import type { Db } from '../store/open-database.ts';
import { findDiscussion } from '../store/repositories/case-discussions.ts';

export interface FindingChoice {
  readonly path: string;
  readonly frame: string;
  readonly text: string;
}

const KOLB = 'Kolb’s learning cycle';
const SIGNS = 'Signs of Safety';
const TREE = 'Problem Tree';

interface FindingList {
  readonly frame: string;
  readonly items: (discussion: CaseDiscussion) => readonly string[];
  readonly path: (index: number) => string;
}

const list = (path: string, frame: string, items: FindingList['items']): FindingList => ({ frame, items, path: (index) => `${path}.${index}` });

/** Each list of findings in the order offered, with the frame and heading it is shown under. */
const LISTS: readonly FindingList[] = [
  list('kolb.doDifferently', `${KOLB}: what we will do differently`, (d) => d.kolb.doDifferently),
  list('signsOfSafety.needsToHappen', `${SIGNS}: what needs to happen`, (d) => d.signsOfSafety.needsToHappen),
  list('problemTree.rootCauses', `${TREE}: root causes`, (d) => d.problemTree.rootCauses),
  // The core problem is one finding, not a list: its address has no number.
  { frame: `${TREE}: core problem`, items: (d) => [d.problemTree.coreProblem], path: () => 'problemTree.coreProblem' },
  list('kolb.analysis', `${KOLB}: analysis`, (d) => d.kolb.analysis),
  list('kolb.reflection', `${KOLB}: reflection`, (d) => d.kolb.reflection),
  list('signsOfSafety.worries', `${SIGNS}: what are we worried about`, (d) => d.signsOfSafety.worries),
  list('problemTree.effects', `${TREE}: effects`, (d) => d.problemTree.effects),
  list('signsOfSafety.workingWell', `${SIGNS}: what is working well`, (d) => d.signsOfSafety.workingWell),
  list('kolb.whatHappened', `${KOLB}: what happened`, (d) => d.kolb.whatHappened),
];

export function planFindings(db: Db, caseId: number): FindingChoice[] {
  const stored = findDiscussion(db, caseId);
  if (stored === undefined) return [];
  const discussion = caseDiscussion.parse(JSON.parse(stored.content));
  return LISTS.flatMap((each) => each.items(discussion).map((text, index) => ({ path: each.path(index), frame: each.frame, text: text.trim() }))).filter((finding) => finding.text !== '');
}
