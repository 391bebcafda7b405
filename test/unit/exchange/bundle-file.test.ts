/**
 * The bundle file with real keys and real bytes: what is written is what each recipient reads,
 * only the installs it was sealed to can open it, and a byte changed, dropped, added or moved
 * anywhere is caught (by the signature, and by the seals for a reader that skipped it).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBundle, readBundleHeader, signatureMatches, writeBundle, type ItemSource, type WrittenBundle } from '../../../main/exchange/bundle-file.ts';
import { itemKey, newFileKey, sealFileKey, sealManifest } from '../../../main/exchange/bundle-keys.ts';
import { u32 } from '../../../main/exchange/bundle-layout.ts';
import { signBundleDigest } from '../../../main/exchange/bundle-signature.ts';
import { ItemSealer } from '../../../main/exchange/bundle-stream.ts';
import { BUNDLE_FORMAT, BUNDLE_MAGIC, PAYLOAD_ITEM } from '../../../shared/exchange/bundle.ts';
import { AppError } from '../../../shared/errors.ts';
import { makeTempFolder } from '../helpers/temp-store.ts';
import { keyedInstall, manifestBetween, openAndVerify, patterned, sha256, sourceOf } from './bundle-fixture.ts';

const KIB64 = 64 * 1024;
const TAG = 16;
const SIGNATURE = 64;

const payload = Buffer.from(JSON.stringify({ dueOn: '2026-10-19', secureFiles: true, note: 'Search for the child and the household at 14 Elm Row, Testbury.' }));
const items: { name: string; bytes: Buffer; pieceSize?: number }[] = [
  { name: PAYLOAD_ITEM, bytes: payload },
  { name: 'empty.txt', bytes: Buffer.alloc(0) },
  { name: 'chronology.xlsx', bytes: patterned(KIB64, 1) },
  { name: 'summary.docx', bytes: patterned(KIB64 + 1, 2), pieceSize: 1 << 20 },
  { name: 'records.pdf', bytes: patterned(2 * KIB64 + 5, 3), pieceSize: 4_096 },
];
const sources = (): ItemSource[] => items.map((item) => sourceOf(item.name, item.bytes, item.pieceSize));

/** Where each part of a bundle starts, read from the file as the format document describes it. */
function layoutOf(file: Buffer): { manifestAt: number; itemsAt: number; signatureAt: number; chunks: { item: number; start: number; length: number }[] } {
  const manifestAt = BUNDLE_MAGIC.length + 4 + file.readUInt32BE(BUNDLE_MAGIC.length);
  const itemsAt = manifestAt + 4 + file.readUInt32BE(manifestAt);
  const chunks: { item: number; start: number; length: number }[] = [];
  let position = itemsAt;
  items.forEach(({ bytes }, item) => {
    let left = bytes.length;
    do {
      const length = Math.min(left, KIB64) + TAG;
      chunks.push({ item, start: position, length });
      position += length;
      left -= KIB64;
    } while (left > 0);
  });
  return { manifestAt, itemsAt, signatureAt: position, chunks };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected a refusal, but the bundle was accepted.');
}

