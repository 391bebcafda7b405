/**
 * An open, unlocked store: the keyed connection, its identity and audit key, and the rule that
 * every change runs in one transaction together with the audit event that records it.
 */
import { AppError } from '../../shared/errors.ts';
import { appendEvent, chainHead, type AuditEventInput, type ChainHead } from '../security/audit-chain.ts';
import { checkpointMismatch, defaultCheckpointFile, readCheckpoint, writeCheckpoint, type CheckpointReason } from '../security/checkpoint.ts';
import type { KeyFile } from './key-file.ts';
import { assertSchemaSupported, migrate, SCHEMA_VERSION, schemaVersion } from './migrations/index.ts';
import { openDatabase, type Db } from './open-database.ts';
import { readMeta } from './repositories/meta.ts';
import type { StorePaths } from './store-folder.ts';
import { acquireWriterLock, type WriterLock } from './writer-lock.ts';

export type Audit = (event: AuditEventInput) => number;

export interface StoreOpenOptions {
  readonly cacheKiB?: number;
  /** Only a restore sets this: its caller records the restore and writes a new checkpoint. */
  readonly startCheckpointsAfresh?: boolean;
  /** verify and backup only: they run alongside the copy that holds the store for writing (writer-lock.ts). */
  readonly skipWriterLock?: boolean;
}

export class OpenStore {
  private closed = false;

  private constructor(
    readonly paths: StorePaths,
    readonly db: Db,
    readonly storeId: string,
    private readonly auditKey: Buffer,
    private masterKeyBytes: Buffer,
    public keyFile: KeyFile,
    readonly checkpointFile: string,
    /** Set when the store no longer matches its checkpoint: it opens to be verified, never changed. */
    readonly checkpointProblem: string | null,
    private readonly writerLock: WriterLock | null,
  ) {}

  /** Opens with a master key already unsealed, migrates an older schema, and checks the checkpoint. */
  static open(paths: StorePaths, masterKey: Buffer, keyFile: KeyFile, options: StoreOpenOptions = {}): OpenStore {
    const db = openDatabase(paths.database, masterKey, options);
    let writerLock: WriterLock | null = null;
    try {
      assertSchemaSupported(db, paths.database);
      const meta = readMeta(db);
      if (meta.storeId !== keyFile.storeId) {
        throw new AppError('KEY_FILE_MISMATCH', `The key file in ${paths.folder} is for a different store. Choose the folder that holds both files of one store.`);
      }
      // Once the files are known to be one store, and before anything in them changes: a refused open touches nothing.
      if (!options.skipWriterLock) writerLock = acquireWriterLock(paths.folder);
      const checkpointFile = defaultCheckpointFile(meta.storeId, paths.folder);
      const checkpoint = options.startCheckpointsAfresh ? null : readCheckpoint(checkpointFile);
      const problem = checkpoint === null ? null : checkpointMismatch(db, meta.storeId, checkpoint);
      const from = schemaVersion(db);
      if (problem === null) migrate(db);
      const store = new OpenStore(paths, db, meta.storeId, Buffer.from(meta.auditKey, 'hex'), Buffer.from(masterKey), keyFile, checkpointFile, problem, writerLock);
      if (problem === null && from < SCHEMA_VERSION) {
        store.change((_db, audit) => audit({ actorId: null, action: 'store.migrated', recordType: 'store', recordId: meta.storeId, details: { from, to: SCHEMA_VERSION } }));
      }
      return store;
    } catch (error) {
      db.close();
      writerLock?.release();
      throw error;
    }
  }

  get masterKey(): Buffer {
    this.assertOpen();
    return this.masterKeyBytes;
  }

  /** Rekey hands over the new key; the old one is wiped from memory. */
  replaceMasterKey(next: Buffer): void {
    this.masterKeyBytes.fill(0);
    this.masterKeyBytes = Buffer.from(next);
  }

  get auditKeyForVerification(): Buffer {
    this.assertOpen();
    return this.auditKey;
  }

  requireIntact(): void {
    this.assertOpen();
    if (this.checkpointProblem !== null) {
      throw new AppError('CHECKPOINT_MISMATCH', `This store no longer matches its checkpoint (${this.checkpointProblem}). No change can be made: run verify, and restore from a backup if needed.`);
    }
  }

  /**
   * Runs `work` and its audit events in one immediate transaction: both land or neither does.
   * A change that records no event is refused, so nothing changes silently.
   */
  change<T>(work: (db: Db, audit: Audit) => T): T {
    this.requireIntact();
    return this.db
      .transaction(() => {
        let events = 0;
        const audit: Audit = (event) => {
          events += 1;
          return appendEvent(this.db, this.auditKey, event);
        };
        const result = work(this.db, audit);
        if (events === 0) throw new Error('Every change must append an audit event.');
        return result;
      })
      .immediate();
  }

  head(): ChainHead {
    return chainHead(this.db);
  }

  checkpoint(reason: CheckpointReason, file: string = this.checkpointFile): ChainHead {
    this.requireIntact();
    const head = this.head();
    writeCheckpoint(file, { storeId: this.storeId, events: head.events, head: head.head, reason });
    return head;
  }

  /** Writes the checkpoint (unless the store failed it), closes the connection and wipes the keys. */
  close(): void {
    if (this.closed) return;
    try {
      if (this.checkpointProblem === null) this.checkpoint('closed');
    } finally {
      this.closed = true;
      this.db.close();
      this.writerLock?.release();
      this.masterKeyBytes.fill(0);
      this.auditKey.fill(0);
    }
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('LOCKED', 'The store is locked. Unlock it with your passphrase to carry on.');
  }
}
