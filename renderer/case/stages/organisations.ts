/** The organisations offered as suggestions in every "organisation" box of the stage forms. */
import { AGENCIES, BUSINESS_UNIT } from '../../../shared/organisations.ts';

export const ORGANISATIONS_LIST_ID = 'stage-organisations';

export function organisationSuggestions(caseAgencies: readonly string[]): string[] {
  return [...new Set([...caseAgencies, ...AGENCIES, BUSINESS_UNIT])].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
