import type { Db } from '../open-database.ts';

export interface Migration {
  /** The schema version this migration produces; versions run 1, 2, 3… without gaps. */
  readonly version: number;
  readonly name: string;
  /** Runs before the transaction, for the few settings SQLite refuses inside one. */
  readonly before?: (db: Db) => void;
  readonly up: (db: Db) => void;
}
