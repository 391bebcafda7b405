/** PLACEHOLDER: helper builds the case's action plan section. */
import type { SectionProps } from '../case/section-props.ts';

export function ActionPlanSection({ view }: SectionProps) {
  return <p className="govuk-body">Action plan for {view.summary.reference}</p>;
}
