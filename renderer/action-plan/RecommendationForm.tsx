/**
 * Adding or changing a recommendation: what it recommends, its type and the systemic factor it
 * addresses. A new one may start from a finding of the case discussion, whose words fill the
 * recommendation for the person to make into a recommendation.
 */
import { useState } from 'react';
import { RECOMMENDATION_TYPE_LABELS, RECOMMENDATION_TYPES, recommendationInput, type ActionPlanView, type RecommendationView } from '../../shared/actions/action-plan.ts';
import type { Result } from '../../shared/errors.ts';
import { Radios } from '../components/form/Radios.tsx';
import { Select } from '../components/form/Select.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { RecordForm } from '../case/stages/RecordForm.tsx';
import { useFormSave } from '../reports/use-form-save.ts';
import { useApi } from '../session/api-context.tsx';
import { shortened } from './plan-words.ts';

const TYPE_OPTIONS = RECOMMENDATION_TYPES.map((type) => ({ value: type, label: RECOMMENDATION_TYPE_LABELS[type] }));
/** Main's problems are inside "recommendation."; this form's boxes add "recommendation-" so they are unique on the page. */
const onScreen = (field: string) => `recommendation-${field}`;

export interface RecommendationFormProps {
  readonly view: ActionPlanView;
  /** The recommendation to change; undefined for a new one. */
  readonly recommendation: RecommendationView | undefined;
  readonly applyResult: (result: Result<ActionPlanView>) => Result<ActionPlanView>;
  readonly onSaved: (heading: string) => void;
  readonly onCancel: () => void;
}

export function RecommendationForm({ view, recommendation, applyResult, onSaved, onCancel }: RecommendationFormProps) {
  const call = useApi();
  const saving = useFormSave(applyResult, { problemPrefix: 'recommendation.', fieldFor: onScreen });
  const [fromFinding, setFromFinding] = useState(recommendation?.fromFinding ?? '');
  const [text, setText] = useState(recommendation?.text ?? '');
  const [type, setType] = useState<string>(recommendation?.type ?? '');
  const [systemicFactor, setSystemicFactor] = useState(recommendation?.systemicFactor ?? '');

  // A finding's words fill the recommendation only while the person has not written their own.
  const chooseFinding = (path: string) => {
    const previous = view.findings.find((finding) => finding.path === fromFinding);
    const chosen = view.findings.find((finding) => finding.path === path);
    setFromFinding(path);
    if (chosen !== undefined && (text.trim() === '' || text === previous?.text)) setText(chosen.text);
  };

  const submit = async () => {
    const answers = { text, type: type === '' ? undefined : type, systemicFactor, fromFinding };
    let number = recommendation?.number ?? null;
    const saved = await saving.submit(recommendationInput, answers, async (value) => {
      const result = await call('actionPlan.saveRecommendation', { reference: view.reference, id: recommendation?.id ?? null, recommendation: value });
      // A new recommendation takes the next number: the last one in the plan main sends back.
      if (result.ok && number === null) number = result.value.recommendations.at(-1)?.number ?? null;
      return result;
    });
    if (!saved) return;
    if (recommendation !== undefined) onSaved(`Recommendation ${recommendation.number} has been changed`);
    else onSaved(number === null ? 'The recommendation has been added' : `Recommendation ${number} has been added`);
  };

  const findingOptions = view.findings.map((finding) => ({ value: finding.path, label: `${finding.frame}: ${shortened(finding.text, 90)}` }));
  return (
    <RecordForm
      title={recommendation === undefined ? 'Add a recommendation' : `Change recommendation ${recommendation.number}`}
      lead="Say what should change, the kind of recommendation it is, and the systemic factor in how agencies work together that it addresses."
      errors={saving.errors}
      saving={saving.saving}
      submitLabel={recommendation === undefined ? 'Add the recommendation' : 'Save the recommendation'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      testId="recommendation-form"
    >
      {findingOptions.length === 0 ? null : (
        <Select
          id="recommendation-fromFinding"
          label="Start from a finding (optional)"
          hint="A finding of the case discussion. Its words fill the recommendation below, for you to change."
          value={fromFinding}
          onChange={chooseFinding}
          options={findingOptions}
          emptyLabel="None: write it afresh"
          error={saving.errorFor('recommendation-fromFinding')}
        />
      )}
      <TextArea id="recommendation-text" label="Recommendation" hint="What should change, and who should change it" value={text} onChange={setText} error={saving.errorFor('recommendation-text')} rows={4} />
      <Radios id="recommendation-type" legend="Type of recommendation" value={type} onChange={setType} options={TYPE_OPTIONS} error={saving.errorFor('recommendation-type')} />
      <TextArea
        id="recommendation-systemicFactor"
        label="Systemic factor it addresses"
        hint="For example, how information is shared between agencies when a family moves area"
        value={systemicFactor}
        onChange={setSystemicFactor}
        error={saving.errorFor('recommendation-systemicFactor')}
        rows={3}
      />
    </RecordForm>
  );
}
