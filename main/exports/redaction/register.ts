/** PLACEHOLDER (helper A): the redaction register from a case's people and places. */
import type { PersonView } from '../../../shared/reviews/people.ts';
import type { PlaceView, RegisterEntry } from '../../../shared/reports/redaction.ts';

export interface RegisterSource {
  readonly people: readonly PersonView[];
  readonly places: readonly PlaceView[];
}

export function buildRegister(_source: RegisterSource): RegisterEntry[] {
  throw new Error('not built yet');
}