describe('a bundle between real installs', () => {
  let folder: string;
  let bundlePath: string;
  let written: WrittenBundle;
  let manifest: ReturnType<typeof manifestBetween>;
  const unit = keyedInstall('Testshire Safeguarding Children Partnership', 'Business Unit');
  const police = keyedInstall('Testshire Police', 'Public Protection Unit');
  const health = keyedInstall('Testshire Integrated Care Board', 'Designated Nurse');
  const stranger = keyedInstall('Otherton Safeguarding Partnership', 'Business Unit');

  beforeAll(async () => {
    folder = makeTempFolder('prm-bundle-');
    bundlePath = path.join(folder, 'request.prmbundle');
    manifest = manifestBetween(unit, [police, health]);
    written = await writeBundle(bundlePath, manifest, sources(), unit.signer, [police.recipient, health.recipient]);
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('is written whole under its name, with no temporary file left beside it', () => {
    const file = fs.readFileSync(bundlePath);
    expect(fs.readdirSync(folder)).toEqual(['request.prmbundle']);
    expect(written.size).toBe(file.length);
    expect(written.sha256).toBe(sha256(file));
    expect(file.subarray(0, BUNDLE_MAGIC.length).toString('ascii')).toBe(BUNDLE_MAGIC);
    expect(layoutOf(file).signatureAt).toBe(file.length - SIGNATURE);
  });

  it('shows without a key only who sent it to whom: no item name or payload text is readable', () => {
    const file = fs.readFileSync(bundlePath);
    const { header } = readBundleHeader(bundlePath);
    expect(header).toMatchObject({ format: BUNDLE_FORMAT, version: 1, id: manifest.id, sender: unit.fingerprint });
    expect(header.recipients.map((recipient) => recipient.fingerprint)).toEqual([police.fingerprint, health.fingerprint]);
    for (const secret of ['chronology.xlsx', 'Elm Row', 'PRM-2026-014', 'Amara Okonkwo', 'Testshire Police']) expect(file.includes(secret)).toBe(false);
  });

  it('opens for each recipient with every item as it was written, in 64 KiB chunks', async () => {
    for (const recipient of [police, health]) {
      const opened = await openAndVerify(bundlePath, recipient.me);
      expect(opened.manifest).toEqual({ ...manifest, items: items.map(({ name, bytes }) => ({ name, mediaType: expect.any(String), size: bytes.length, sha256: sha256(bytes) })) });
      expect(opened.fileSha256).toBe(written.sha256);
      expect(opened.size).toBe(written.size);
      items.forEach(({ bytes }, index) => expect(opened.readItemWhole(index).equals(bytes)).toBe(true));
      expect([...opened.readItem(1)].map((chunk) => chunk.length)).toEqual([0]);
      expect([...opened.readItem(2)].map((chunk) => chunk.length)).toEqual([KIB64]);
      expect([...opened.readItem(3)].map((chunk) => chunk.length)).toEqual([KIB64, 1]);
      expect([...opened.readItem(4)].map((chunk) => chunk.length)).toEqual([KIB64, KIB64, 5]);
    }
  });

  it('carries a signature that matches the sender’s key and no other', () => {
    expect(signatureMatches(bundlePath, unit.keys.signingPublic)).toBe(true);
    expect(signatureMatches(bundlePath, police.keys.signingPublic)).toBe(false);
    expect(signatureMatches(bundlePath, Buffer.alloc(32))).toBe(false);
  });

  it('refuses an install it was not sealed to, naming that install’s fingerprint', async () => {
    const { header } = readBundleHeader(bundlePath);
    const error = await refusal(openBundle(bundlePath, header, stranger.me));
    expect(error.code).toBe('BUNDLE_REFUSED');
    expect(error.message).toMatch(/^This bundle is for another install/);
    expect(error.message).toContain(stranger.fingerprint.slice(0, 4));
  });

  it('does not open for an install claiming a recipient’s fingerprint without its private key', async () => {
    const { header } = readBundleHeader(bundlePath);
    const error = await refusal(openBundle(bundlePath, header, { fingerprint: police.fingerprint, sealingPrivate: stranger.keys.sealingPrivate }));
    expect(error.code).toBe('BUNDLE_REFUSED');
    expect(error.message).toMatch(/does not open with this install’s key/);
  });

  it('catches one byte changed anywhere: by the signature, and by the seals for a reader that skips it', async () => {
    const original = fs.readFileSync(bundlePath);
    const layout = layoutOf(original);
    const positions = new Set<number>();
    for (let p = 0; p < layout.itemsAt; p += 1) positions.add(p);
    for (let p = layout.signatureAt; p < original.length; p += 1) positions.add(p);
    for (const chunk of layout.chunks) {
      for (const offset of [0, 1, Math.floor(chunk.length / 2), chunk.length - TAG - 1, chunk.length - TAG, chunk.length - 1]) if (offset >= 0) positions.add(chunk.start + offset);
    }
    const tamperedPath = path.join(folder, 'tampered.prmbundle');
    fs.copyFileSync(bundlePath, tamperedPath);
    const fd = fs.openSync(tamperedPath, 'r+');
    const flip = (position: number) => fs.writeSync(fd, Buffer.from([original[position]! ^ 0x01]), 0, 1, position);
    const restore = (position: number) => fs.writeSync(fd, original, position, 1, position);
    const unsigned: number[] = [];
    const unsealed: number[] = [];
    const misattributed: number[] = [];
    // Every position goes past the signature; a sample goes the whole way in, since each refusal
    // costs an HPKE open and a stack trace: every byte of the framing (magic and lengths), every
    // third of the header and manifest, and the ends, middle and tag of every item chunk.
    const framing = (p: number) => p < BUNDLE_MAGIC.length + 4 || (p >= layout.manifestAt && p < layout.manifestAt + 4);
    const throughTheSeals = (p: number) => p < layout.signatureAt && (p >= layout.itemsAt || framing(p) || p % 3 === 0);
    let sealChecks = 0;
    for (const position of positions) {
      flip(position);
      try {
        if (signatureMatches(tamperedPath, unit.keys.signingPublic)) unsigned.push(position);
        if (!throughTheSeals(position)) continue;
        sealChecks += 1;
        await openAndVerify(tamperedPath, police.me);
        unsealed.push(position);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'BUNDLE_REFUSED') throw error;
        const chunk = layout.chunks.find((candidate) => position >= candidate.start && position < candidate.start + candidate.length);
        // An item chunk is caught by its item's seal, after the manifest opened; the rest before.
        if (chunk !== undefined && !error.message.includes(`“${items[chunk.item]!.name}”`)) misattributed.push(position);
      } finally {
        restore(position);
      }
    }
    fs.closeSync(fd);
    expect(positions.size).toBeGreaterThan(layout.itemsAt + SIGNATURE);
    expect(sealChecks).toBeGreaterThan(layout.itemsAt / 3);
    expect(unsigned).toEqual([]);
    expect(unsealed).toEqual([]);
    expect(misattributed).toEqual([]);
  }, 120_000);

  it('refuses, by the manifest’s seal, a header changed where it still reads as a header', async () => {
    const original = fs.readFileSync(bundlePath);
    const { header } = readBundleHeader(bundlePath);
    // Change the other recipient's sealed key, keeping it valid base64: Police's own key still opens.
    const other = header.recipients[1]!.sealedKey;
    const swapped = other[0] === 'A' ? `B${other.slice(1)}` : `A${other.slice(1)}`;
    const tampered = Buffer.from(original.toString('latin1').replace(other, swapped), 'latin1');
    expect(tampered.length).toBe(original.length);
    const tamperedPath = path.join(folder, 'header-tampered.prmbundle');
    fs.writeFileSync(tamperedPath, tampered);
    const { header: changed } = readBundleHeader(tamperedPath);
    expect(changed.recipients[1]!.sealedKey).toBe(swapped);
    const error = await refusal(openBundle(tamperedPath, changed, police.me));
    expect(error.message).toMatch(/^The list of what this bundle carries fails its seal/);
    expect(signatureMatches(tamperedPath, unit.keys.signingPublic)).toBe(false);
  });

  describe('cut short, extended or reordered', () => {
    async function refusedAs(bytes: Buffer, name: string): Promise<{ signed: boolean; error: AppError }> {
      const file = path.join(folder, name);
      fs.writeFileSync(file, bytes);
      return { signed: signatureMatches(file, unit.keys.signingPublic), error: await refusal(openAndVerify(file, police.me)) };
    }

    it('refuses a bundle missing its last byte', async () => {
      const original = fs.readFileSync(bundlePath);
      const { signed, error } = await refusedAs(original.subarray(0, original.length - 1), 'short.prmbundle');
      expect(signed).toBe(false);
      expect(error.message).toMatch(/is not the length its contents say/);
    });

    it('refuses a bundle with its last chunk dropped and the signature kept', async () => {
      const original = fs.readFileSync(bundlePath);
      const last = layoutOf(original).chunks.at(-1)!;
      const { signed, error } = await refusedAs(Buffer.concat([original.subarray(0, last.start), original.subarray(last.start + last.length)]), 'dropped.prmbundle');
      expect(signed).toBe(false);
      expect(error.message).toMatch(/is not the length its contents say/);
    });

    it('refuses a bundle with a chunk repeated, or bytes added after the signature', async () => {
      const original = fs.readFileSync(bundlePath);
      const last = layoutOf(original).chunks.at(-1)!;
      const repeated = Buffer.concat([original.subarray(0, last.start + last.length), original.subarray(last.start, last.start + last.length), original.subarray(last.start + last.length)]);
      for (const [bytes, name] of [
        [repeated, 'repeated.prmbundle'],
        [Buffer.concat([original, Buffer.from([0])]), 'extended.prmbundle'],
      ] as const) {
        const { signed, error } = await refusedAs(bytes, name);
        expect(signed).toBe(false);
        expect(error.message).toMatch(/is not the length its contents say/);
      }
    });

    it('refuses an item whose chunks are swapped, naming the item', async () => {
      const original = fs.readFileSync(bundlePath);
      const [first, second] = layoutOf(original).chunks.filter((chunk) => chunk.item === 4);
      const swapped = Buffer.from(original);
      original.copy(swapped, first!.start, second!.start, second!.start + second!.length);
      original.copy(swapped, second!.start, first!.start, first!.start + first!.length);
      const { signed, error } = await refusedAs(swapped, 'swapped.prmbundle');
      expect(signed).toBe(false);
      expect(error.message).toBe('The item “records.pdf” in this bundle does not match its recorded fingerprint: the bundle was altered or damaged. Nothing was imported.');
    });

    it('refuses to read on when the file is cut short after it was opened', async () => {
      const file = path.join(folder, 'cut-later.prmbundle');
      fs.copyFileSync(bundlePath, file);
      const opened = await openBundle(file, readBundleHeader(file).header, police.me);
      fs.truncateSync(file, layoutOf(fs.readFileSync(file)).chunks.at(-1)!.start);
      const error = await refusal(Promise.resolve().then(() => opened.readItemWhole(4)));
      expect(error.code).toBe('BUNDLE_REFUSED');
      expect(error.message).toMatch(/changed while it was being checked/);
    });
  });
});

describe('a file that is not a bundle this version reads', () => {
  let folder: string;
  const police = keyedInstall('Testshire Police', 'Public Protection Unit');
  beforeAll(() => (folder = makeTempFolder('prm-bundle-')));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  function withHeader(header: unknown, rest = Buffer.alloc(200)): string {
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(json.length);
    const file = path.join(folder, `${Math.random().toString(36).slice(2)}.prmbundle`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from(BUNDLE_MAGIC), length, json, rest]));
    return file;
  }

  function refusedMessage(file: string): string {
    try {
      readBundleHeader(file);
    } catch (error) {
      if (error instanceof AppError && error.code === 'BUNDLE_REFUSED') return error.message;
      throw error;
    }
    throw new Error(`${file} was read as a bundle.`);
  }

  it('refuses a bundle of a newer format by its version, before reading its other fields', () => {
    const file = withHeader({ format: BUNDLE_FORMAT, version: 2, id: 'not checked', sealing: 'something new' });
    expect(refusedMessage(file)).toBe(
      'This bundle was made by a newer version of Practice Review Manager (bundle format 2; this version reads format 1). Install the newer version to import it. Nothing was imported.',
    );
  });

  it('refuses a format it does not know, naming it', () => {
    expect(refusedMessage(withHeader({ format: 'someone-else/bundle', version: 1 }))).toMatch(/does not read \(“someone-else\/bundle” version 1;/);
    expect(refusedMessage(withHeader({ format: BUNDLE_FORMAT, version: 0 }))).toMatch(/does not read \(bundle format 0;/);
  });

  it('refuses files that are not bundles at all', () => {
    const notBundles = {
      'empty.prmbundle': Buffer.alloc(0),
      'letter.txt': Buffer.from('Dear colleague,\nPlease find the chronology attached.\n'),
      'workbook.xlsx': Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]),
      'short.prmbundle': Buffer.from(BUNDLE_MAGIC.slice(0, 6)),
    };
    for (const [name, bytes] of Object.entries(notBundles)) {
      const file = path.join(folder, name);
      fs.writeFileSync(file, bytes);
      expect(refusedMessage(file)).toBe('This file is not a Practice Review Manager bundle.');
    }
  });

  it('refuses a header length that is absurd or runs past the end of the file', () => {
    for (const length of [0xffffffff, 1024 * 1024 + 1, 300]) {
      const prefix = Buffer.alloc(4);
      prefix.writeUInt32BE(length);
      const file = path.join(folder, `length-${length}.prmbundle`);
      fs.writeFileSync(file, Buffer.concat([Buffer.from(BUNDLE_MAGIC), prefix, Buffer.from('{"format":"practice-review-manager/bundle"}')]));
      expect(refusedMessage(file)).toMatch(/^The header of this bundle cannot be read/);
    }
  });

  it('refuses a header that is not JSON or does not match the header’s schema', () => {
    const lengthOf = (text: string) => {
      const prefix = Buffer.alloc(4);
      prefix.writeUInt32BE(Buffer.byteLength(text));
      return prefix;
    };
    const garbled = path.join(folder, 'garbled.prmbundle');
    fs.writeFileSync(garbled, Buffer.concat([Buffer.from(BUNDLE_MAGIC), lengthOf('{"format":'), Buffer.from('{"format":'), Buffer.alloc(100)]));
    expect(refusedMessage(garbled)).toMatch(/^The header of this bundle cannot be read/);
    const extraField = withHeader({ format: BUNDLE_FORMAT, version: 1, id: '0b8f3f5e-7a43-4c55-9a53-bd0d7f7a7d51', sender: police.fingerprint, recipients: [], note: 'x' });
    expect(refusedMessage(extraField)).toMatch(/^The header of this bundle cannot be read/);
  });
});

