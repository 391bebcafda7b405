/** PLACEHOLDER: helper builds the case's learning and feedback section. */
import type { SectionProps } from '../case/section-props.ts';

export function CaseLearningSection({ view }: SectionProps) {
  return <p className="govuk-body">Learning for {view.summary.reference}</p>;
}
