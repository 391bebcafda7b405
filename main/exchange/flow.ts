/**
 * What a flow (a request, a return, a decision, a case handed over, a draft) gives the exchange:
 * the bundle to make, or what taking one in would do. The exchange itself (exchange-service.ts)
 * does the rest the same way for every flow: sealing, signing, the checks, the log of bundles,
 * the audit events and the one transaction.
 */
import type { BundleKind, BundleManifest } from '../../shared/exchange/bundle.ts';
import type { ImportOptions } from '../../shared/exchange/exchange-view.ts';
import type { Audit } from '../store/open-store.ts';
import type { Session } from '../security/session.ts';
import type { Db } from '../store/open-database.ts';
import type { StoredContact } from '../store/repositories/exchange-contacts.ts';
import type { ItemSource, OpenedBundle } from './bundle-file.ts';

/** A bundle a flow wants made. Item 0 (the payload) is added by the exchange from `payload`. */
export interface Outgoing {
  readonly kind: BundleKind;
  readonly to: StoredContact;
  readonly caseId: number | null;
  readonly caseReference: { readonly sender: string | null; readonly recipient: string | null };
  readonly inReplyTo: string | null;
  /** Checked against PAYLOAD_SCHEMAS[kind] before anything is written. Files are named by item index: 1 is `files[0]`. */
  readonly payload: unknown;
  readonly files: readonly ItemSource[];
  /** What it is about here ("request:12", "record:40", "task:3"), kept in the log of bundles. */
  readonly subject: string | null;
  /** Lines for the log and the screen: what the bundle carries. */
  readonly summary: readonly string[];
  /** A name for the file, without the extension. */
  readonly fileStem: string;
  /** Runs in the same transaction as the log entry and the audit event of the bundle sent. */
  afterSent?(db: Db, audit: Audit, bundleId: string): void;
}

/** A bundle that passed every check of the exchange: signature, recipient, hashes, version, not seen before. */
export interface Incoming {
  readonly opened: OpenedBundle;
  readonly manifest: BundleManifest;
  readonly sender: StoredContact;
  /** Parsed with PAYLOAD_SCHEMAS[manifest.kind]. */
  readonly payload: unknown;
}

export interface Applied {
  readonly caseId: number | null;
  readonly ourReference: string | null;
  readonly taskId: number | null;
  readonly subject: string | null;
  /** Lines saying what was done. */
  readonly applied: readonly string[];
}

/** What taking a bundle in would do, worked out without writing anything. */
export interface Prepared {
  readonly ourReference: string | null;
  readonly willDo: readonly string[];
  readonly warnings: readonly string[];
  /** Rows of a chronology that could not be read: `apply` refuses unless options.acceptProblems. */
  readonly problemsToAccept: readonly string[];
  /** For a bundle that opens a task: the users it can be given to, and the one suggested. */
  readonly assignees: readonly string[];
  readonly suggestedAssignee: string | null;
  /**
   * Writes it all; runs inside the exchange's one transaction, which also logs and audits the
   * bundle. The bundle's 'received' row is already written when this runs (its case, reference,
   * subject and summary are filled in from Applied afterwards): a task it opens takes its
   * receivedId from `findBundleRow(db, incoming.manifest.id, 'received')!.id`.
   */
  apply(db: Db, audit: Audit, options: ImportOptions): Applied;
}

export type Prepare = (session: Session, incoming: Incoming) => Promise<Prepared>;
