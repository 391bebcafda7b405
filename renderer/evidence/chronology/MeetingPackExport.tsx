import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useApi } from '../../session/api-context.tsx';
import { papersDeadline } from './papers-deadline.ts';
import { useDownload } from './use-download.ts';
import { WarningText } from '../../components/WarningText.tsx';

const PROGRESS = 'Making the meeting pack…';

/**
 * The meeting pack: the referral, the agency summaries and the composite chronology as one PDF
 * with a contents page, to share by the papers deadline (policy 18).
 */
export function MeetingPackExport({ caseView }: { caseView: CaseView }) {
  const call = useApi();
  const download = useDownload<'pack'>();
  const deadline = papersDeadline(caseView);
  return (
    <section aria-labelledby="meeting-pack-heading" data-testid="meeting-pack">
      <h3 className="govuk-heading-m" id="meeting-pack-heading">
        Meeting pack
      </h3>
      <p className="govuk-body">The referral, the agency summaries and the whole composite chronology as one PDF, with a contents page, marked OFFICIAL-SENSITIVE.</p>
      {deadline === null ? (
        <p className="govuk-body" data-testid="papers-deadline">
          No meeting is recorded yet. The papers deadline is worked out when the meeting is added under Meetings.
        </p>
      ) : !deadline.late ? (
        <div className="govuk-inset-text" data-testid="papers-deadline">
          {deadline.sentence}
        </div>
      ) : (
        <WarningText testId="papers-deadline">{deadline.sentence}</WarningText>
      )}
      <ErrorSummary errors={download.errors} />
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-disabled={download.making !== null}
        onClick={() => void download.start('pack', PROGRESS, () => call('meetingPack.export', { reference: caseView.summary.reference }))}
      >
        {download.making === null ? 'Download meeting pack (PDF)' : PROGRESS}
      </button>
      <p className="govuk-body prm-status" role="status" data-testid="meeting-pack-status">
        {download.status}
      </p>
    </section>
  );
}
