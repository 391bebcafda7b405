/**
 * The report after a deletion: what went (rule, case, when, by whom, rows by table, audit
 * details erased), the space given back, and the backups that may still hold it, for IT.
 */
import { useEffect, useRef } from 'react';
import type { DeletionReport } from '../../shared/retention/retention-view.ts';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { SummaryList } from '../case/components/SummaryList.tsx';
import { SuccessBanner } from '../components/SuccessBanner.tsx';
import { BackupsHolding } from './BackupsHolding.tsx';
import { counted, DELETED_HEADINGS, RULE_SHORT_WORDS, sizeInWords } from './retention-words.ts';
import { RowsByTable } from './RowsByTable.tsx';

export function DeletionReportPanel({ report, onBack }: { readonly report: DeletionReport; readonly onBack: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const { deletion } = report;
  const freed = Math.max(0, report.bytesBefore - report.bytesAfter);
  return (
    <div data-testid="deletion-report">
      <div tabIndex={-1} ref={box}>
        <SuccessBanner heading={DELETED_HEADINGS[deletion.rule](deletion.reference)}>
          <p className="govuk-body">It cannot be restored from this store. The audit trail still verifies: its events stay, with their details erased.</p>
        </SuccessBanner>
      </div>
      <h2 className="govuk-heading-m">What was deleted</h2>
      <SummaryList
        testId="deletion-report-summary"
        rows={[
          { label: 'Case', value: deletion.reference },
          { label: 'Why', value: RULE_SHORT_WORDS[deletion.rule] },
          { label: 'Deleted', value: `${formatTimestamp(deletion.deletedAt)} by ${deletion.deletedBy}` },
          { label: 'Rows removed', value: <RowsByTable deletion={deletion} /> },
          { label: 'Audit details erased', value: counted(deletion.detailsErased, 'event', 'events') },
          { label: 'Store file size', value: `${sizeInWords(report.bytesBefore)} before, ${sizeInWords(report.bytesAfter)} after: ${freed === 0 ? 'the deleted rows shared pages still in use' : `${sizeInWords(freed)} given back`}` },
        ]}
      />
      <h2 className="govuk-heading-m">Backups that may still hold it</h2>
      <BackupsHolding backups={deletion.backups} testId="deletion-report-backups" />
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onBack}>
        Back to retention
      </button>
    </div>
  );
}
