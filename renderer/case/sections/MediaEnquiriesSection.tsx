import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { dateText, NOT_RECORDED, text } from '../stages/describe-values.ts';
import { MediaEnquiryForm } from '../stages/MediaEnquiryForm.tsx';
import { RecordList } from '../stages/RecordList.tsx';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';

/** The log of media enquiries about the case (policy 13). */
export function MediaEnquiriesSection({ view, saveRecord, removeRecord }: SectionProps) {
  const stage = useStageEditing<string>();
  return (
    <section aria-labelledby="media-heading" data-testid="media-enquiries-section">
      <SectionHeading lead="Every media enquiry about a review goes to the Lead Safeguarding Partners through the Business Unit. Log each one here.">
        <span id="media-heading">Media enquiries</span>
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />
      <RecordList
        view={view}
        type="media-enquiry"
        removeRecord={removeRecord}
        editing={stage.editing}
        open={stage.open}
        emptyMessage="No media enquiries logged."
        addLabel="Log a media enquiry"
        sort={(a, b) => b.data.receivedOn.localeCompare(a.data.receivedOn)}
        card={({ data }) => ({
          title: `${data.outlet}, ${dateText(data.receivedOn)}`,
          rows: [
            { key: 'Received on', value: dateText(data.receivedOn) },
            { key: 'Outlet or journalist', value: data.outlet },
            { key: 'What was asked', value: data.enquiry },
            { key: 'Passed to the Lead Safeguarding Partners on', value: data.passedToPartnersOn === null ? `${NOT_RECORDED}: pass it on through the Business Unit` : dateText(data.passedToPartnersOn) },
            { key: 'Response', value: text(data.response) },
          ],
        })}
        form={(id, initial) => <MediaEnquiryForm id={id} initial={initial} view={view} saveRecord={saveRecord} onCancel={stage.close} onSaved={() => stage.saved('The media enquiry has been saved.')} />}
      />
    </section>
  );
}
