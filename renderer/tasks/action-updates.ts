/**
 * The "Send an update" form's answers for each action, and what goes to main from them. Only the
 * actions the person changed are sent (a status chosen, evidence written or files chosen); each
 * of those needs a status. Main names problems by their place among the updates sent
 * ("answer.updates.1.evidence"), so that place is turned back into the action's own fields.
 */
import type { ActionsUpdateAnswer } from '../../shared/exchange/exchange-view.ts';
import type { FieldError } from '../components/field-errors.ts';
import { actionName, isActionStatus, type SentAction } from './action-words.ts';
import type { FieldOf } from './answer-errors.ts';
import type { FileChoice } from './file-choice.ts';

export interface ActionDraft {
  /** '' while no status is chosen. */
  readonly status: string;
  readonly evidence: string;
  readonly files: FileChoice | null;
}

export const EMPTY_DRAFT: ActionDraft = { status: '', evidence: '', files: null };

const EVIDENCE_MAX = 20_000;
/** At most this many files for one action in one update (the payload's own limit). */
export const MOST_EVIDENCE_FILES = 20;

export interface ActionFields {
  readonly status: string;
  readonly evidence: string;
  readonly files: string;
}

/** The ids of one action's fields; `index` is its place in the task's list, from 0. */
export function actionFields(index: number): ActionFields {
  const stem = `action-${index + 1}`;
  return { status: `${stem}-status`, evidence: `${stem}-evidence`, files: `${stem}-files` };
}

function fileCount(draft: ActionDraft): number {
  return draft.files?.files.length ?? 0;
}

export function isChanged(draft: ActionDraft): boolean {
  return draft.status !== '' || draft.evidence.trim() !== '' || fileCount(draft) > 0;
}

export interface CheckedDrafts {
  readonly errors: FieldError[];
  /** The places of the changed actions, in the task's order: what is sent. */
  readonly changed: number[];
}

export function checkDrafts(actions: readonly SentAction[], drafts: readonly ActionDraft[]): CheckedDrafts {
  const changed = drafts.flatMap((draft, index) => (isChanged(draft) ? [index] : []));
  if (changed.length === 0) {
    return { changed, errors: [{ field: actionFields(0).status, message: 'Update at least one action: choose its new status, and say what difference it has made' }] };
  }
  const errors: FieldError[] = [];
  for (const index of changed) {
    const draft = drafts[index]!;
    const fields = actionFields(index);
    const name = actionName(actions[index]!, index);
    if (!isActionStatus(draft.status)) errors.push({ field: fields.status, message: `Choose the new status of ${name}` });
    if (draft.evidence.trim().length > EVIDENCE_MAX) errors.push({ field: fields.evidence, message: `Enter at most 20,000 characters of evidence for ${name}` });
    if (fileCount(draft) > MOST_EVIDENCE_FILES) errors.push({ field: fields.files, message: `Choose at most ${MOST_EVIDENCE_FILES} evidence files for ${name}` });
  }
  return { errors, changed };
}

/** Each changed action's files, in the order they are sent: the staged ids come back in the same order. */
export function evidenceChoices(drafts: readonly ActionDraft[], changed: readonly number[]): FileChoice[] {
  return changed.flatMap((index) => (drafts[index]!.files === null ? [] : [drafts[index]!.files!]));
}

export function updatesToSend(actions: readonly SentAction[], drafts: readonly ActionDraft[], changed: readonly number[], stagedIds: readonly number[]): ActionsUpdateAnswer['updates'] {
  let next = 0;
  return changed.map((index) => {
    const draft = drafts[index]!;
    const count = fileCount(draft);
    const stagedEvidence = stagedIds.slice(next, next + count);
    next += count;
    return { actionId: actions[index]!.actionId, status: draft.status as ActionsUpdateAnswer['updates'][number]['status'], evidence: draft.evidence.trim(), stagedEvidence };
  });
}

/** Main's "answer.updates.N.field" to the field of the Nth action sent. */
export function updatesFieldOf(changed: readonly number[]): FieldOf {
  return (path) => {
    const found = /^answer\.updates\.(\d+)\.(status|evidence|stagedEvidence)/.exec(path);
    const index = found === null ? undefined : changed[Number(found[1])];
    if (found === null || index === undefined) return undefined;
    const fields = actionFields(index);
    return found[2] === 'status' ? fields.status : found[2] === 'evidence' ? fields.evidence : fields.files;
  };
}

/** The file field a refused file came from: `flatIndex` is its place among all the files sent. */
export function fileFieldOf(drafts: readonly ActionDraft[], changed: readonly number[], flatIndex: number): string {
  let seen = 0;
  for (const index of changed) {
    seen += fileCount(drafts[index]!);
    if (flatIndex < seen) return actionFields(index).files;
  }
  return actionFields(changed[0] ?? 0).files;
}
