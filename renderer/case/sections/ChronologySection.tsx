/** PLACEHOLDER — replaced by the helper that owns this section. */
import type { SectionProps } from '../section-props.ts';

export function ChronologySection(_props: SectionProps) {
  return <p className="govuk-body">Not built yet.</p>;
}
