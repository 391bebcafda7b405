/** How the Users tab says a user's roles and their secured-files holdings in words. */
import type { RepresentativeHolding } from '../../shared/accounts/accounts.ts';
import { ROLE_DEFINITIONS, type Role } from '../../shared/roles.ts';

export function rolesInWords(roles: readonly Role[]): string {
  return roles.length === 0 ? 'No role' : roles.map((role) => ROLE_DEFINITIONS[role].label).join(', ');
}

export function filesInWords(count: number): string {
  return count === 1 ? '1 file' : `${count.toLocaleString('en-GB')} files`;
}

/** "Greater Manchester Police, case CSPR-2026-004: 12 files". */
export function holdingInWords(holding: RepresentativeHolding): string {
  return `${holding.agency}, case ${holding.reference}: ${filesInWords(holding.files)}${holding.state === 'released' ? ' (released to the agency, kept until it instructs their destruction)' : ''}`;
}

export function filesToReseal(holdings: readonly RepresentativeHolding[]): number {
  return holdings.reduce((total, holding) => total + holding.filesToReseal, 0);
}
