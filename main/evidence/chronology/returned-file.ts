/** A file an agency sent back, as it reaches the reader: its name (which decides .csv against .xlsx) and its bytes. */
export interface ReturnedFile {
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** What the guard found the file to be, once it has passed every check. */
export type ReturnedFileKind = 'xlsx' | 'csv';
