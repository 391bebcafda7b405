import type { SecuringView } from '../../../shared/vault/securing.ts';
import { EvidenceNotShown } from '../../evidence/EvidenceNotShown.tsx';
import { NoAgencyAsked } from '../../securing/NoAgencyAsked.tsx';
import { SecuringCard } from '../../securing/SecuringCard.tsx';
import type { SecuringEditing } from '../../securing/securing-editing.ts';
import { SecuringTable } from '../../securing/SecuringTable.tsx';
import { useSecuring, type UseSecuring } from '../../securing/use-securing.ts';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { SavedNotice, useStageEditing } from '../stages/SavedNotice.tsx';

/**
 * Policy 16, the Business Unit's side: for each agency asked for information, whether it was
 * asked to secure its files, its confirmation that they are secured, and at the close its
 * instruction to release or destroy them. The files themselves stay with the agency.
 */
export function SecuringSection({ view: caseView, navigate, refreshCase }: SectionProps) {
  const reference = caseView.summary.reference;
  const securing = useSecuring(reference, refreshCase);
  return (
    <section aria-labelledby="securing-heading" data-testid="securing-section">
      <SectionHeading lead="Whether each agency was asked to secure its records about the case, its confirmation that they are secured, and at the close its instruction to release or destroy them. The records stay the agency’s.">
        <span id="securing-heading">Securing files</span>
      </SectionHeading>
      {securing.load.state === 'loaded' ? (
        <Securing view={securing.load.view} applyResult={securing.applyResult} navigate={navigate} />
      ) : (
        <EvidenceNotShown load={securing.load} what="the securing of agencies’ files" onRetry={securing.reload} />
      )}
    </section>
  );
}

interface SecuringProps {
  readonly view: SecuringView;
  readonly applyResult: UseSecuring['applyResult'];
  readonly navigate: SectionProps['navigate'];
}

function Securing({ view, applyResult, navigate }: SecuringProps) {
  const stage = useStageEditing<SecuringEditing>();
  return (
    <>
      {view.canEdit ? null : <ReadOnlyNotice />}
      <SavedNotice message={stage.notice} />
      {view.rows.length === 0 ? (
        <NoAgencyAsked reference={view.reference} navigate={navigate} />
      ) : (
        <>
          <SecuringTable rows={view.rows} />
          {view.rows.map((row, index) => (
            <SecuringCard
              key={row.agency}
              reference={view.reference}
              row={row}
              index={index}
              canEdit={view.canEdit}
              applyResult={applyResult}
              editing={stage.editing}
              open={stage.open}
              close={stage.close}
              saved={stage.saved}
            />
          ))}
        </>
      )}
    </>
  );
}
