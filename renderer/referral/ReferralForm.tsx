import { useState, type FormEvent, type ReactNode } from 'react';
import { CASE_KIND_LABELS, REFERRAL_KINDS } from '../../shared/case-kinds.ts';
import type { Result } from '../../shared/errors.ts';
import type { RecordData, RecordInput } from '../../shared/reviews/records.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { errorFor, type FieldError } from '../components/field-errors.ts';
import { Checkboxes } from '../components/form/Checkboxes.tsx';
import { DateInput } from '../components/form/DateInput.tsx';
import { Radios, YES_NO } from '../components/form/Radios.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { fieldErrorsFrom } from '../components/problems.ts';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { OrganisationSuggestions } from '../case/components/OrganisationSuggestions.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import { useOrganisations } from '../case/components/use-organisations.ts';
import { checkReferral } from './check-referral.ts';
import { answersFromReferral, EMPTY_REFERRAL, referralFromAnswers, type GoodOutcomeField, type ReferralAnswers } from './referral-answers.ts';

const KIND_HINTS: Readonly<Record<(typeof REFERRAL_KINDS)[number], string>> = {
  'rapid-review': 'A child died or was seriously harmed, and abuse or neglect is known or suspected',
  'non-statutory-review': 'There may be learning, but the statutory criteria are not met',
  'serious-offence-review': 'A child has been charged with a serious offence, and the rapid-review criteria are not met',
  'good-outcome-review': 'Multi-agency practice made an exceptionally positive difference: learning from success',
  'care-leaver-signpost': 'The death of a care leaver under 25: the referral goes to the adults board for a Safeguarding Adult Review',
};

const GOOD_OUTCOME_QUESTIONS: ReadonlyArray<{ readonly field: GoodOutcomeField; readonly label: string; readonly hint?: string }> = [
  { field: 'livedExperience', label: 'The child’s lived experience, and how we know it improved', hint: 'In plain English, from the child’s point of view' },
  { field: 'stepsTaken', label: 'The steps taken' },
  { field: 'before', label: 'What was happening before, and why change was needed' },
  { field: 'barriers', label: 'The barriers, and how they were overcome' },
  { field: 'effect', label: 'The evaluated effect', hint: 'What changed, and how it was measured or seen' },
  { field: 'learning', label: 'The learning for others' },
];

export interface ReferralFormProps {
  /** The referral as recorded, when changing it; null for a new referral. */
  readonly initial: RecordData<'referral'> | null;
  /** Sends the checked referral; main's problems come back under `problemPrefix`. */
  readonly onSubmit: (referral: RecordInput<'referral'>) => Promise<Result<unknown>>;
  /** "referral." for cases.create, "record.data." for records.save. */
  readonly problemPrefix: string;
  readonly submitText: string;
  readonly onCancel?: () => void;
  /** 2 on its own page (under the page's h1), 4 inside a case's section (under its h2 and the form's h3). */
  readonly headingLevel: 2 | 4;
  /** The page's title, so "Error: " can go in front of it while there are problems. */
  readonly pageTitle: string;
}

