/**
 * A store with a review whose drafts are due for deletion, arranged through the preview's calls:
 * a rapid review with three saved versions of its report, a redacted draft exported for an
 * agency (so the distribution register holds a copy not yet confirmed deleted), then screened
 * out and closed today, which ends the review. The store is left locked, for the administrator
 * to sign in.
 */
import { REPORT_SECTIONS } from '../../../shared/reports/report-document.ts';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { addCalendarDays } from '../../../shared/working-days.ts';
import { addChild, createCase, createStoreWithOfficer, lock, referral, screenOutAndClose } from './arrange-cases.ts';
import { call } from './preview-calls.ts';
import type { RunningPreview } from './preview.ts';

/** Invented: the person the draft went to. */
export const DRAFT_RECIPIENT = { recipient: 'Carys Penhaligon', agency: 'Education' } as const;

function report(overview: string) {
  return { title: 'A practice review', sections: REPORT_SECTIONS.map((key) => ({ key, blocks: key === 'overview' ? [{ type: 'paragraph' as const, text: overview }] : [] })) };
}

export async function arrangeRetentionStore(preview: RunningPreview): Promise<{ reference: string }> {
  await createStoreWithOfficer(preview);
  const today = todayInLondon();
  const created = await createCase(preview, referral({ referralDate: addCalendarDays(today, -20), incidentDate: addCalendarDays(today, -22) }));
  const reference = created.summary.reference;
  for (const [index, text] of ['A first outline.', 'The overview after the case discussion.', 'The overview as agreed.'].entries()) {
    await call(preview, 'reports.save', { reference, content: report(text), reason: `Draft ${index + 1}` });
  }
  await call(preview, 'reports.export', { choice: { reference, kind: 'draft', recipient: { ...DRAFT_RECIPIENT, mayForward: false } }, format: 'pdf' });
  await addChild(preview, reference, { givenNames: 'Elowen', familyName: 'Trevithick' });
  await screenOutAndClose(preview, reference, today);
  await lock(preview);
  return { reference };
}
