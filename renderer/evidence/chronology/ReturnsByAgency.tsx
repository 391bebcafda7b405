import { useState } from 'react';
import type { EvidenceView } from '../../../shared/evidence/evidence-view.ts';
import { ConfirmRemove } from '../../case/components/ConfirmRemove.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import type { FieldError } from '../../components/field-errors.ts';
import { useApi } from '../../session/api-context.tsx';
import { AgencyReturnCard } from './AgencyReturnCard.tsx';
import { ImportChronology } from './ImportChronology.tsx';

export interface ReturnsByAgencyProps {
  readonly view: EvidenceView;
  readonly onChanged: (view: EvidenceView, message: string) => void;
  /** An import is open: the rest of the section steps aside for it. */
  readonly onImporting: (importing: boolean) => void;
}

/** The case's agencies and those with a return, in name order: a return from an agency no longer listed stays visible. */
export function returnAgencies(view: EvidenceView): string[] {
  return [...new Set([...view.agencies, ...view.returns.map((each) => each.agency)])].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** Each agency's chronology return, or that it is awaited; importing a return, and removing one. */
export function ReturnsByAgency({ view, onChanged, onImporting }: ReturnsByAgencyProps) {
  const call = useApi();
  const [importing, setImporting] = useState<string | null>(null);
  const [asking, setAsking] = useState<number | null>(null);
  const [removing, setRemoving] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const agencies = returnAgencies(view);

  const openImport = (agency: string | null) => {
    setImporting(agency);
    onImporting(agency !== null);
  };

  if (importing !== null) {
    return (
      <ImportChronology
        reference={view.reference}
        agency={importing}
        returns={view.returns}
        onImported={(next, message) => {
          openImport(null);
          onChanged(next, message);
        }}
        onCancel={() => openImport(null)}
      />
    );
  }

  const remove = async (id: number, agency: string) => {
    if (removing) return;
    setRemoving(true);
    const result = await call('chronology.removeReturn', { reference: view.reference, id });
    setRemoving(false);
    setAsking(null);
    if (result.ok) onChanged(result.value, `The chronology return from ${agency} has been removed.`);
    else if (result.error.code !== 'LOCKED') setErrors([{ message: result.error.message }]);
  };

  return (
    <section aria-labelledby="returns-heading" data-testid="returns-by-agency">
      <h3 className="govuk-heading-m" id="returns-heading">
        Returns by agency
      </h3>
      <ErrorSummary errors={errors} />
      {agencies.length === 0 ? (
        <p className="govuk-body">No agencies are involved in this case yet. Agencies come from the referral and from the requests for information sent.</p>
      ) : null}
      {agencies.map((agency) => {
        const current = view.returns.find((each) => each.agency === agency);
        return (
          <div key={agency}>
            {current !== undefined && asking === current.id ? (
              <ConfirmRemove
                what={`the chronology return from ${agency} (${current.fileName})`}
                consequence="Its rows leave the composite chronology, with any decisions on possible duplicates among them."
                removing={removing}
                onConfirm={() => void remove(current.id, agency)}
                onCancel={() => setAsking(null)}
              />
            ) : null}
            <AgencyReturnCard
              agency={agency}
              current={current}
              canEdit={view.canEdit}
              onImport={() => {
                setErrors([]);
                openImport(agency);
              }}
              onRemove={() => {
                setErrors([]);
                setAsking(current?.id ?? null);
              }}
            />
          </div>
        );
      })}
    </section>
  );
}
