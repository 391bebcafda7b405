/**
 * The bundle file (docs/bundle-format.md): written sealed and signed, read back with every check,
 * items streamed in chunks (never held whole) under keys derived from the file key, as age's
 * STREAM does. This module is the one door to it; the parts are in the bundle-*.ts beside it:
 * bundle-write (making one), bundle-read (the checks, in order), bundle-keys (the file key and
 * what is derived from it), bundle-stream (the chunks), bundle-signature, bundle-layout and
 * bundle-refusals (what a person is told when a file is refused).
 */
export { writeBundle, type ItemSource, type Recipient, type Signer, type WrittenBundle } from './bundle-write.ts';
export { openBundle, readBundleHeader, signatureMatches, type OpenedBundle } from './bundle-read.ts';
