/** PLACEHOLDER (helper F). */
import type { SectionProps } from '../case/section-props.ts';

export function CaseDiscussionSection(_props: SectionProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
