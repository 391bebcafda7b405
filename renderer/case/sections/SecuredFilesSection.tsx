import { SecuredFiles } from '../../vault/SecuredFiles.tsx';
import { useVault } from '../../vault/use-vault.ts';
import { VaultNotShown } from '../../vault/VaultNotShown.tsx';
import { SectionHeading } from '../components/SectionHeading.tsx';
import type { SectionProps } from '../section-props.ts';

/**
 * Policy 16: each agency's records about the case, secured so that only its nominated
 * representative can open them. Every view, copy and export is recorded with its purpose.
 */
export function SecuredFilesSection({ view }: SectionProps) {
  const vault = useVault(view.summary.reference);
  return (
    <section aria-labelledby="secured-files-heading" data-testid="secured-files-section">
      <SectionHeading lead="Each agency’s records about this case, encrypted so that only its nominated representative can open them. Every time a file is opened, copied or exported, who did it and why is recorded in the access log.">
        <span id="secured-files-heading">Secured files</span>
      </SectionHeading>
      {vault.load.state === 'loaded' ? <SecuredFiles key={view.summary.reference} view={vault.load.view} vault={vault} /> : <VaultNotShown load={vault.load} onRetry={vault.reload} />}
    </section>
  );
}
