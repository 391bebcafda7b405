import { CLOCK_DEFINITIONS } from '../../../shared/reviews/clocks.ts';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { RecordMeta } from '../components/RecordMeta.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { ClockExceptionForm } from '../stages/ClockExceptionForm.tsx';
import { ClockTag, clocksFor } from '../stages/ClockTag.tsx';
import { dateText, NOT_RECORDED, text } from '../stages/describe-values.ts';
import { EmptyIfNone } from '../stages/EmptyIfNone.tsx';
import { NotificationForm } from '../stages/NotificationForm.tsx';
import { OpenFormButton } from '../stages/OpenFormButton.tsx';
import { PANEL_RESPONSE_LABELS, PanelResponseForm } from '../stages/PanelResponseForm.tsx';
import { recordsOfType, singleRecord } from '../stages/record-data.ts';
import { RecordCard } from '../stages/RecordCard.tsx';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';
import { SummaryRows } from '../stages/SummaryRows.tsx';

type Editing = 'notification' | 'panel-response' | 'new-exception' | `exception:${number}`;

/** The National Panel: the Local Authority's notification and its clock, the rapid review report, the Panel's reply, and delays the Panel was told of. */
export function NationalPanelSection({ view, saveRecord, removeRecord }: SectionProps) {
  const stage = useStageEditing<Editing>();
  const notification = singleRecord(view, 'notification');
  const response = singleRecord(view, 'panel-response');
  const exceptions = recordsOfType(view, 'clock-exception');
  const formProps = { view, saveRecord, onCancel: stage.close };

  return (
    <section aria-labelledby="national-panel-heading" data-testid="national-panel-section">
      <SectionHeading lead="The Local Authority notifies the National Panel; the rapid review report goes to the Panel within 15 working days of that notification, and the Panel says whether it agrees with the local decision.">
        <span id="national-panel-heading">National Panel</span>
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />

      <h3 className="govuk-heading-m">The Local Authority’s notification</h3>
      {clocksFor(view.clocks, 'la-notification').map((clock) => (
        <ClockTag key={clock.subject} clock={clock} />
      ))}
      {stage.editing === 'notification' ? (
        <NotificationForm id={notification?.record.id ?? null} initial={notification?.data ?? null} {...formProps} onSaved={() => stage.saved('The notification has been saved.')} />
      ) : notification === null ? (
        <>
          <p className="govuk-body">The notification has not been recorded yet.</p>
          <OpenFormButton label="Record the notification" onClick={() => stage.open('notification')} hidden={!view.canEdit} />
        </>
      ) : (
        <>
          <SummaryRows
            testId="notification-summary"
            rows={[
              { key: 'The Local Authority became aware on', value: dateText(notification.data.laAwareOn) },
              { key: 'The National Panel was notified on', value: dateText(notification.data.notifiedOn) },
              { key: 'Notification reference', value: text(notification.data.notificationReference) },
            ]}
          />
          <RecordMeta record={notification.record} />
          <OpenFormButton label="Change the notification" onClick={() => stage.open('notification')} hidden={!view.canEdit} />
        </>
      )}

      <h3 className="govuk-heading-m">The rapid review report and the Panel’s response</h3>
      {clocksFor(view.clocks, 'rapid-review-report').map((clock) => (
        <ClockTag key={clock.subject} clock={clock} />
      ))}
      {stage.editing === 'panel-response' ? (
        <PanelResponseForm id={response?.record.id ?? null} initial={response?.data ?? null} {...formProps} onSaved={() => stage.saved('The report and response have been saved.')} />
      ) : response === null ? (
        <>
          <p className="govuk-body">The report has not been recorded as sent yet.</p>
          <OpenFormButton label="Record the report and the response" onClick={() => stage.open('panel-response')} hidden={!view.canEdit} />
        </>
      ) : (
        <>
          <SummaryRows
            testId="panel-response-summary"
            rows={[
              { key: 'Report sent on', value: dateText(response.data.reportSentOn) },
              { key: 'The National Panel’s response', value: response.data.response === null ? 'No reply yet' : PANEL_RESPONSE_LABELS[response.data.response] },
              { key: 'Replied on', value: dateText(response.data.respondedOn) },
              { key: 'Comments', value: text(response.data.comments) },
            ]}
          />
          <RecordMeta record={response.record} />
          <OpenFormButton label="Change the report and the response" onClick={() => stage.open('panel-response')} hidden={!view.canEdit} />
        </>
      )}

      <h3 className="govuk-heading-m">Delays and exceptions</h3>
      <p className="govuk-body">Delays and exceptions to any of the timescales must be shared with the National Panel.</p>
      <EmptyIfNone items={exceptions} message="No delays recorded." />
      {exceptions.map(({ record, data }) =>
        stage.editing === `exception:${record.id}` ? (
          <ClockExceptionForm key={record.id} id={record.id} initial={data} {...formProps} onSaved={() => stage.saved('The delay has been saved.')} />
        ) : (
          <RecordCard
            key={record.id}
            title={`Delay: ${CLOCK_DEFINITIONS[data.clock].label}${data.subject === '' ? '' : ` (${data.subject})`}`}
            record={record}
            onChange={view.canEdit ? () => stage.open(`exception:${record.id}`) : undefined}
            removeRecord={view.canEdit ? removeRecord : undefined}
            rows={[
              { key: 'Reason', value: data.reason },
              { key: 'The National Panel was told on', value: data.panelToldOn === null ? `${NOT_RECORDED}: the Panel must be told` : dateText(data.panelToldOn) },
            ]}
          />
        ),
      )}
      {stage.editing === 'new-exception' ? (
        <ClockExceptionForm id={null} initial={null} {...formProps} onSaved={() => stage.saved('The delay has been saved.')} />
      ) : (
        <OpenFormButton label="Record a delay or exception" onClick={() => stage.open('new-exception')} hidden={!view.canEdit} />
      )}
    </section>
  );
}