/** Every field of a referral, as DOMAIN.md lists them: for a new referral and for changing one. */
export function ReferralForm({ initial, onSubmit, problemPrefix, submitText, onCancel, headingLevel, pageTitle }: ReferralFormProps) {
  const organisations = useOrganisations();
  const [answers, setAnswers] = useState<ReferralAnswers>(() => (initial === null ? EMPTY_REFERRAL : answersFromReferral(initial)));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  useDocumentTitle(pageTitle, errors.length > 0);

  const set =
    <K extends keyof ReferralAnswers>(field: K) =>
    (value: ReferralAnswers[K]) =>
      setAnswers((current) => ({ ...current, [field]: value }));
  const setGoodOutcome = (field: GoodOutcomeField) => (value: string) => setAnswers((current) => ({ ...current, goodOutcome: { ...current.goodOutcome, [field]: value } }));
  const error = (field: string) => errorFor(errors, field);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const checked = checkReferral(referralFromAnswers(answers));
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    const result = await onSubmit(checked.referral);
    setSaving(false);
    if (!result.ok && result.error.code !== 'LOCKED') setErrors(fieldErrorsFrom(result.error, problemPrefix));
    else if (result.ok) setErrors([]);
  };

  // An agency already on the referral stays ticked and listed, even if an administrator has since renamed it.
  const agencyOptions = [...new Set([...organisations.agencies, ...answers.agencies])].map((name) => ({ value: name, label: name }));
  const heading = (text: string): ReactNode => (headingLevel === 2 ? <h2 className="govuk-heading-m">{text}</h2> : <h4 className="govuk-heading-s">{text}</h4>);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="referral-form">
      <ErrorSummary errors={errors} />
      <OrganisationSuggestions id="referral-organisations" organisations={organisations.all} />

      {heading('The referral')}
      <Radios
        id="kindRequested"
        legend="Kind of review requested"
        value={answers.kindRequested}
        onChange={set('kindRequested')}
        options={REFERRAL_KINDS.map((kind) => ({ value: kind, label: CASE_KIND_LABELS[kind], hint: KIND_HINTS[kind] }))}
        error={error('kindRequested')}
      />
      <TextInput id="referrerName" label="Referrer’s name" value={answers.referrerName} onChange={set('referrerName')} error={error('referrerName')} widthClass="govuk-input--width-30" />
      <TextInput
        id="referrerAgency"
        label="Referrer’s agency"
        hint="Choose from the partnership’s agencies as you type, or enter another"
        value={answers.referrerAgency}
        onChange={set('referrerAgency')}
        error={error('referrerAgency')}
        widthClass="govuk-input--width-30"
        list="referral-organisations"
      />
      <DateInput id="incidentDate" label="Incident date" value={answers.incidentDate} onChange={set('incidentDate')} error={error('incidentDate')} />
      <DateInput
        id="referralDate"
        label="Date the referral was received"
        hint="A referral should be made within 5 days of the incident. For example, 27 3 2026"
        value={answers.referralDate}
        onChange={set('referralDate')}
        error={error('referralDate')}
      />

      {heading('Statutory criteria')}
      <Radios
        id="criteriaDeathOrSeriousHarm"
        legend="Did the child die or suffer serious harm?"
        value={answers.criteriaDeathOrSeriousHarm}
        onChange={set('criteriaDeathOrSeriousHarm')}
        options={[
          { value: 'death', label: 'The child died' },
          { value: 'serious-harm', label: 'The child was seriously harmed' },
          { value: 'neither', label: 'Neither' },
        ]}
        error={error('criteriaDeathOrSeriousHarm')}
      />
      <Radios
        id="criteriaAbuseOrNeglect"
        legend="Is abuse or neglect known or suspected?"
        value={answers.criteriaAbuseOrNeglect}
        onChange={set('criteriaAbuseOrNeglect')}
        options={YES_NO}
        inline
        error={error('criteriaAbuseOrNeglect')}
      />

      {heading('Before the referral')}
      <Radios
        id="leadConsulted"
        legend="Was a safeguarding lead or PRSG member consulted?"
        hint="A referral is discussed with a safeguarding lead or a member of the Practice Review Subgroup, who quality-assures it"
        value={answers.leadConsulted}
        onChange={set('leadConsulted')}
        options={YES_NO}
        inline
        error={error('leadConsulted')}
      />
      {answers.leadConsulted === 'yes' ? (
        <TextInput id="leadConsultedName" label="Who was consulted" hint="Their name and role" value={answers.leadConsultedName} onChange={set('leadConsultedName')} error={error('leadConsultedName')} />
      ) : null}
      <Radios
        id="familyConsulted"
        legend="Were the child and family consulted and prepared?"
        value={answers.familyConsulted}
        onChange={set('familyConsulted')}
        options={YES_NO}
        inline
        error={error('familyConsulted')}
      />
      {answers.familyConsulted === 'no' ? (
        <TextArea id="familyNotConsultedReason" label="Why the family were not consulted" value={answers.familyNotConsultedReason} onChange={set('familyNotConsultedReason')} error={error('familyNotConsultedReason')} rows={3} />
      ) : null}

      {heading('The child and what happened')}
      <TextArea
        id="aboutTheChild"
        label="About the child"
        hint="A pen picture of the child’s life, not agency activity: who they are, what mattered to them, who was important to them"
        value={answers.aboutTheChild}
        onChange={set('aboutTheChild')}
        error={error('aboutTheChild')}
        rows={6}
      />
      <TextArea id="whatHappened" label="What happened" value={answers.whatHappened} onChange={set('whatHappened')} error={error('whatHappened')} rows={6} />
      <TextArea id="whyLearning" label="Why there may be learning" hint="What about how agencies worked together might be learned from" value={answers.whyLearning} onChange={set('whyLearning')} error={error('whyLearning')} />
      <TextArea
        id="immediateSafetyActions"
        label="Immediate safety actions (optional)"
        hint="What has been done to keep the child, and any other children, safe"
        value={answers.immediateSafetyActions}
        onChange={set('immediateSafetyActions')}
        error={error('immediateSafetyActions')}
        rows={4}
      />

      {heading('Agencies involved')}
      <Checkboxes
        id="agencies"
        legend="Which agencies were involved with the child or family?"
        hint="Select all that apply. People, children and practitioners are added to the case after the referral is recorded"
        value={answers.agencies}
        onChange={set('agencies')}
        options={agencyOptions}
        small
        error={error('agencies')}
      />

      {answers.kindRequested === 'good-outcome-review' ? (
        <>
          {heading('The good outcome')}
          <p className="govuk-body">A good outcome review learns from success. Answer each question in plain English.</p>
          {GOOD_OUTCOME_QUESTIONS.map((question) => (
            <TextArea
              key={question.field}
              id={`goodOutcome-${question.field}`}
              label={question.label}
              {...(question.hint === undefined ? {} : { hint: question.hint })}
              value={answers.goodOutcome[question.field]}
              onChange={setGoodOutcome(question.field)}
              error={error(`goodOutcome-${question.field}`)}
              rows={4}
            />
          ))}
        </>
      ) : null}

      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" aria-disabled={saving}>
          {saving ? 'Saving…' : submitText}
        </button>
        {onCancel === undefined ? null : (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
