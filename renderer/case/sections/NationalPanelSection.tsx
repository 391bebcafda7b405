/** NOT BUILT YET: placeholder so the project compiles while this section is written. */
import type { SectionProps } from '../section-props.ts';

export function NationalPanelSection(_props: SectionProps) {
  return null;
}
