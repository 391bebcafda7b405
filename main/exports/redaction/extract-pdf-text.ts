/**
 * A PDF's text as the app itself reads it back, by pdfjs-dist's legacy build (council desktops
 * have no pdftotext): every page's text, then everything else a reader or a search engine could
 * show — the document information (title, author, subject, keywords, creator, producer, dates,
 * custom keys), any XMP metadata, bookmarks, annotations and attachments — so the gate searches
 * all of it. No worker thread (pdfjs runs its worker code in this thread), no eval, no system
 * fonts, nothing fetched.
 */
import { xmlText } from './xml-text.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

let loaded: Promise<Pdfjs> | null = null;

/**
 * pdfjs loaded on first use (it is large: under tsx, which transforms and source-maps it, loading
 * takes seconds), with its worker's handler in this thread: found by import, not by a file path,
 * so bundling cannot lose it. Call it ahead (a benchmark's warm-up) to keep the load out of a timing.
 */
export function preparePdfExtraction(): Promise<Pdfjs> {
  loaded ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

/** Every string in a value from pdfjs (an info dictionary, an annotation), a few levels deep. */
function stringsIn(value: unknown, into: string[], depth = 0): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') into.push(value);
  } else if (value instanceof Uint8Array || depth > 4) {
    return;
  } else if (Array.isArray(value)) {
    for (const item of value) stringsIn(item, into, depth + 1);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) stringsIn(item, into, depth + 1);
  }
}

type TextItems = Awaited<ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['getTextContent']>>['items'];

/**
 * A page's items in order, with pdfjs's line ends; and a break where pdfjs put none but the next
 * item is not the continuation of the last — on another baseline, behind it (a running header's
 * left part after its centre), or after a gap — so that the last word of one never runs into the
 * first of the next ("OFFICIAL-SENSITIVELocal") and hides a name from the gate.
 */
function joinItems(items: TextItems): string {
  const parts: string[] = [];
  let lineEnded = true;
  let last: { y: number; endX: number; size: number; str: string } | null = null;
  for (const item of items) {
    if (!('str' in item)) continue;
    const [, , , size, x, y] = item.transform as number[];
    if (!lineEnded && last !== null && item.str !== '') {
      const gap = x! - last.endX;
      if (Math.abs(y! - last.y) > 1) parts.push('\n');
      else if ((gap < -1 || gap > Math.abs(last.size) / 4) && !/\s$/.test(last.str) && !/^\s/.test(item.str)) parts.push(' ');
    }
    parts.push(item.str);
    if (item.hasEOL) parts.push('\n');
    lineEnded = item.hasEOL || (lineEnded && item.str === '');
    if (item.str !== '') last = { y: y!, endX: x! + item.width, size: size!, str: item.str };
  }
  return parts.join('');
}

async function pageTexts(pdf: PdfDocument): Promise<{ text: string; annotations: string[] }> {
  const pages: string[] = [];
  const annotations: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(joinItems(content.items));
    stringsIn(await page.getAnnotations(), annotations);
    page.cleanup();
  }
  return { text: pages.join('\n\f'), annotations };
}

function outlineTitles(items: readonly { title: string; items: unknown }[] | null, into: string[]): void {
  for (const item of items ?? []) {
    into.push(item.title);
    outlineTitles(item.items as { title: string; items: unknown }[], into);
  }
}

/** XMP packets stored uncompressed in the file, read from the bytes themselves in case pdfjs could not parse one. */
function rawXmpPackets(bytes: Uint8Array): string[] {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const packets: string[] = [];
  for (let start = latin1.indexOf('<x:xmpmeta'); start !== -1; start = latin1.indexOf('<x:xmpmeta', start + 1)) {
    const end = latin1.indexOf('</x:xmpmeta>', start);
    if (end === -1) break;
    packets.push(Buffer.from(latin1.slice(start, end + '</x:xmpmeta>'.length), 'latin1').toString('utf8'));
  }
  return packets;
}

async function documentExtras(pdf: PdfDocument, bytes: Uint8Array): Promise<string[]> {
  const extras: string[] = [];
  const { info, metadata } = await pdf.getMetadata();
  stringsIn(info, extras);
  const xmp = metadata?.getRaw();
  if (typeof xmp === 'string') extras.push(xmlText(xmp));
  for (const packet of rawXmpPackets(bytes)) extras.push(xmlText(packet));
  outlineTitles(await pdf.getOutline(), extras);
  const attachments = (await pdf.getAttachments()) as Record<string, { filename?: string; description?: string; content?: Uint8Array }> | null;
  for (const attachment of Object.values(attachments ?? {})) {
    stringsIn([attachment.filename, attachment.description], extras);
    if (attachment.content !== undefined) extras.push(new TextDecoder('utf-8').decode(attachment.content));
  }
  return extras;
}

/** Every page's text, by pdfjs-dist's legacy build (council desktops have no pdftotext), then the document's metadata and other text. */
export async function extractPdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdfjs = await preparePdfExtraction();
  // A copy: pdfjs may take over the buffer it is given, and the caller still needs these bytes.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, enableXfa: false, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const { text, annotations } = await pageTexts(pdf);
    const extras = [...annotations, ...(await documentExtras(pdf, bytes))];
    // A bar between the extras, as between XML pieces: two properties must not read as one value.
    return { text: `${text}\n\f${extras.join('\n|\n')}`, pages: pdf.numPages };
  } finally {
    await task.destroy();
  }
}
