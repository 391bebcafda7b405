/** A secondary button that opens a section's form; shown only to people who may change the case. */
export function OpenFormButton({ label, onClick, hidden }: { label: string; onClick: () => void; hidden?: boolean }) {
  if (hidden === true) return null;
  return (
    <button type="button" className="govuk-button govuk-button--secondary" onClick={onClick}>
      {label}
    </button>
  );
}
