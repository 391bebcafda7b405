/**
 * What the bundle benchmark's parent makes before either side runs: two real installs that trust
 * each other, the sending one holding a case with 200 MB of documents (four of 50 MB, the most one
 * document may be, of seeded pseudo-random bytes, so nothing compresses or repeats).
 */
import { createCipheriv, createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readIdentity } from '../../main/exchange/identity.ts';
import { createCase } from '../../main/reviews/cases.ts';
import { demoReferral } from '../../main/reviews/demo-cases.ts';
import { addDocument } from '../../main/reviews/documents.ts';
import { initialiseStore } from '../../main/security/initialise-store.ts';
import type { Session } from '../../main/security/session.ts';
import { unlock } from '../../main/security/unlock.ts';
import { addUser } from '../../main/security/user-admin.ts';
import { insertContact, markContactTrusted } from '../../main/store/repositories/exchange-contacts.ts';
import { MAX_DOCUMENT_BYTES } from '../../shared/ipc/case-calls.ts';

export const BENCH_OFFICER = 'Bench Officer';
export const BENCH_PASSPHRASE = 'amber harbour lantern meadow';
export const BUNDLE_SETUP_FILE = 'bundle-bench-setup.json';

export interface BundleSetup {
  readonly sender: string;
  readonly receiver: string;
  readonly reference: string;
  /** The receiver's contact id in the sender's store. */
  readonly receiverContactId: number;
  readonly documentBytes: number;
  readonly documentSha256: readonly string[];
}

/** Seeded bytes: the AES-256-CTR keystream of a key made from the seed. */
function seededBytes(seed: string, length: number): Buffer {
  const keystream = createCipheriv('aes-256-ctr', createHash('sha256').update(seed).digest(), Buffer.alloc(16));
  return keystream.update(Buffer.alloc(length));
}

async function officerOf(folder: string, organisation: string, installName: string): Promise<Session> {
  const { session: admin } = await initialiseStore(folder, 'Bench Administrator', BENCH_PASSPHRASE);
  await addUser(admin, { name: BENCH_OFFICER, role: 'business-unit', organisation: 'Business Unit', passphrase: BENCH_PASSPHRASE });
  admin.store.change((db, audit) => {
    db.prepare('UPDATE install_identity SET organisation = ?, install_name = ? WHERE id = 1').run(organisation, installName);
    audit({ actorId: admin.userId, action: 'exchange.identity-named', recordType: 'store', recordId: admin.store.storeId, details: { organisation, installName } });
  });
  admin.lock();
  return unlock(folder, BENCH_OFFICER, BENCH_PASSPHRASE);
}

function trust(holder: Session, other: Session): number {
  const identity = readIdentity(other.store.db);
  return holder.store.change((db, audit) => {
    const now = new Date().toISOString();
    const id = insertContact(db, { ...identity }, holder.userId, now);
    markContactTrusted(db, id, holder.userId, now);
    audit({ actorId: holder.userId, action: 'exchange.contact-trusted', recordType: 'contact', recordId: String(id), details: { fingerprint: identity.fingerprint } });
    return id;
  });
}

export async function prepareBundleStores(root: string, totalBytes: number): Promise<BundleSetup> {
  const senderFolder = path.join(root, 'sender');
  const receiverFolder = path.join(root, 'receiver');
  const sender = await officerOf(senderFolder, 'Northshire Safeguarding Children Partnership', 'Business Unit desk 1');
  const receiver = await officerOf(receiverFolder, 'Southshire Safeguarding Children Partnership', 'Business Unit desk 1');
  try {
    const receiverContactId = trust(sender, receiver);
    trust(receiver, sender);
    const reference = createCase(sender, demoReferral()).summary.reference;
    const documentSha256: string[] = [];
    for (let done = 0, index = 1; done < totalBytes; index += 1) {
      const size = Math.min(MAX_DOCUMENT_BYTES, totalBytes - done);
      const content = seededBytes(`bundle bench document ${index}`, size);
      documentSha256.push(createHash('sha256').update(content).digest('hex'));
      addDocument(sender, reference, { name: `Case papers part ${index}.pdf`, mediaType: 'application/octet-stream', note: 'Synthetic bytes for the benchmark', content });
      done += size;
    }
    const setup: BundleSetup = { sender: senderFolder, receiver: receiverFolder, reference, receiverContactId, documentBytes: totalBytes, documentSha256 };
    fs.writeFileSync(path.join(root, BUNDLE_SETUP_FILE), JSON.stringify(setup));
    return setup;
  } finally {
    sender.lock();
    receiver.lock();
  }
}
