/**
 * The saved case discussion, frame by frame, with each finding ready to add to the report:
 * "Add to the report" opens a choice of section under that finding.
 */
import { useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import type { CaseDiscussion } from '../../shared/reports/discussion.ts';
import type { ReportSectionKey } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { formatDate } from '../components/format-date.ts';
import { NOT_RECORDED, SummaryList } from '../case/components/SummaryList.tsx';
import { CORE_PROBLEM_LABEL, CORE_PROBLEM_PATH, FRAMES, pointsAt, type PointList } from './discussion-frames.ts';
import { PullFindingForm } from './PullFindingForm.tsx';

export interface DiscussionRecordProps {
  readonly view: ReportsView;
  readonly discussion: CaseDiscussion;
  readonly applyResult: (result: Result<ReportsView>) => Result<ReportsView>;
  readonly onAdded: (section: ReportSectionKey, version: number | null) => void;
}

/** A finding's words in a button's or label's name: enough to tell it from its neighbours. */
export function shortened(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ');
  return words.length <= 60 ? words : `${words.slice(0, 57).trimEnd()}…`;
}

export function DiscussionRecord({ view, discussion, applyResult, onAdded }: DiscussionRecordProps) {
  const [open, setOpen] = useState<string | null>(null);

  const finding = (path: string, text: string) => (
    <>
      <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>
      {view.canWrite && open !== path ? (
        <>
          {' '}
          <button type="button" className="prm-action-button govuk-!-margin-left-2" id={`add-${path.replace(/\./g, '-')}`} onClick={() => setOpen(path)} aria-label={`Add to the report: ${shortened(text)}`}>
            Add to the report
          </button>
        </>
      ) : null}
      {open === path ? (
        <PullFindingForm
          view={view}
          finding={path}
          what={shortened(text)}
          applyResult={applyResult}
          onCancel={() => {
            setOpen(null);
            requestAnimationFrame(() => document.getElementById(`add-${path.replace(/\./g, '-')}`)?.focus());
          }}
          onAdded={(section, version) => {
            setOpen(null);
            onAdded(section, version);
          }}
        />
      ) : null}
    </>
  );

  const points = (list: PointList) => {
    const found = pointsAt(discussion, list.path);
    return (
      <div key={list.path} data-testid={`findings-${list.path}`}>
        <h5 className="govuk-heading-s">{list.label}</h5>
        {found.length === 0 ? (
          <p className="govuk-body prm-secondary-text">None recorded.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {found.map((text, index) => (
              <li key={`${index}:${text}`}>{finding(`${list.path}.${index}`, text)}</li>
            ))}
          </ul>
        )}
      </div>
    );
  };

  const { signsOfSafety: safety, problemTree } = discussion;
  return (
    <div data-testid="discussion-record">
      <SummaryList
        rows={[
          { label: 'Date of the discussion', value: discussion.heldOn === null ? NOT_RECORDED : formatDate(discussion.heldOn) },
          { label: 'Who took part', value: discussion.participants.length === 0 ? NOT_RECORDED : discussion.participants.join(', ') },
        ]}
      />
      {FRAMES.map((frame) => (
        <section key={frame.key} className="govuk-!-margin-bottom-8" aria-labelledby={`frame-${frame.key}-heading`}>
          <h4 className="govuk-heading-m" id={`frame-${frame.key}-heading`}>
            {frame.title}
          </h4>
          {frame.key === 'problemTree' ? (
            <>
              {points(frame.lists[0]!)}
              <div data-testid="findings-problemTree.coreProblem">
                <h5 className="govuk-heading-s">{CORE_PROBLEM_LABEL}</h5>
                {problemTree.coreProblem === '' ? <p className="govuk-body prm-secondary-text">None recorded.</p> : <div className="govuk-body">{finding(CORE_PROBLEM_PATH, problemTree.coreProblem)}</div>}
              </div>
              {points(frame.lists[1]!)}
            </>
          ) : (
            frame.lists.map(points)
          )}
          {frame.key === 'signsOfSafety' ? (
            <p className="govuk-body" data-testid="safety-scale">
              {safety.scale === null ? 'No score on the scale was recorded.' : `On the scale from 0 to 10: ${safety.scale}, given by ${safety.scoredBy}.`}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
