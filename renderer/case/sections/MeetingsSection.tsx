/** NOT BUILT YET: placeholder so the project compiles while this section is written. */
import type { SectionProps } from '../section-props.ts';

export function MeetingsSection(_props: SectionProps) {
  return null;
}
