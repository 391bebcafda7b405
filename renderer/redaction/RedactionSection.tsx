/** PLACEHOLDER (helper G). */
import type { SectionProps } from '../case/section-props.ts';

export function RedactionSection(_props: SectionProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
