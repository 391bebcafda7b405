import { useState } from 'react';
import type { RecordInput } from '../../shared/reviews/records.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { leaveArrivalBanner } from '../case/arrival-banner.ts';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { ReferralForm } from './ReferralForm.tsx';

export interface NewReferralScreenProps {
  /** After main has created the case: the screen sends the person to it with navigate(). */
  readonly navigate: Navigate;
}

/**
 * Recording a referral as received, which opens its case. The people come next, on the case's
 * own page: that is where the child or children, family and practitioners are added.
 */
export function NewReferralScreen({ navigate }: NewReferralScreenProps) {
  const call = useApi();
  // A second press while the first create is on its way must not open a second case.
  const [created, setCreated] = useState(false);

  const create = async (referral: RecordInput<'referral'>) => {
    if (created) return { ok: true as const, value: null };
    const result = await call('cases.create', { referral });
    if (result.ok) {
      setCreated(true);
      const { reference } = result.value.summary;
      leaveArrivalBanner(reference, {
        heading: `The referral has been recorded as case ${reference}`,
        body: 'Now add the child or children the referral is about, so that everyone on the case is published under the right name from the start.',
      });
      navigate({ name: 'case', reference, section: 'people' });
    }
    return result;
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption="New case">Record a referral</PageHeading>
        <p className="govuk-body">Record the referral as the Business Unit received it. Saving it opens a case, with its reference, and starts the screening clock.</p>
        <ReferralForm initial={null} onSubmit={create} problemPrefix="referral." submitText="Record the referral" headingLevel={2} pageTitle="Record a referral" />
      </div>
    </div>
  );
}
