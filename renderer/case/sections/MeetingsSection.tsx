import { EmptyIfNone } from '../stages/EmptyIfNone.tsx';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { RecordMeta } from '../components/RecordMeta.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import { EndorsementForm } from '../meetings/EndorsementForm.tsx';
import { MeetingAgenda } from '../meetings/MeetingAgenda.tsx';
import { MeetingEndorsements } from '../meetings/MeetingEndorsements.tsx';
import { MeetingForm } from '../meetings/MeetingForm.tsx';
import { meetingName } from '../meetings/meeting-name.ts';
import { MeetingSummary } from '../meetings/MeetingSummary.tsx';
import type { SectionProps } from '../section-props.ts';
import { OpenFormButton } from '../stages/OpenFormButton.tsx';
import { recordsOfType } from '../stages/record-data.ts';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';

type Editing = 'new-meeting' | `meeting:${number}` | `endorse:${number}` | `endorsement:${number}`;

/** Stage 4: the rapid review meeting (or a serious offence review's meeting): attendance and quorum, papers, discussion, outcome and endorsements. */
export function MeetingsSection({ view, saveRecord, removeRecord }: SectionProps) {
  const stage = useStageEditing<Editing>();
  const meetings = recordsOfType(view, 'meeting').sort((a, b) => `${a.data.heldOn}T${a.data.startsAt}`.localeCompare(`${b.data.heldOn}T${b.data.startsAt}`));
  const endorsements = recordsOfType(view, 'endorsement');

  return (
    <section aria-labelledby="meetings-heading" data-testid="meetings-section">
      <SectionHeading lead="Who attended, the papers, what the meeting found and decided, and the endorsements of its outcome.">
        <span id="meetings-heading">Meetings</span>
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />
      {stage.editing === 'new-meeting' ? (
        <MeetingForm id={null} initial={null} view={view} saveRecord={saveRecord} onCancel={stage.close} onSaved={() => stage.saved('The meeting has been saved.')} />
      ) : (
        <OpenFormButton label="Add a meeting" onClick={() => stage.open('new-meeting')} hidden={!view.canEdit} />
      )}
      {stage.editing === 'new-meeting' ? null : <EmptyIfNone items={meetings} message="No meetings recorded yet." />}
      {meetings.map(({ record, data }) => {
        const name = meetingName(data);
        const theirs = endorsements.filter((endorsement) => endorsement.data.meetingId === record.id);
        const changing = theirs.find((endorsement) => stage.editing === `endorsement:${endorsement.record.id}`);
        return (
          <article key={record.id} className="govuk-!-margin-bottom-9" aria-labelledby={`meeting-${record.id}-heading`} data-testid={`meeting-${record.id}`}>
            <h3 className="govuk-heading-m" id={`meeting-${record.id}-heading`}>
              {name}
            </h3>
            {stage.editing === `meeting:${record.id}` ? (
              <MeetingForm id={record.id} initial={data} view={view} saveRecord={saveRecord} onCancel={stage.close} onSaved={() => stage.saved(`${name}: saved.`)} />
            ) : (
              <>
                <MeetingSummary view={view} meetingId={record.id} meeting={data} />
                <RecordMeta record={record} />
                <OpenFormButton label={`Change this meeting`} onClick={() => stage.open(`meeting:${record.id}`)} hidden={!view.canEdit} />
              </>
            )}
            <MeetingAgenda view={view} meetingId={record.id} />
            <h4 className="govuk-heading-s">Endorsements of the outcome</h4>
            {changing === undefined ? (
              <MeetingEndorsements endorsements={theirs} canEdit={view.canEdit} onChange={(id) => stage.open(`endorsement:${id}`)} removeRecord={removeRecord} />
            ) : (
              <EndorsementForm
                id={changing.record.id}
                meetingId={record.id}
                meetingName={`the ${name.charAt(0).toLowerCase()}${name.slice(1)}`}
                initial={changing.data}
                view={view}
                saveRecord={saveRecord}
                onCancel={stage.close}
                onSaved={() => stage.saved('The endorsement has been saved.')}
              />
            )}
            {stage.editing === `endorse:${record.id}` ? (
              <EndorsementForm
                id={null}
                meetingId={record.id}
                meetingName={`the ${name.charAt(0).toLowerCase()}${name.slice(1)}`}
                initial={null}
                view={view}
                saveRecord={saveRecord}
                onCancel={stage.close}
                onSaved={() => stage.saved('The endorsement has been saved.')}
              />
            ) : (
              <OpenFormButton label="Record an endorsement" onClick={() => stage.open(`endorse:${record.id}`)} hidden={!view.canEdit} />
            )}
          </article>
        );
      })}
    </section>
  );
}
