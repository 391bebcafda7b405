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
  | { readonly name: 'cases'; readonly user: SignedInUser };

export type SignedInScreen = Extract<Screen, { name: 'recovery-code' | 'cases' }>;

export function isSignedIn(screen: Screen): screen is SignedInScreen {
  return screen.name === 'recovery-code' || screen.name === 'cases';
}

/** The screen for the app's state, when nothing else is known (on opening, or after a refusal). */
export function screenForStatus(status: AppStatus, reason: UnlockReason = 'opened'): Screen {
  switch (status.state) {
    case 'no-store':
      return { name: 'first-run' };
    case 'locked':
      return { name: 'unlock', reason, userName: '', recoveryCodeHidden: false };
    case 'unlocked':
      return status.user === null ? { name: 'unlock', reason, userName: '', recoveryCodeHidden: false } : { name: 'cases', user: status.user };
  }
}
