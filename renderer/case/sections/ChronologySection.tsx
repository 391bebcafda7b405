import { useMemo, useState } from 'react';
import type { CompositeEntry } from '../../../shared/evidence/composite.ts';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import type { Result } from '../../../shared/errors.ts';
import { CompositeChronology } from '../../evidence/chronology/CompositeChronology.tsx';
import { DuplicatesPanel } from '../../evidence/chronology/DuplicatesPanel.tsx';
import { MeetingPackExport } from '../../evidence/chronology/MeetingPackExport.tsx';
import { ReturnsByAgency, returnAgencies } from '../../evidence/chronology/ReturnsByAgency.tsx';
import { EvidenceNotShown } from '../../evidence/EvidenceNotShown.tsx';
import { useEvidence } from '../../evidence/use-evidence.ts';
import { ReadOnlyNotice } from '../components/ReadOnlyNotice.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';
import { SavedNotice } from '../stages/SavedNotice.tsx';

/** Every agency the composite's filter may offer: the case's, those with a return, and any named on an entry. */
function filterAgencies(view: EvidenceView): string[] {
  const named = view.composite.entries.flatMap((entry) => entry.agencies);
  return [...new Set([...returnAgencies(view), ...named])].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/**
 * The agencies' chronologies (policy 15): each agency's return, imported after a preview; the
 * composite of them all in date order, with possible duplicates to decide and gaps shown; its
 * downloads; and the meeting pack, with the papers deadline.
 */
export function ChronologySection({ view: caseView, refreshCase }: SectionProps) {
  const { load, reload, replaceView } = useEvidence(caseView.summary.reference, refreshCase);
  const [notice, setNotice] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const entries = load.state === 'loaded' ? load.view.composite.entries : null;
  const byId = useMemo(() => new Map<number, CompositeEntry>((entries ?? []).map((entry) => [entry.id, entry])), [entries]);

  const heading = (
    <SectionHeading lead="Each agency’s chronology of significant practice events, read from the file it returned, and the composite of them all in date order.">
      Chronology
    </SectionHeading>
  );
  if (load.state !== 'loaded') {
    return (
      <>
        {heading}
        <EvidenceNotShown load={load} what="the chronologies" onRetry={reload} />
      </>
    );
  }

  const { view } = load;
  const changed = (next: EvidenceView, message: string) => {
    replaceView(next);
    setNotice(message);
  };
  const decided = (result: Result<EvidenceView>, message: string) => {
    if (result.ok) changed(result.value, message);
  };

  return (
    <div data-testid="chronology-section">
      {heading}
      {view.canEdit ? null : <ReadOnlyNotice />}
      {importing ? null : <SavedNotice message={notice} />}
      <ReturnsByAgency
        view={view}
        onChanged={changed}
        onImporting={(open) => {
          setImporting(open);
          if (open) setNotice(null);
        }}
      />
      {importing ? null : (
        <>
          <DuplicatesPanel reference={view.reference} groups={view.composite.groups} byId={byId} canEdit={view.canEdit} onChanged={decided} />
          <CompositeChronology reference={view.reference} composite={view.composite} agencies={filterAgencies(view)} />
          <MeetingPackExport caseView={caseView} />
        </>
      )}
    </div>
  );
}
