/** What every "purpose" box says: the access log keeps the answer, with the person's name. */
export const PURPOSE_HINT =
  'Say what the access is for, in at least 10 characters, for example “Preparing the agency’s chronology for the rapid review”. It is recorded in the access log with your name.';
