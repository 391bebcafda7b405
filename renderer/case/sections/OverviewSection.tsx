import { useState } from 'react';
import { CaseMoves } from '../overview/CaseMoves.tsx';
import { CaseSummaryList } from '../overview/CaseSummaryList.tsx';
import { ClockExceptionForm } from '../overview/ClockExceptionForm.tsx';
import { ClockExceptionList } from '../overview/ClockExceptionList.tsx';
import { ClocksTable } from '../overview/ClocksTable.tsx';
import { StageTimeline } from '../overview/StageTimeline.tsx';
import { OutcomeBanner } from '../components/OutcomeBanner.tsx';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';

/** The case at a glance: its details, its stages, its clocks, and the moves it can make next. */
export function OverviewSection({ view, saveRecord, replaceView }: SectionProps) {
  const [banner, setBanner] = useState<string | null>(null);
  const [recordingException, setRecordingException] = useState(false);

  return (
    <>
      {banner === null ? null : <OutcomeBanner heading={banner} />}
      <SectionHeading>Overview</SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <CaseSummaryList view={view} />
      <StageTimeline timeline={view.timeline} />
      <ClocksTable clocks={view.clocks} records={view.records} />
      <ClockExceptionList view={view} />
      {view.canEdit ? (
        recordingException ? (
          <ClockExceptionForm
            view={view}
            saveRecord={saveRecord}
            onSaved={() => {
              setRecordingException(false);
              setBanner('The delay or exception has been recorded');
            }}
            onCancel={() => setRecordingException(false)}
          />
        ) : (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setRecordingException(true)}>
            Record a delay or exception
          </button>
        )
      ) : null}
      {view.canEdit ? <CaseMoves view={view} replaceView={replaceView} onMoved={(stage) => setBanner(`Moved to ${stage}`)} /> : null}
    </>
  );
}
