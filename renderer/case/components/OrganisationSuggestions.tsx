/**
 * The partnership's organisations as suggestions for an "organisation" box. Suggestions, not a
 * fixed list: an external lead reviewer or a school may belong to none of them. Spelling one the
 * same way matters, since a meeting's quorum is judged by the organisation each attendee names.
 */
export function OrganisationSuggestions({ id, organisations }: { id: string; organisations: readonly string[] }) {
  return (
    <datalist id={id}>
      {organisations.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
