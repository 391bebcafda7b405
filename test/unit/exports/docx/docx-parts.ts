/**
 * A .docx as the tests see it: every part of the package unzipped with yauzl (independently of the
 * writer's own zip code), and the document's paragraphs read with plain patterns.
 */
import yauzl from 'yauzl';

export interface UnzippedPart {
  readonly name: string;
  readonly text: string;
  readonly modified: Date;
}

export async function unzipDocx(bytes: Uint8Array): Promise<Map<string, UnzippedPart>> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  const parts = new Map<string, UnzippedPart>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    parts.set(entry.fileName, { name: entry.fileName, text: Buffer.concat(chunks).toString('utf8'), modified: entry.getLastModDate() });
  }
  zip.close();
  return parts;
}

export function part(parts: ReadonlyMap<string, UnzippedPart>, name: string): string {
  const found = parts.get(name);
  if (!found) throw new Error(`The package has no ${name}; it has ${[...parts.keys()].join(', ')}`);
  return found.text;
}

export interface WordParagraph {
  readonly style: string | undefined;
  readonly numId: string | undefined;
  readonly text: string;
  readonly xml: string;
}

const PARAGRAPH = /<w:p(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g;

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Paragraphs in document order (table cells' included), with their style, list numbering and text. */
export function wordParagraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(PARAGRAPH)].map((match) => {
    const inner = match[1] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]*)"/.exec(inner)?.[1],
      numId: /<w:numId w:val="([^"]*)"/.exec(inner)?.[1],
      text: decode([...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join('')),
      xml: match[0],
    };
  });
}

/** The numbering format (bullet, decimal…) of level 0 of the list a w:numId names. */
export function numberFormat(numberingXml: string, numId: string): string | undefined {
  const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="([^"]*)"`).exec(numberingXml)?.[1];
  if (abstractId === undefined) return undefined;
  const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numberingXml)?.[0] ?? '';
  return /<w:lvl w:ilvl="0"[\s\S]*?<w:numFmt w:val="([^"]*)"/.exec(abstract)?.[1];
}

/** Table rows as their XML, in order. */
export function tableRows(xml: string): string[] {
  return [...xml.matchAll(/<w:tr(?=[\s>])[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
}
