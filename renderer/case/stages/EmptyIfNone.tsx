/** The sentence a list shows when it has nothing in it yet. */
export function EmptyIfNone({ items, message }: { items: readonly unknown[]; message: string }) {
  return items.length === 0 ? <p className="govuk-body">{message}</p> : null;
}
