/**
 * A message for the case page to show once when the person arrives on it from another screen
 * ("The referral has been recorded"). Places carry only where to go, so the screen that sends
 * the person leaves the message here and the case page takes it on arrival.
 */
import type { Banner } from '../session/screen.ts';

let pending: { readonly reference: string; readonly banner: Banner } | null = null;

export function leaveArrivalBanner(reference: string, banner: Banner): void {
  pending = { reference, banner };
}

/** The banner left for this case, if any; taking it clears it, so it shows only once. */
export function takeArrivalBanner(reference: string): Banner | null {
  if (pending === null || pending.reference !== reference) return null;
  const { banner } = pending;
  pending = null;
  return banner;
}
