import { STATUTORY_PARTNER_LABELS, STATUTORY_PARTNERS } from '../../../shared/organisations.ts';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { describeNamedPerson, RecordMeta } from '../components/RecordMeta.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { ClockTag, clocksFor } from '../stages/ClockTag.tsx';
import { dateText, listInWords, text } from '../stages/describe-values.ts';
import { OpenFormButton } from '../stages/OpenFormButton.tsx';
import { PUBLICATION_DECISION_LABELS, PublicationForm } from '../stages/PublicationForm.tsx';
import { recordsOfType, singleRecord } from '../stages/record-data.ts';
import { RecordList } from '../stages/RecordList.tsx';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';
import { SignOffForm } from '../stages/SignOffForm.tsx';
import { SummaryRows } from '../stages/SummaryRows.tsx';

/** Sign-off of the final report by each statutory partner, then publication: the decision, the Panel's copy, and the dates it went up and came down. */
export function SignOffAndPublicationSection({ view, saveRecord, removeRecord }: SectionProps) {
  const stage = useStageEditing<string>();
  const signed = new Set(recordsOfType(view, 'sign-off').map(({ data }) => data.partner));
  const stillToSign = STATUTORY_PARTNERS.filter((partner) => !signed.has(partner)).map((partner) => STATUTORY_PARTNER_LABELS[partner]);
  const publication = singleRecord(view, 'publication');
  const formProps = { view, saveRecord, onCancel: stage.close };

  return (
    <section aria-labelledby="sign-off-heading" data-testid="sign-off-and-publication-section">
      <SectionHeading lead="The Local Authority, Police and the ICB (health) each sign off the final report before it can be published.">
        <span id="sign-off-heading">Sign-off and publication</span>
      </SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />

      <h3 className="govuk-heading-m">Sign-off</h3>
      <p className="govuk-body" data-testid="sign-off-status">
        {stillToSign.length === 0 ? (
          <>
            <strong className="govuk-tag govuk-tag--green">Signed off</strong> All three statutory partners have signed off the report.
          </>
        ) : (
          <>
            <strong className="govuk-tag govuk-tag--grey">Not signed off</strong> Still to sign off: {listInWords(stillToSign)}.
          </>
        )}
      </p>
      <RecordList
        view={view}
        type="sign-off"
        removeRecord={removeRecord}
        editing={stage.editing}
        open={stage.open}
        emptyMessage="No sign-offs recorded yet."
        addLabel="Record a sign-off"
        sort={(a, b) => STATUTORY_PARTNERS.indexOf(a.data.partner) - STATUTORY_PARTNERS.indexOf(b.data.partner)}
        card={({ data }) => ({
          title: `${STATUTORY_PARTNER_LABELS[data.partner]}: signed off`,
          rows: [
            { key: 'Signed by', value: describeNamedPerson(data.person) },
            { key: 'Date', value: dateText(data.signedOn) },
          ],
        })}
        form={(id, initial) => <SignOffForm id={id} initial={initial} {...formProps} onSaved={() => stage.saved('The sign-off has been saved.')} />}
      />

      <h3 className="govuk-heading-m">Publication</h3>
      {[...clocksFor(view.clocks, 'panel-copy'), ...clocksFor(view.clocks, 'publication-kept')].map((clock) => (
        <ClockTag key={`${clock.clock}:${clock.subject}`} clock={clock} />
      ))}
      {stage.editing === 'publication' ? (
        <PublicationForm id={publication?.record.id ?? null} initial={publication?.data ?? null} {...formProps} onSaved={() => stage.saved('The publication has been saved.')} />
      ) : publication === null ? (
        <>
          <p className="govuk-body">No publication decision recorded yet.</p>
          <OpenFormButton label="Record the publication decision" onClick={() => stage.open('publication')} hidden={!view.canEdit} />
        </>
      ) : (
        <>
          <SummaryRows
            testId="publication-summary"
            rows={[
              { key: 'Decision', value: PUBLICATION_DECISION_LABELS[publication.data.decision] },
              ...(publication.data.decision === 'do-not-publish'
                ? [
                    { key: 'Reasons not to publish', value: text(publication.data.reasonsNotToPublish) },
                    { key: 'The National Panel’s advice sought on', value: dateText(publication.data.panelAdviceSoughtOn) },
                    { key: 'What the National Panel advised', value: text(publication.data.panelAdvice) },
                  ]
                : []),
              { key: 'Community impact assessment', value: text(publication.data.communityImpactAssessment) },
              ...(publication.data.decision === 'publish'
                ? [
                    { key: 'Copy sent to the National Panel on', value: dateText(publication.data.panelCopySentOn) },
                    { key: 'Published on', value: dateText(publication.data.publicationDate) },
                    {
                      key: 'Taken off the website on',
                      value: publication.data.removalDate === null ? 'Still on the website' : `${dateText(publication.data.removalDate)}. The report is kept and available on request.`,
                    },
                  ]
                : []),
            ]}
          />
          <RecordMeta record={publication.record} />
          <OpenFormButton label="Change the publication" onClick={() => stage.open('publication')} hidden={!view.canEdit} />
        </>
      )}
    </section>
  );
}
