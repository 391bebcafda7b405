/** Which form is open on the requests screen: one at a time, named by what it changes. */
export type RequestEditing =
  | 'new'
  | `change:${number}`
  | `received:${number}`
  | `chase:${number}`
  | `escalate:${number}`
  | `escalation:${number}:${number}`
  | `remove:${number}`;
