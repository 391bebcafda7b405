/** PLACEHOLDER — replaced by the helper that owns this section. */
import type { SectionProps } from '../section-props.ts';

export function SummariesSection(_props: SectionProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
