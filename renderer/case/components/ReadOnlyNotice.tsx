/**
 * Shown to people who may see a case but not change it (view.canEdit false): it says why the
 * change buttons are missing, so nobody hunts for them, and who to ask.
 */
export function ReadOnlyNotice() {
  return (
    <div className="govuk-inset-text" data-testid="read-only-notice">
      You can read this case but not change it. If you need to record something on it, ask the Business Unit to record it, or ask an administrator to give you a role
      that can change this case.
    </div>
  );
}
