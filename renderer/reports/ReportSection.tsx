/** PLACEHOLDER (helper F). */
import type { SectionProps } from '../case/section-props.ts';

export function ReportSection(_props: SectionProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
