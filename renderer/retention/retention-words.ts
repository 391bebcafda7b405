/** The retention screen's words for counts, sizes and what a deletion takes. */
import type { DeletingRule } from '../../shared/retention/retention-rules.ts';
import type { ClosedCaseDue, DraftsDue } from '../../shared/retention/retention-view.ts';

/** "1 draft version", "3 draft versions". */
export function counted(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** A size as a person reads it: "812 KB", "3.1 MB". */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return counted(bytes, 'byte', 'bytes');
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
  return `${(bytes / 1024 ** 3).toLocaleString('en-GB', { maximumFractionDigits: 1 })} GB`;
}

/** "versions 1 and 2", "versions 1, 2 and 3", "version 1". */
export function versionsInWords(versions: readonly number[]): string {
  if (versions.length === 1) return `version ${versions[0]}`;
  const all = versions.map(String);
  return `versions ${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/** What the store holds of a review's drafts, in a phrase. */
export function draftsInStoreWords(due: DraftsDue): string {
  const parts = [
    ...(due.draftVersions.length === 0 ? [] : [`Draft report ${versionsInWords(due.draftVersions)}`]),
    ...(due.draftDocuments === 0 ? [] : [`${counted(due.draftDocuments, 'draft copy', 'draft copies')} among its documents (${sizeInWords(due.draftDocumentBytes)})`]),
  ];
  if (parts.length === 0) return 'Nothing: its drafts have been deleted';
  const phrase = parts.join(', and ');
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;
}

/** What a closed case holds, in a phrase. */
export function caseHoldsWords(due: ClosedCaseDue): string {
  return due.documents === 0 ? 'No documents' : `${counted(due.documents, 'document', 'documents')} (${sizeInWords(due.documentBytes)})`;
}

export const DELETION_HEADINGS: Readonly<Record<DeletingRule, (reference: string) => string>> = {
  'review-drafts': (reference) => `Delete the drafts of case ${reference}`,
  'closed-cases': (reference) => `Delete case ${reference}`,
};

export const DELETED_HEADINGS: Readonly<Record<DeletingRule, (reference: string) => string>> = {
  'review-drafts': (reference) => `The drafts of case ${reference} have been deleted`,
  'closed-cases': (reference) => `Case ${reference} has been deleted`,
};

export const RULE_SHORT_WORDS: Readonly<Record<DeletingRule, string>> = {
  'review-drafts': 'Drafts at the end of the review',
  'closed-cases': 'Closed case past the retention period',
};
