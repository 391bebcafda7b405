/** Which screen the app shows, and what each needs; App.tsx holds one of these at a time. */
import type { AppStatus, SignedInUser } from '../../shared/ipc/contract.ts';

/** Why the unlock form is showing: the app has just opened, the person signed out, or it locked itself. */
export type UnlockReason = 'opened' | 'signed-out' | 'idle';

export type Screen =
  | { readonly name: 'starting' }
  | { readonly name: 'problem'; readonly message: string }
  | { readonly name: 'first-run' }
  | { readonly name: 'recovery-code'; readonly recoveryCode: string; readonly user: SignedInUser }
  | {
      readonly name: 'unlock';
      readonly reason: UnlockReason;
      /** The name to fill in, when it is surely the same person (after an idle lock). */
      readonly userName: string;
      /** The recovery code was on screen when the session locked, and is now gone for good. */
      readonly recoveryCodeHidden: boolean;
    }
  /** Signed in with a passphrase an administrator set: the person must choose their own first. */
  | { readonly name: 'change-passphrase'; readonly user: SignedInUser }
  | {
      readonly name: 'cases';
      readonly user: SignedInUser;
      /** The outcome of what the person just did, shown above the list (e.g. a changed passphrase). */
      readonly banner?: Banner;
    };

/** A success banner: what has happened, and what it means for the person, if that needs saying. */
export interface Banner {
  readonly heading: string;
  readonly body?: string;
}

export type SignedInScreen = Extract<Screen, { name: 'recovery-code' | 'change-passphrase' | 'cases' }>;

export function isSignedIn(screen: Screen): screen is SignedInScreen {
  return screen.name === 'recovery-code' || screen.name === 'change-passphrase' || screen.name === 'cases';
}

/** Where a signed-in person starts: choosing their own passphrase, if an administrator set it. */
export function screenForUser(user: SignedInUser): SignedInScreen {
  return user.mustChangePassphrase ? { name: 'change-passphrase', user } : { name: 'cases', user };
}

/** The screen for the app's state, when nothing else is known (on opening, or after a refusal). */
export function screenForStatus(status: AppStatus, reason: UnlockReason = 'opened'): Screen {
  switch (status.state) {
    case 'no-store':
      return { name: 'first-run' };
    case 'locked':
      return { name: 'unlock', reason, userName: '', recoveryCodeHidden: false };
    case 'unlocked':
      return status.user === null ? { name: 'unlock', reason, userName: '', recoveryCodeHidden: false } : screenForUser(status.user);
  }
}
