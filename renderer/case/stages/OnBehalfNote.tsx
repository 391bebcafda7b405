/**
 * Said on every form that records what someone without an account here decided, attended or
 * declared: the Business Unit enters it for them, and the record says so (issue 5, point 4).
 */
export function OnBehalfNote({ who }: { who: string }) {
  return (
    <div className="govuk-inset-text" data-testid="on-behalf-note">
      You are entering this on behalf of {who}. They may not have an account here: the record will name them and their organisation, and say that you entered it
      for them.
    </div>
  );
}
