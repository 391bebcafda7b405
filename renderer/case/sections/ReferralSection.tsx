import { useEffect, useRef, useState } from 'react';
import { referralRecord, type RecordInput } from '../../../shared/reviews/records.ts';
import { ReferralForm } from '../../referral/ReferralForm.tsx';
import { ReferralSummary } from '../../referral/ReferralSummary.tsx';
import { FormHeading } from '../components/FormHeading.tsx';
import { OutcomeBanner } from '../components/OutcomeBanner.tsx';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { RecordMeta } from '../components/RecordMeta.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';

/** The referral as received, read-only, with a "Change" that opens the same form as a new referral. */
export function ReferralSection({ view, saveRecord }: SectionProps) {
  const [changing, setChanging] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  // Back from the form without saving: focus returns to the button that opened it.
  useEffect(() => {
    if (cancelled && !changing) changeButton.current?.focus();
  }, [cancelled, changing]);
  const record = view.records.find((each) => each.type === 'referral') ?? null;
  // Stored data is whatever main sent: read it through the schema, so a field added since fills in its default.
  const parsed = record === null ? null : referralRecord.safeParse(record.data);
  const referral = parsed?.success === true ? parsed.data : null;

  const save = async (data: RecordInput<'referral'>) => {
    const result = await saveRecord(record?.id ?? null, { type: 'referral', data });
    if (result.ok) {
      setChanging(false);
      setBanner('The referral has been changed');
    }
    return result;
  };

  return (
    <>
      {banner === null || changing ? null : <OutcomeBanner heading={banner} />}
      <SectionHeading>Referral</SectionHeading>
      {view.canEdit ? null : <ReadOnlyNotice />}
      {record === null || referral === null ? (
        <p className="govuk-body" data-testid="referral-missing">
          {record === null ? 'No referral has been recorded on this case.' : 'The referral recorded on this case could not be read. Ask IT to check the store.'}
        </p>
      ) : changing ? (
        <>
        <FormHeading>Change the referral</FormHeading>
        <ReferralForm
          initial={referral}
          onSubmit={save}
          problemPrefix="record.data."
          submitText="Save the changes"
          onCancel={() => {
            setCancelled(true);
            setChanging(false);
          }}
          headingLevel={4}
          pageTitle={`Referral – case ${view.summary.reference}`}
        />
        </>
      ) : (
        <>
          <RecordMeta record={record} />
          <ReferralSummary referral={referral} />
          {view.canEdit ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              ref={changeButton}
              onClick={() => {
                setBanner(null);
                setCancelled(false);
                setChanging(true);
              }}
            >
              Change<span className="govuk-visually-hidden"> the referral</span>
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
