import { useEffect, useState } from 'react';
import { AGENCIES, BUSINESS_UNIT } from '../../../shared/organisations.ts';
import type { OrganisationView } from '../../../shared/ipc/case-calls.ts';
import { useApi } from '../../session/api-context.tsx';

export interface Organisations {
  /** The partnership's agencies, for "agencies involved" checkboxes. */
  readonly agencies: readonly string[];
  /** Every organisation, the Business Unit included, for "their organisation" suggestions. */
  readonly all: readonly string[];
  readonly list: readonly OrganisationView[];
}

const DEFAULTS: Organisations = {
  agencies: AGENCIES,
  all: [...AGENCIES, BUSINESS_UNIT],
  list: [],
};

/**
 * The partnership's organisations as an administrator keeps them (policy.get). Until they arrive,
 * or if they cannot be read, the shipped defaults stand in: a form is still usable, and main
 * checks what is sent either way.
 */
export function useOrganisations(): Organisations {
  const call = useApi();
  const [organisations, setOrganisations] = useState<Organisations>(DEFAULTS);
  useEffect(() => {
    let current = true;
    void call('policy.get', {}).then((result) => {
      if (!current || !result.ok || result.value.organisations.length === 0) return;
      const list = result.value.organisations;
      setOrganisations({ agencies: list.filter((each) => each.kind === 'agency').map((each) => each.name), all: list.map((each) => each.name), list });
    });
    return () => {
      current = false;
    };
  }, [call]);
  return organisations;
}
