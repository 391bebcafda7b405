/** NOT BUILT YET: placeholder so the project compiles while this section is written. */
import type { SectionProps } from '../section-props.ts';

export function DeclarationsSection(_props: SectionProps) {
  return null;
}
