/**
 * The text of a Word, Excel, PowerPoint or OpenDocument file (each a zip of XML parts), read
 * part by part with the redaction gate's XML reader (main/exports/redaction/xml-text.ts) and kept
 * in two: what a reader sees (the text in the body, cells, headers, footers, comments and the
 * document's properties) and what sits in attributes (a picture's description, a bookmark's
 * name). A name is looked for in both; the first is what the reviewer is shown around it.
 */
import yauzl from 'yauzl';
import { XmlTextReader } from '../exports/redaction/xml-text.ts';

export interface PackageText {
  readonly visible: string;
  readonly attributes: string;
}

const XML_PART = /\.(xml|rels|vml)$/i;

async function partText(stream: NodeJS.ReadableStream): Promise<{ pieces: string; runs: string }> {
  const reader = new XmlTextReader();
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream as AsyncIterable<Buffer>) reader.push(decoder.decode(chunk, { stream: true }));
  reader.push(decoder.decode());
  return reader.end();
}

export async function packageText(bytes: Uint8Array): Promise<PackageText> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
  const visible: string[] = [];
  const attributes: string[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (!XML_PART.test(entry.fileName)) continue;
      const { pieces, runs } = await partText(await zip.openReadStreamPromise(entry));
      if (runs.trim() !== '') visible.push(runs);
      if (pieces.trim() !== '') attributes.push(pieces);
    }
  } finally {
    zip.close();
  }
  return { visible: visible.join('\n'), attributes: attributes.join('\n') };
}
