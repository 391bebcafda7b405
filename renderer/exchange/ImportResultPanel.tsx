/**
 * A bundle imported: what was done, line by line, and the way on — to the case it changed or
 * made, or to the task it opened.
 */
import { useEffect, useRef } from 'react';
import { BUNDLE_KIND_LABELS, type BundleKind } from '../../shared/exchange/bundle.ts';
import type { ImportResult } from '../../shared/exchange/exchange-view.ts';
import type { CaseSection, Navigate } from '../session/places.ts';

/** Where a bundle of each kind is seen once taken in (a return on the case's requests, a case from its start), and the link's words. */
const CASE_PLACE: Readonly<Record<BundleKind, { readonly section: CaseSection; readonly words: (reference: string) => string }>> = {
  request: { section: 'exchange', words: (reference) => `Go to case ${reference}` },
  return: { section: 'requests', words: (reference) => `Go to the information requests on case ${reference}` },
  'decision-request': { section: 'exchange', words: (reference) => `Go to case ${reference}` },
  decision: { section: 'exchange', words: (reference) => `Go to the decisions on case ${reference}` },
  case: { section: 'overview', words: (reference) => `Go to case ${reference}` },
  draft: { section: 'exchange', words: (reference) => `Go to case ${reference}` },
  'draft-reply': { section: 'factual-accuracy', words: (reference) => `Go to factual accuracy on case ${reference}` },
  actions: { section: 'exchange', words: (reference) => `Go to case ${reference}` },
  'actions-update': { section: 'exchange', words: (reference) => `Go to case ${reference}` },
};

export interface ImportResultPanelProps {
  readonly result: ImportResult;
  readonly navigate: Navigate;
  readonly onAnother: () => void;
}

export function ImportResultPanel({ result, navigate, onAnother }: ImportResultPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const caseReference = result.caseReference;
  const taskId = result.taskId;
  return (
    <div className="govuk-grid-row" data-testid="import-result">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation govuk-!-margin-bottom-6">
          <h1 className="govuk-panel__title prm-page-heading" tabIndex={-1} ref={heading}>
            Bundle imported
          </h1>
          <div className="govuk-panel__body">{BUNDLE_KIND_LABELS[result.kind]}</div>
        </div>
        <h2 className="govuk-heading-m">What was done</h2>
        <ul className="govuk-list govuk-list--bullet" data-testid="import-applied">
          {result.applied.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
        <p className="govuk-body">Both installs’ audit trails record the bundle: this one that you imported it, the sender’s that it was made.</p>
        <h2 className="govuk-heading-m">What next</h2>
        <ul className="govuk-list">
          {caseReference === null ? null : (
            <li>
              <a
                className="govuk-link"
                href={`#case-${caseReference}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate({ name: 'case', reference: caseReference, section: CASE_PLACE[result.kind].section });
                }}
              >
                {CASE_PLACE[result.kind].words(caseReference)}
              </a>
            </li>
          )}
          {taskId === null ? null : (
            <li>
              <a
                className="govuk-link"
                href={`#task-${taskId}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate({ name: 'task', id: taskId });
                }}
              >
                Open the task
              </a>
            </li>
          )}
          <li>
            <a
              className="govuk-link"
              href="#import-bundle"
              onClick={(event) => {
                event.preventDefault();
                onAnother();
              }}
            >
              Import another bundle
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
