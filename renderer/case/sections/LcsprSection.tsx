import { REVIEW_METHOD_LABELS } from '../../../shared/reviews/records.ts';
import { listNamedPeople, describeNamedPerson, RecordMeta } from '../components/RecordMeta.tsx';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { ClockTag, clocksFor } from '../stages/ClockTag.tsx';
import { dateText, NOT_RECORDED, text, yesNoText } from '../stages/describe-values.ts';
import { FindingsForm } from '../stages/FindingsForm.tsx';
import { LcsprSetUpForm } from '../stages/LcsprSetUpForm.tsx';
import { MethodForm } from '../stages/MethodForm.tsx';
import { OpenFormButton } from '../stages/OpenFormButton.tsx';
import { singleRecord } from '../stages/record-data.ts';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';
import { SummaryRows } from '../stages/SummaryRows.tsx';

type Editing = 'lcspr-set-up' | 'method' | 'findings';

function checkWords(done: boolean): string {
  return done ? 'Yes' : 'Not yet';
}

/**
 * Review arrangements: an LCSPR's set-up (lead reviewer, terms of reference, groups, method,
 * family involvement); for the other kinds of review, the method and the findings.
 */
export function LcsprSection({ view, saveRecord }: SectionProps) {
  const stage = useStageEditing<Editing>();
  const setUp = singleRecord(view, 'lcspr-set-up');
  const method = singleRecord(view, 'method');
  const findings = singleRecord(view, 'findings');
  const isLcspr = view.summary.kind === 'lcspr';
  const showSetUp = isLcspr || setUp !== null;
  const showOthers = !isLcspr || method !== null || findings !== null;
  const formProps = { view, saveRecord, onCancel: stage.close };

  return (
    <section aria-labelledby="lcspr-heading" data-testid="lcspr-section">
      <SectionHeading
        lead={
          isLcspr
            ? 'Setting up the local child safeguarding practice review: the lead reviewer, the terms of reference, the review and case groups, the method, and how the child and family are involved.'
            : 'How the review is carried out: the method chosen and, at the end, its findings.'
        }
      >
        <span id="lcspr-heading">{isLcspr ? 'LCSPR set-up' : 'Review arrangements'}</span>
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />

      {showSetUp ? (
        <>
          {showOthers ? <h3 className="govuk-heading-m">LCSPR set-up</h3> : null}
          {clocksFor(view.clocks, 'lead-reviewer').map((clock) => (
            <ClockTag key={clock.subject} clock={clock} />
          ))}
          {stage.editing === 'lcspr-set-up' ? (
            <LcsprSetUpForm id={setUp?.record.id ?? null} initial={setUp?.data ?? null} {...formProps} onSaved={() => stage.saved('The LCSPR set-up has been saved.')} />
          ) : setUp === null ? (
            <>
              <p className="govuk-body">Nothing has been recorded about the LCSPR’s set-up yet.</p>
              <OpenFormButton label="Set up the LCSPR" onClick={() => stage.open('lcspr-set-up')} hidden={!view.canEdit} />
            </>
          ) : (
            <>
              <SummaryRows
                testId="lcspr-summary"
                rows={[
                  {
                    key: 'Lead reviewer',
                    value: setUp.data.leadReviewerName === '' ? NOT_RECORDED : `${setUp.data.leadReviewerName}${setUp.data.leadReviewerOrganisation === '' ? '' : ` (${setUp.data.leadReviewerOrganisation})`}`,
                  },
                  { key: 'Appointed on', value: dateText(setUp.data.leadReviewerAppointedOn) },
                  { key: 'Meets the reviewer specification', value: checkWords(setUp.data.meetsSpecification) },
                  { key: 'Has read the policy', value: checkWords(setUp.data.hasReadPolicy) },
                  { key: 'Contract signed', value: checkWords(setUp.data.contractSigned) },
                  { key: 'Terms of reference', value: text(setUp.data.termsOfReference) },
                  { key: 'Terms drafted on', value: dateText(setUp.data.termsDraftedOn) },
                  { key: 'Agreed by the review group on', value: dateText(setUp.data.termsAgreedOn) },
                  { key: 'Signed off at the PRSG on', value: dateText(setUp.data.termsSignedOffOn) },
                  { key: 'Review group chair', value: setUp.data.reviewGroupChair === null ? NOT_RECORDED : describeNamedPerson(setUp.data.reviewGroupChair) },
                  { key: 'Review group', value: setUp.data.reviewGroup.length === 0 ? NOT_RECORDED : listNamedPeople(setUp.data.reviewGroup) },
                  { key: 'Case group', value: setUp.data.caseGroup.length === 0 ? NOT_RECORDED : listNamedPeople(setUp.data.caseGroup) },
                  { key: 'Method', value: setUp.data.method === null ? 'Not chosen yet' : REVIEW_METHOD_LABELS[setUp.data.method] },
                  { key: 'The child and family are involved', value: yesNoText(setUp.data.familyInvolved) },
                  ...(setUp.data.familyInvolved === true ? [{ key: 'How', value: text(setUp.data.familyInvolvementHow) }] : []),
                  ...(setUp.data.familyInvolved === false ? [{ key: 'Why not', value: text(setUp.data.familyNotInvolvedReasons) }] : []),
                ]}
              />
              <RecordMeta record={setUp.record} />
              <OpenFormButton label="Change the LCSPR set-up" onClick={() => stage.open('lcspr-set-up')} hidden={!view.canEdit} />
            </>
          )}
        </>
      ) : null}

      {showOthers ? (
        <>
          <h3 className="govuk-heading-m">Method</h3>
          {stage.editing === 'method' ? (
            <MethodForm id={method?.record.id ?? null} initial={method?.data ?? null} {...formProps} onSaved={() => stage.saved('The method has been saved.')} />
          ) : method === null ? (
            <>
              <p className="govuk-body">No method chosen yet.</p>
              <OpenFormButton label="Record the method" onClick={() => stage.open('method')} hidden={!view.canEdit} />
            </>
          ) : (
            <>
              <SummaryRows
                testId="method-summary"
                rows={[
                  { key: 'Method', value: REVIEW_METHOD_LABELS[method.data.method] },
                  { key: 'Chosen on', value: dateText(method.data.chosenOn) },
                  { key: 'Notes', value: text(method.data.notes) },
                ]}
              />
              <RecordMeta record={method.record} />
              <OpenFormButton label="Change the method" onClick={() => stage.open('method')} hidden={!view.canEdit} />
            </>
          )}
          <h3 className="govuk-heading-m">Findings</h3>
          {stage.editing === 'findings' ? (
            <FindingsForm id={findings?.record.id ?? null} initial={findings?.data ?? null} {...formProps} onSaved={() => stage.saved('The findings have been saved.')} />
          ) : findings === null ? (
            <>
              <p className="govuk-body">No findings recorded yet.</p>
              <OpenFormButton label="Record the findings" onClick={() => stage.open('findings')} hidden={!view.canEdit} />
            </>
          ) : (
            <>
              <SummaryRows
                testId="findings-summary"
                rows={[
                  { key: 'Findings', value: findings.data.summary },
                  { key: 'Completed on', value: dateText(findings.data.completedOn) },
                ]}
              />
              <RecordMeta record={findings.record} />
              <OpenFormButton label="Change the findings" onClick={() => stage.open('findings')} hidden={!view.canEdit} />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
