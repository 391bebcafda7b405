/** Which form is open on the summaries screen: one at a time, named by what it does and for which agency. */
export type SummaryEditing = `enter:${string}` | `import:${string}` | `rate:${string}`;
