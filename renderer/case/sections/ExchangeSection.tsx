/** PLACEHOLDER: a case's bundles — send requests, decisions, drafts and the case; see what came back. */
import type { SectionProps } from '../section-props.ts';

export function ExchangeSection(_props: SectionProps) {
  return <h2 className="govuk-heading-l">Send and receive</h2>;
}
