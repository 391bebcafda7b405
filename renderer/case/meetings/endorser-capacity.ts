import { ENDORSER_CAPACITIES, type EndorserCapacity } from '../../../shared/reviews/records.ts';
import { STATUTORY_PARTNER_LABELS } from '../../../shared/organisations.ts';

export function capacityLabel(capacity: EndorserCapacity): string {
  return capacity === 'scrutineer' ? 'Independent Scrutineer' : STATUTORY_PARTNER_LABELS[capacity];
}

export const CAPACITY_OPTIONS = ENDORSER_CAPACITIES.map((value) => ({ value, label: capacityLabel(value) }));
