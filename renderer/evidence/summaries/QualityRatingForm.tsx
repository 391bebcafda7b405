import { useState } from 'react';
import { QUALITY_RATING_LABELS, QUALITY_RATINGS, qualityRatingInput } from '../../../shared/evidence/agency-summary.ts';
import type { EvidenceView, SummaryView } from '../../../shared/evidence/evidence-view.ts';
import { Radios } from '../../components/form/Radios.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { choiceOrNull } from '../../case/stages/answers.ts';
import { RecordForm } from '../../case/stages/RecordForm.tsx';
import { useApi } from '../../session/api-context.tsx';
import { useEvidenceSave, type UseEvidence } from '../use-evidence.ts';

export interface QualityRatingFormProps {
  readonly view: EvidenceView;
  readonly summary: SummaryView;
  readonly applyResult: UseEvidence['applyResult'];
  readonly onCancel: () => void;
  readonly onSaved: (message: string) => void;
}

/** The Business Unit's judgement of a summary's quality; the annual "quality of agency summaries" figure counts these. */
export function QualityRatingForm({ view, summary, applyResult, onCancel, onSaved }: QualityRatingFormProps) {
  const call = useApi();
  const saving = useEvidenceSave(applyResult);
  const [rating, setRating] = useState<string>(summary.rating?.rating ?? '');
  const [note, setNote] = useState(summary.rating?.note ?? '');

  const submit = async () => {
    const saved = await saving.submit(qualityRatingInput, { rating: choiceOrNull(rating) ?? undefined, note }, 'rating.', (value) =>
      call('summaries.rate', { reference: view.reference, agency: summary.agency, rating: value }),
    );
    if (saved) onSaved(`The quality rating of the summary from ${summary.agency} has been saved.`);
  };

  return (
    <RecordForm
      title={`Rate the summary from ${summary.agency}`}
      errors={saving.errors}
      saving={saving.saving}
      submitLabel="Save the rating"
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="rating-form"
    >
      <Radios
        id="rating"
        legend="How good is the summary?"
        value={rating}
        onChange={setRating}
        error={saving.errorFor('rating')}
        options={QUALITY_RATINGS.map((value) => ({ value, label: QUALITY_RATING_LABELS[value] }))}
      />
      <TextArea id="note" label="Why? (optional)" hint="What made it good, or what was missing" value={note} onChange={setNote} error={saving.errorFor('note')} rows={3} />
    </RecordForm>
  );
}
