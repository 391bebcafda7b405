/** Which screen the app shows, and what each needs; App.tsx holds one of these at a time. */
import type { AppStatus, SignedInUser } from '../../shared/ipc/contract.ts';
import { grants, ROLE_DEFINITIONS, type Permission } from '../../shared/roles.ts';
import type { Place } from './places.ts';

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
  /** Every passphrase lost: the recovery code from the safe makes a new administrator (renderer/recovery). */
  | { readonly name: 'recover' }
  /** The store is gone (a failed disk): restore it from a backup before anyone signs in (renderer/backups). */
  | { readonly name: 'restore' }
  /** Signed in with a passphrase an administrator set: the person must choose their own first. */
  | { readonly name: 'change-passphrase'; readonly user: SignedInUser }
  /** In the app proper: `place` says which page (the dashboard of cases, a case, a search…). */
  | {
      readonly name: 'signed-in';
      readonly user: SignedInUser;
      readonly place: Place;
      /** The outcome of what the person just did, shown above the page (e.g. a changed passphrase). */
      readonly banner?: Banner;
    };

/** A success banner: what has happened, and what it means for the person, if that needs saying. */
export interface Banner {
  readonly heading: string;
  readonly body?: string;
}

export type SignedInScreen = Extract<Screen, { name: 'recovery-code' | 'change-passphrase' | 'signed-in' }>;

export function isSignedIn(screen: Screen): screen is SignedInScreen {
  return screen.name === 'recovery-code' || screen.name === 'change-passphrase' || screen.name === 'signed-in';
}

/** Everyone starts at the dashboard of cases. */
export const START_PLACE: Place = { name: 'dashboard' };

/** Where a signed-in person starts: choosing their own passphrase, if an administrator set it. */
export function screenForUser(user: SignedInUser): SignedInScreen {
  return user.mustChangePassphrase ? { name: 'change-passphrase', user } : { name: 'signed-in', user, place: START_PLACE };
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

/**
 * Whether the person's roles give a permission anywhere, to decide what to offer them (links,
 * buttons). Only a guide: main checks every call again, case by case.
 */
export function userCan(user: SignedInUser, permission: Permission): boolean {
  return grants(
    user.roles.map((role) => ({ role, caseId: null, agency: null })),
    permission,
  );
}

/**
 * Whether any of the person's roles includes a permission at all, for a page that lists only what
 * they may see wherever it is (the access log): a nominated representative's is for one case and
 * agency, which userCan, asked about no case, does not count.
 */
export function rolesInclude(user: SignedInUser, permission: Permission): boolean {
  return user.roles.some((role) => ROLE_DEFINITIONS[role].permissions.includes(permission));
}
