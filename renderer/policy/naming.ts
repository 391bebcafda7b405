import type { PublicationNaming } from '../../shared/reviews/people.ts';

export const NAMING_OPTIONS: readonly { value: PublicationNaming; label: string; hint: string }[] = [
  { value: 'letter-codes', label: 'Letter codes', hint: 'For example “Child A”, or “Children F, G and H” for siblings.' },
  { value: 'pseudonyms', label: 'Chosen pseudonyms', hint: 'A name chosen for each child, with the family where possible, for example “Jamie”.' },
];

export function namingLabel(naming: PublicationNaming): string {
  return NAMING_OPTIONS.find((option) => option.value === naming)?.label ?? naming;
}
