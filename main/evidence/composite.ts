/** PLACEHOLDER — replaced by the helper that owns the composite. */
import type { CompositeView, DuplicateResolution, StoredChronologyRow } from '../../shared/evidence/composite.ts';

/**
 * All agencies' rows in date order (then time, agency, sheet, row), each attributed; likely
 * duplicates grouped and flagged, with the Business Unit's decisions applied (a resolution
 * applies only when its rowIds are exactly a group's rows); gaps over GAP_DAYS listed.
 */
export function buildComposite(rows: readonly StoredChronologyRow[], resolutions: readonly DuplicateResolution[]): CompositeView {
  throw new Error(`Not built yet: ${rows.length} ${resolutions.length}`);
}
