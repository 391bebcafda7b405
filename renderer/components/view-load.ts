/**
 * Where a screen is in loading what main holds (a case, its evidence): still loading, not there,
 * not allowed, failed, or loaded. One shape and one reading of a refusal for every such screen.
 */
import type { ErrorValue } from '../../shared/errors.ts';

/** A load that did not end in a view. */
export type NotLoaded =
  | { readonly state: 'loading' }
  | { readonly state: 'not-found'; readonly message: string }
  | { readonly state: 'not-allowed'; readonly message: string }
  | { readonly state: 'failed'; readonly message: string };

export type ViewLoad<V> = NotLoaded | { readonly state: 'loaded'; readonly view: V };

/** The state a refused load leaves the screen in; null when the app as a whole handles it. */
export function loadFromError(error: ErrorValue): NotLoaded | null {
  switch (error.code) {
    case 'NOT_FOUND':
      return { state: 'not-found', message: error.message };
    case 'NOT_ALLOWED':
      return { state: 'not-allowed', message: error.message };
    // A locked session is handled for every screen at once: the app moves to the locked screen.
    case 'LOCKED':
      return null;
    default:
      return { state: 'failed', message: error.message };
  }
}
