/** Which send form of a case's Send and receive section is open: one at a time. */
export type ExchangeEditing = `request:${number}` | `decision:${number}` | 'draft' | 'hand-over';

/** How a section's part opens a form and hears that a bundle was saved. */
export interface ExchangeEditingProps {
  readonly editing: ExchangeEditing | null;
  readonly open: (key: ExchangeEditing) => void;
  readonly close: () => void;
}
