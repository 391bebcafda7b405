import { useState } from 'react';
import { DateInput } from '../../components/form/DateInput.tsx';
import { TextInput } from '../components/TextInput.tsx';
import { dateOrNull } from './answers.ts';
import type { StageFormProps } from './form-props.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSave } from './use-record-save.ts';

/** The Local Authority's Serious Incident Notification to the National Panel, which starts the rapid-review clock. */
export function NotificationForm({ id, initial, saveRecord, onCancel, onSaved }: StageFormProps<'notification'>) {
  const saving = useRecordSave(saveRecord);
  const [laAwareOn, setLaAwareOn] = useState(initial?.laAwareOn ?? '');
  const [notifiedOn, setNotifiedOn] = useState(initial?.notifiedOn ?? '');
  const [notificationReference, setNotificationReference] = useState(initial?.notificationReference ?? '');
  const submit = async () => {
    if (await saving.save(id, 'notification', { laAwareOn, notifiedOn: dateOrNull(notifiedOn), notificationReference })) onSaved();
  };
  return (
    <RecordForm
      title={initial === null ? 'Record the notification to the National Panel' : 'Change the notification to the National Panel'}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the notification"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="notification-form"
    >
      <DateInput
        id="laAwareOn"
        label="Date the Local Authority became aware"
        hint="The Local Authority notifies the National Panel within 5 working days of becoming aware. For example, 27 3 2026"
        value={laAwareOn}
        onChange={setLaAwareOn}
        error={saving.errorFor('laAwareOn')}
      />
      <DateInput
        id="notifiedOn"
        label="Date the National Panel was notified"
        hint="Leave empty if the notification has not gone yet. The rapid review report is due 15 working days after this date."
        value={notifiedOn}
        onChange={setNotifiedOn}
        error={saving.errorFor('notifiedOn')}
      />
      <TextInput
        id="notificationReference"
        label="Notification reference (optional)"
        hint="The reference the Serious Incident Notification was given"
        value={notificationReference}
        onChange={setNotificationReference}
        error={saving.errorFor('notificationReference')}
        widthClass="govuk-input--width-20"
      />
    </RecordForm>
  );
}
