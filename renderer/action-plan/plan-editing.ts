/**
 * Which form of the action plan is open: one at a time, so a keyboard user is never in two, and
 * each says where it was opened from, so Cancel can put focus back on the button that opened it.
 */
export type PlanForm =
  | { readonly form: 'recommendation'; readonly id: number | null }
  | { readonly form: 'remove-recommendation'; readonly id: number }
  | { readonly form: 'action'; readonly recommendationId: number; readonly id: number | null }
  | { readonly form: 'progress'; readonly id: number }
  | { readonly form: 'evidence'; readonly id: number }
  | { readonly form: 'send' };

export type PlanEditing = PlanForm & {
  /** The id of the button that opened the form. */
  readonly openedFrom: string;
};

/** The id of the button that opens a form, unique on the page: "plan-open-progress-7". */
export function openerId(form: PlanForm): string {
  switch (form.form) {
    case 'recommendation':
      return `plan-open-recommendation-${form.id ?? 'new'}`;
    case 'remove-recommendation':
      return `plan-open-remove-recommendation-${form.id}`;
    case 'action':
      return form.id === null ? `plan-open-action-new-${form.recommendationId}` : `plan-open-action-${form.id}`;
    case 'progress':
      return `plan-open-progress-${form.id}`;
    case 'evidence':
      return `plan-open-evidence-${form.id}`;
    case 'send':
      return 'plan-open-send';
  }
}

/** Whether `editing` is this very form. */
export function isEditing(editing: PlanEditing | null, form: PlanForm): boolean {
  return editing !== null && openerId(editing) === openerId(form);
}
