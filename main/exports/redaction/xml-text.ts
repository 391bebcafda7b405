/**
 * The readable content of XML fed in pieces: text, CDATA, comments, processing instructions and
 * every attribute value, with entities decoded. Only an unfinished construct is held back between
 * pieces, so a large part is read with little memory.
 *
 * Two renderings are kept, because each catches what the other can miss:
 * - `pieces`: every text node and attribute value on its own line (with a bar between), so a
 *   value held whole in one node ("Olivia Hartley" as a document's author) is never run into its neighbours;
 * - `runs`: text nodes run together within a paragraph, so a name Word split across runs
 *   (<w:t>Oli</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>via</w:t>) reads whole. A line ends at
 *   the close of any element but the run-level ones Word's text sits in, and at a paragraph,
 *   break or tab, so neither paragraphs nor separate properties (a title, an author) run together.
 */

/** Elements (by local name) that break running text wherever they appear: paragraphs, breaks, tabs, cells. */
const LINE_BREAKING = new Set(['p', 'br', 'cr', 'tab', 'ptab', 'tc', 'tr', 'tbl', 'txbxContent', 'body', 'hdr', 'ftr', 'footnote', 'endnote', 'comment', 'document', 'sectPr']);
/** The run-level elements of WordprocessingML and DrawingML: closing one continues the paragraph's text. */
const INLINE = new Set(['t', 'r', 'rPr', 'delText', 'instrText', 'ins', 'del', 'moveFrom', 'moveTo', 'hyperlink', 'smartTag', 'fldSimple', 'customXml', 'dir', 'bdo']);

const PIECE_SEPARATOR = '\n|\n';
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Attributes that hold the format's own vocabulary, never content: namespace URIs, relationship
 * and content types, style ids, font names and formatting values ("Strong", "Title", "single",
 * "Arial", ".../office/word/..."). Read, they made the gate refuse every export for a family
 * called Strong or Single; the writer puts no data in them. Free-text attributes (an author, a
 * picture's description, a bookmark's name) are still read.
 */
function isVocabulary(attribute: string): boolean {
  const local = attribute.slice(attribute.indexOf(':') + 1);
  return attribute === 'xmlns' || attribute.startsWith('xmlns:') || attribute === 'mc:Ignorable' || VOCABULARY_ATTRIBUTES.has(local);
}
const VOCABULARY_ATTRIBUTES = new Set(['Type', 'ContentType', 'Extension', 'PartName', 'val', 'styleId', 'type', 'ascii', 'hAnsi', 'cs', 'eastAsia', 'asciiTheme', 'hAnsiTheme', 'cstheme', 'eastAsiaTheme']);
const TAG_NAME = /^\/?([^\s/>]+)/;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : null;
    if (code === null) return NAMED[name!] ?? whole;
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Where the tag opened at `from` ends (the index of its ">"), minding quoted attribute values; -1 if not yet seen. */
function tagEnd(buffer: string, from: number): number {
  let quote = '';
  for (let index = from + 1; index < buffer.length; index += 1) {
    const character = buffer[index];
    if (quote !== '') {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '>') return index;
  }
  return -1;
}

export class XmlTextReader {
  private buffer = '';
  private line = '';
  private readonly pieceList: string[] = [];
  private readonly runList: string[] = [];

  /** Reads what is complete of the text so far and keeps the rest for the next piece. */
  push(text: string): void {
    this.buffer += text;
    this.buffer = this.buffer.slice(this.scan(false));
  }

  /** Reads the remainder, finished or not, and returns both renderings. */
  end(): { readonly pieces: string; readonly runs: string } {
    this.scan(true);
    this.buffer = '';
    this.breakLine();
    // A bar between pieces, not only a line break: once the gate folds whitespace, separate
    // attribute values ("01", "720", "1440") must not read as one phone number or one name.
    return { pieces: this.pieceList.join(PIECE_SEPARATOR), runs: this.runList.join('\n') };
  }

  private piece(text: string): void {
    if (text.trim() !== '') this.pieceList.push(text);
  }

  private breakLine(): void {
    if (this.line.trim() !== '') this.runList.push(this.line);
    this.line = '';
  }

  private text(raw: string): void {
    this.literal(decodeEntities(raw));
  }

  private literal(text: string): void {
    this.piece(text);
    // Indentation between elements is layout, not content: it would split a run-together name.
    if (text.trim() === '' && /[\r\n]/.test(text)) return;
    this.line += text;
  }

  private tag(inside: string): void {
    for (const attribute of inside.matchAll(ATTRIBUTE)) if (!isVocabulary(attribute[1]!)) this.piece(decodeEntities(attribute[2] ?? attribute[3] ?? ''));
    const name = TAG_NAME.exec(inside)?.[1] ?? '';
    const local = name.slice(name.indexOf(':') + 1);
    if (LINE_BREAKING.has(local) || (inside.startsWith('/') && !INLINE.has(local))) this.breakLine();
  }

  /** Reads constructs from the start of the buffer; returns how far it got (all of it when `final`). */
  private scan(final: boolean): number {
    const buffer = this.buffer;
    let at = 0;
    while (at < buffer.length) {
      if (buffer[at] !== '<') {
        const next = buffer.indexOf('<', at);
        if (next === -1 && !final) return at;
        const until = next === -1 ? buffer.length : next;
        this.text(buffer.slice(at, until));
        at = until;
        continue;
      }
      const closers: readonly [string, string, (inside: string) => void][] = [
        ['<!--', '-->', (inside) => this.piece(inside)],
        ['<![CDATA[', ']]>', (inside) => this.literal(inside)],
        ['<?', '?>', (inside) => this.piece(inside)],
      ];
      const special = closers.find(([open]) => buffer.startsWith(open, at));
      // "<!-" or "<![CD" at the end of a piece: wait for the rest before deciding what it opens.
      if (special === undefined && !final && buffer.length - at < '<![CDATA['.length) return at;
      if (special !== undefined) {
        const [open, close, read] = special;
        const stop = buffer.indexOf(close, at + open.length);
        if (stop === -1 && !final) return at;
        const until = stop === -1 ? buffer.length : stop;
        read(buffer.slice(at + open.length, until));
        at = stop === -1 ? buffer.length : stop + close.length;
        continue;
      }
      const stop = tagEnd(buffer, at);
      if (stop === -1 && !final) return at;
      this.tag(buffer.slice(at + 1, stop === -1 ? buffer.length : stop));
      at = stop === -1 ? buffer.length : stop + 1;
    }
    return at;
  }
}

/** Both renderings of a whole XML text, for a part already in memory (XMP metadata, say). */
export function xmlText(xml: string): string {
  const reader = new XmlTextReader();
  reader.push(xml);
  const { pieces, runs } = reader.end();
  return `${pieces}\n${runs}`;
}
