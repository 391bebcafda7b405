/**
 * A case's bundles (issue 8): send an information request to an agency's install, ask someone
 * with no account here to sign a decision, send a draft for factual accuracy, hand the case to
 * another partnership; and see what was sent and what came back.
 */
import { EvidenceNotShown } from '../../evidence/EvidenceNotShown.tsx';
import { CaseExchange } from '../../exchange/CaseExchange.tsx';
import { useExchangeCase } from '../../exchange/use-exchange-case.ts';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';

export function ExchangeSection({ view, navigate }: SectionProps) {
  const exchange = useExchangeCase(view.summary.reference);
  return (
    <section aria-labelledby="exchange-heading" data-testid="exchange-section">
      <SectionHeading lead="Send this case’s requests, decisions and drafts to other organisations’ installs as sealed, signed bundles, and see what came back. Each bundle is saved as a file for you to send by your organisation’s secure transfer.">
        <span id="exchange-heading">Send and receive</span>
      </SectionHeading>
      {exchange.load.state === 'loaded' ? (
        <CaseExchange key={view.summary.reference} view={exchange.load.view} refresh={exchange.refresh} navigate={navigate} />
      ) : (
        <EvidenceNotShown load={exchange.load} what="this case’s bundles" onRetry={exchange.reload} />
      )}
    </section>
  );
}
