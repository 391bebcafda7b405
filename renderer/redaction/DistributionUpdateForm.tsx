/** Recording what came back about one draft sent: whether they may forward it, their reply, and their confirmation they deleted it. */
import { useState } from 'react';
import { distributionUpdate, type DistributionView } from '../../shared/reports/distribution.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { Checkbox } from '../components/form/Checkboxes.tsx';
import { DateInput } from '../components/form/DateInput.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { useWholeViewSave, type UseWholeView } from '../components/use-whole-view.ts';
import { useApi } from '../session/api-context.tsx';

export interface DistributionUpdateFormProps {
  readonly reference: string;
  readonly row: DistributionView;
  readonly applyResult: UseWholeView<ReportsView>['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: () => void;
}

export function DistributionUpdateForm({ reference, row, applyResult, onCancel, onSaved }: DistributionUpdateFormProps) {
  const call = useApi();
  const saving = useWholeViewSave(applyResult);
  const [mayForward, setMayForward] = useState(row.mayForward);
  const [replyReceivedOn, setReplyReceivedOn] = useState(row.replyReceivedOn ?? '');
  const [reply, setReply] = useState(row.reply);
  const [deletionConfirmedOn, setDeletionConfirmedOn] = useState(row.deletionConfirmedOn ?? '');

  const submit = async () => {
    const update = { mayForward, replyReceivedOn: replyReceivedOn === '' ? null : replyReceivedOn, reply, deletionConfirmedOn: deletionConfirmedOn === '' ? null : deletionConfirmedOn };
    if (await saving.submit(distributionUpdate, update, 'update.', (checked) => call('reports.updateDistribution', { reference, id: row.id, update: checked }))) onSaved();
  };

  return (
    <RecordForm
      title={`Update the draft sent to ${row.recipient} (version ${row.version})`}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="distribution-update-form"
    >
      <Checkbox id="mayForward" label="They may forward it" hint="Only with the lead reviewer’s permission" checked={mayForward} onChange={setMayForward} error={saving.errorFor('mayForward')} />
      <DateInput id="replyReceivedOn" label="Date their factual-accuracy reply came (optional)" value={replyReceivedOn} onChange={setReplyReceivedOn} error={saving.errorFor('replyReceivedOn')} />
      <TextArea id="reply" label="Their reply (optional)" hint="What they said was factually wrong, or that they had nothing to correct" value={reply} onChange={setReply} error={saving.errorFor('reply')} rows={4} />
      <DateInput
        id="deletionConfirmedOn"
        label="Date they confirmed deleting it (optional)"
        hint="When the review has ended, each recipient confirms they deleted their draft. For example, 27 3 2026"
        value={deletionConfirmedOn}
        onChange={setDeletionConfirmedOn}
        error={saving.errorFor('deletionConfirmedOn')}
      />
    </RecordForm>
  );
}