describe('writing from a source that does not match what it claims', () => {
  let folder: string;
  const unit = keyedInstall('Testshire Safeguarding Children Partnership', 'Business Unit');
  const police = keyedInstall('Testshire Police', 'Public Protection Unit');
  beforeAll(() => (folder = makeTempFolder('prm-bundle-')));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  const bytes = patterned(3 * KIB64 + 10, 9);
  const damagedSources: Record<string, ItemSource> = {
    'another hash': sourceOf('chronology.xlsx', bytes, 10_000, { sha256: sha256(patterned(3 * KIB64 + 10, 8)) }),
    'more bytes than its size': sourceOf('chronology.xlsx', bytes, 10_000, { size: bytes.length - 1 }),
    'fewer bytes than its size': sourceOf('chronology.xlsx', bytes, 10_000, { size: bytes.length + 1 }),
  };

  for (const [what, source] of Object.entries(damagedSources)) {
    it(`fails on a source with ${what}, naming it, and leaves no file`, async () => {
      const out = path.join(folder, 'return.prmbundle');
      const promise = writeBundle(out, manifestBetween(unit, [police]), [sourceOf(PAYLOAD_ITEM, payload), source], unit.signer, [police.recipient]);
      const error = await refusal(promise);
      expect(error.code).toBe('FILE_DAMAGED');
      expect(error.message).toMatch(/^The file “chronology\.xlsx” does not match its recorded fingerprint, so no bundle was written\./);
      expect(fs.readdirSync(folder)).toEqual([]);
    });
  }

  it('leaves no file when a source fails while it is read', async () => {
    const out = path.join(folder, 'return.prmbundle');
    const failing: ItemSource = {
      ...sourceOf('summary.docx', bytes),
      *chunks() {
        yield bytes.subarray(0, KIB64 * 2);
        throw new Error('The disk went away.');
      },
    };
    await expect(writeBundle(out, manifestBetween(unit, [police]), [sourceOf(PAYLOAD_ITEM, payload), failing], unit.signer, [police.recipient])).rejects.toThrow('The disk went away.');
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('refuses to write a manifest that names recipients other than those it is sealed to', async () => {
    const health = keyedInstall('Testshire Integrated Care Board', 'Designated Nurse');
    const out = path.join(folder, 'request.prmbundle');
    await expect(writeBundle(out, manifestBetween(unit, [police, health]), [sourceOf(PAYLOAD_ITEM, payload)], unit.signer, [police.recipient])).rejects.toThrow(/recipients/);
    await expect(writeBundle(out, manifestBetween(police, [unit]), [sourceOf(PAYLOAD_ITEM, payload)], unit.signer, [unit.recipient])).rejects.toThrow(/sender/);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('a signed bundle whose manifest disagrees with its header', () => {
  let folder: string;
  const unit = keyedInstall('Testshire Safeguarding Children Partnership', 'Business Unit');
  const police = keyedInstall('Testshire Police', 'Public Protection Unit');
  const health = keyedInstall('Testshire Integrated Care Board', 'Designated Nurse');
  beforeAll(() => (folder = makeTempFolder('prm-bundle-')));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** A bundle put together by hand, as docs/bundle-format.md lays it out, sealed to Police and signed by the unit. */
  async function assembled(manifest: Record<string, unknown> & { id: string }, contents: readonly Buffer[] = [payload], id = manifest.id): Promise<string> {
    const fileKey = newFileKey();
    const { enc, sealedKey } = await sealFileKey(fileKey, id, unit.fingerprint, police.recipient);
    const header = Buffer.from(JSON.stringify({ format: BUNDLE_FORMAT, version: 1, id, sender: unit.fingerprint, recipients: [{ fingerprint: police.fingerprint, enc: enc.toString('base64'), sealedKey: sealedKey.toString('base64') }] }));
    const sealedManifest = sealManifest(fileKey, id, header, Buffer.from(JSON.stringify(manifest)));
    const parts: Buffer[] = [Buffer.from(BUNDLE_MAGIC), u32(header.length), header, u32(sealedManifest.length), sealedManifest];
    contents.forEach((bytes, index) => {
      const sealer = new ItemSealer(itemKey(fileKey, id, index), (ciphertext, tag) => parts.push(ciphertext, tag));
      sealer.push(bytes);
      sealer.end();
    });
    const body = Buffer.concat(parts);
    const file = path.join(folder, `${Math.random().toString(36).slice(2)}.prmbundle`);
    fs.writeFileSync(file, Buffer.concat([body, signBundleDigest(createHash('sha256').update(body).digest(), unit.keys.signingPrivate)]));
    return file;
  }

  const good = () => ({ ...manifestBetween(unit, [police]), items: [{ name: PAYLOAD_ITEM, mediaType: 'application/json', size: payload.length, sha256: sha256(payload) }] });

  it('opens when it is put together as the format document says', async () => {
    const file = await assembled(good());
    expect(signatureMatches(file, unit.keys.signingPublic)).toBe(true);
    expect((await openAndVerify(file, police.me)).readItemWhole(0).equals(payload)).toBe(true);
  });

  it('refuses a manifest with another id, another sender, or recipients other than those it is sealed to', async () => {
    const variants: [manifest: ReturnType<typeof good>, headerId?: string][] = [
      [good(), '7d0e1f2a-3b4c-4d5e-8f60-718293a4b5c6'],
      [{ ...good(), sender: { ...health.party, userName: 'Someone Else' } }],
      [{ ...good(), recipients: [health.party] }],
      [{ ...good(), recipients: [police.party, health.party] }],
      [{ ...good(), recipients: [police.party, police.party] }],
    ];
    for (const [manifest, headerId] of variants) {
      const file = await assembled(manifest, [payload], headerId);
      expect(signatureMatches(file, unit.keys.signingPublic)).toBe(true);
      const error = await refusal(openAndVerify(file, police.me));
      expect(error.message).toMatch(/^The list of what this bundle carries fails its seal or cannot be read/);
    }
  });

  it('refuses an item whose bytes do not match the SHA-256 in the manifest, naming it', async () => {
    const file = await assembled({ ...good(), items: [{ name: PAYLOAD_ITEM, mediaType: 'application/json', size: payload.length, sha256: sha256(Buffer.from('{}')) }] });
    const error = await refusal(openAndVerify(file, police.me));
    expect(error.message).toBe('The item “payload.json” in this bundle does not match its recorded fingerprint: the bundle was altered or damaged. Nothing was imported.');
  });

  it('refuses sizes that do not match the items: by the layout, or, where two cancel out, by the item read past its end', async () => {
    const second = patterned(100, 6);
    const entry = (name: string, bytes: Buffer, size = bytes.length) => ({ name, mediaType: 'application/octet-stream', size, sha256: sha256(bytes) });
    const longer = await assembled({ ...good(), items: [{ ...entry(PAYLOAD_ITEM, payload, payload.length + 1), mediaType: 'application/json' }] });
    expect((await refusal(openAndVerify(longer, police.me))).message).toMatch(/is not the length its contents say/);
    const shifted = await assembled({ ...good(), items: [entry(PAYLOAD_ITEM, payload), entry('chronology.xlsx', second, second.length + 1), entry('summary.docx', second, second.length - 1)] }, [payload, second, second]);
    expect((await refusal(openAndVerify(shifted, police.me))).message).toBe('The item “chronology.xlsx” in this bundle does not match its recorded fingerprint: the bundle was altered or damaged. Nothing was imported.');
  });
});
