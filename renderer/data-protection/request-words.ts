/** The data-protection screen's words: who was searched for, and counts that read as English. */
import { CASE_KIND_LABELS, CASE_STAGE_LABELS, CASE_STAGES, isCaseKind, type CaseStage } from '../../shared/case-kinds.ts';
import { formatDate } from '../components/format-date.ts';

/** "“Siobhán Kowalczyk”, born 14 February 1996". */
export function subjectWords(name: string, dateOfBirth: string | null): string {
  return dateOfBirth === null ? `“${name}”` : `“${name}”, born ${formatDate(dateOfBirth)}`;
}

/** "1 place", "12 places". */
export function counted(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** Main sends a case's kind and stage as codes; these are the screens' words for them. */
export function kindAndStage(kind: string, stage: string): string {
  const kindLabel = isCaseKind(kind) ? CASE_KIND_LABELS[kind] : kind;
  const stageLabel = (CASE_STAGES as readonly string[]).includes(stage) ? CASE_STAGE_LABELS[stage as CaseStage] : stage;
  return `${kindLabel}, ${stageLabel.toLowerCase()}`;
}
