/** Which form is open in the "Securing files" section: one at a time, named by what it changes and the agency's place in the list. */
export type SecuringEditing = `confirm:${number}` | `instruct:${number}`;
