/** Which form of the Contacts page is open: one at a time, so a keyboard user is never in two. */
export type ContactsEditing =
  | { readonly form: 'identity' }
  | { readonly form: 'add' }
  | { readonly form: 'confirm'; readonly id: number }
  | { readonly form: 'revoke'; readonly id: number };

/** What the page says after something was done, above everything else. */
export interface ContactsOutcome {
  readonly heading: string;
  readonly body?: string;
}

/** "Greater Manchester Police – Public Protection desk": an install named as main's messages name it. */
export function describeInstall(install: { readonly organisation: string; readonly installName: string }): string {
  return `${install.organisation} – ${install.installName}`;
}
