/**
 * One XML part of a Word package as a small ordered tree. Order matters in WordprocessingML (a
 * paragraph is its runs in order). fast-xml-parser's validator first proves the part well-formed;
 * then one pass here builds the tree directly. (fast-xml-parser's own ordered output, copied into
 * typed nodes, took some 27 times the XML's size in memory and far longer: a long report's
 * document.xml is tens of megabytes.)
 *
 * Safety: a DOCTYPE is refused outright (Word never writes one, and entity declarations are how
 * an XML file expands a few bytes into gigabytes), so only the five XML entities and character
 * references are ever expanded; and the tree is refused past a nesting depth no Word document
 * reaches, so no reader of it can overflow the stack.
 */
import { XMLValidator } from 'fast-xml-parser';
import { refuseDamaged } from './read-docx-refusal.ts';

/**
 * An element, its child elements and its own text. WordprocessingML keeps text only in leaf
 * elements (w:t, w:delText, w:instrText, m:t), never mixed with child elements, so text between
 * elements (the indentation some programs write) is dropped and a leaf's text is one string.
 */
export interface XmlElement {
  /** The qualified name with its canonical prefix ("w:p"), whatever prefix the file used. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly elements: readonly XmlElement[];
  readonly text: string;
}

/** Word nests a few dozen deep at most (tables in tables in text boxes); this is far past that. */
export const MAX_XML_DEPTH = 256;

/**
 * Namespaces the readers look for, by the prefix they are written with. Word always writes these
 * prefixes, but another program may bind the same namespace to another prefix or make it the
 * default namespace; the tree uses these prefixes either way. Only declarations on the root
 * element are honoured, which is where Word and every other writer seen put them.
 */
const CANONICAL_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/math', 'm'],
  ['http://purl.oclc.org/ooxml/officeDocument/math', 'm'],
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NO_ELEMENTS: readonly XmlElement[] = Object.freeze([]);

function codePointText(codePoint: number): string {
  const valid = Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return valid ? String.fromCodePoint(codePoint) : '\uFFFD';
}

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_whole, entity: string) => {
    if (entity.startsWith('#x')) return codePointText(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return codePointText(Number.parseInt(entity.slice(1), 10));
    return NAMED_ENTITIES[entity] ?? '';
  });
}

/** An element while it is being built: the same object the tree keeps, so each element is allocated once. */
interface OpenElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  elements: XmlElement[];
  text: string;
}

/** Names as the tree spells them, each worked out once per part: a long document repeats a few dozen names millions of times. */
class Names {
  private readonly prefixes = new Map<string, string>();
  private readonly cache = new Map<string, string>();

  declare(attributes: Readonly<Record<string, string>>): void {
    for (const [name, value] of Object.entries(attributes)) {
      const canonical = CANONICAL_PREFIXES.get(value);
      if (canonical === undefined) continue;
      if (name === 'xmlns') this.prefixes.set('', canonical);
      else if (name.startsWith('xmlns:')) this.prefixes.set(name.slice('xmlns:'.length), canonical);
    }
  }

  canonical(name: string, isAttribute: boolean): string {
    const key = isAttribute ? `@${name}` : name;
    let found = this.cache.get(key);
    if (found === undefined) {
      const colon = name.indexOf(':');
      // The default namespace never applies to attributes.
      const prefix = colon === -1 ? (isAttribute ? undefined : this.prefixes.get('')) : this.prefixes.get(name.slice(0, colon));
      found = prefix === undefined ? name : `${prefix}:${name.slice(colon + 1)}`;
      this.cache.set(key, found);
    }
    return found;
  }
}

/** The index of the '>' that ends the tag starting at `from`; a '>' inside a quoted attribute value does not end it. */
function tagEnd(xml: string, from: number): number {
  for (let index = from; index < xml.length; index += 1) {
    const char = xml.charCodeAt(index);
    if (char === 0x3e) return index;
    if (char === 0x22 || char === 0x27) {
      const close = xml.indexOf(xml[index]!, index + 1);
      if (close === -1) return -1;
      index = close;
    }
  }
  return -1;
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(Object.create(null) as Record<string, string>);

function parseAttributes(source: string, names: Names | null): Readonly<Record<string, string>> {
  if (!source.includes('=')) return NO_ATTRIBUTES;
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = names === null ? match[1]! : names.canonical(match[1]!, true);
    attributes[name] = decodeXmlEntities(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/** Where a tag's name ends: at the first white space, or at the end of the tag. */
function nameEnd(inside: string): number {
  for (let index = 0; index < inside.length; index += 1) {
    const char = inside.charCodeAt(index);
    if (char === 0x20 || char === 0x09 || char === 0x0a || char === 0x0d) return index;
  }
  return inside.length;
}

/** Builds the tree from XML the validator has already passed, so the scan need not check well-formedness itself. */
function buildTree(xml: string): XmlElement {
  const names = new Names();
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let position = 0;
  const skipTo = (marker: string, from: number) => {
    const at = xml.indexOf(marker, from);
    if (at === -1) refuseDamaged();
    return at + marker.length;
  };
  const attach = (element: OpenElement) => {
    // Text is a leaf's only: an element with children keeps none (it was indentation).
    if (element.elements.length > 0) element.text = '';
    const parent = stack.at(-1);
    if (parent === undefined) root ??= element;
    else if (parent.elements === NO_ELEMENTS) parent.elements = [element];
    else parent.elements.push(element);
  };
  while (position < xml.length) {
    const open = stack.at(-1);
    const lt = xml.indexOf('<', position);
    const textEnd = lt === -1 ? xml.length : lt;
    if (open !== undefined && open.elements === NO_ELEMENTS && textEnd > position) open.text += decodeXmlEntities(xml.slice(position, textEnd));
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f) {
      // "</": an end tag.
      position = skipTo('>', lt + 2);
      const done = stack.pop();
      if (done === undefined) refuseDamaged();
      attach(done);
    } else if (next === 0x21) {
      // "<!": a comment or CDATA; anything else (a DOCTYPE) was refused before the scan.
      if (xml.startsWith('<!--', lt)) position = skipTo('-->', lt + 4);
      else if (xml.startsWith('<![CDATA[', lt)) {
        position = skipTo(']]>', lt + 9);
        if (open !== undefined && open.elements === NO_ELEMENTS) open.text += xml.slice(lt + 9, position - 3);
      } else refuseDamaged();
    } else if (next === 0x3f) position = skipTo('?>', lt + 2);
    else {
      const end = tagEnd(xml, lt + 1);
      if (end === -1) refuseDamaged();
      const selfClosing = xml.charCodeAt(end - 1) === 0x2f;
      const inside = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const split = nameEnd(inside);
      const isRoot = stack.length === 0 && root === undefined;
      // The root's namespace declarations must be read before its own name is resolved.
      if (isRoot) names.declare(parseAttributes(inside.slice(split), null));
      const element: OpenElement = { name: names.canonical(inside.slice(0, split), false), attributes: parseAttributes(inside.slice(split), names), elements: NO_ELEMENTS as XmlElement[], text: '' };
      position = end + 1;
      if (selfClosing) attach(element);
      else {
        stack.push(element);
        if (stack.length > MAX_XML_DEPTH) refuseDamaged();
      }
    }
  }
  if (root === undefined || stack.length > 0) return refuseDamaged();
  return root;
}

/** The root element of one XML part; refuses (FILE_REFUSED) a part that is not well-formed XML or declares a DOCTYPE. */
export function parseXmlPart(xml: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) refuseDamaged();
  if (XMLValidator.validate(xml) !== true) refuseDamaged();
  return buildTree(xml);
}

export function childElements(element: XmlElement): readonly XmlElement[] {
  return element.elements;
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.elements.find((child) => child.name === name);
}

/** The w:val of a child element ("w:pStyle" → "Heading1"), or undefined. */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return firstChild(element, name)?.attributes['w:val'];
}

/** Every element below this one (not itself) in document order, without recursion. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = [...element.elements].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    for (let index = next.elements.length - 1; index >= 0; index -= 1) stack.push(next.elements[index]!);
  }
}

/** A toggle property such as w:b: on when present, unless its w:val says off. */
export function isToggleOn(element: XmlElement | undefined): boolean {
  if (element === undefined) return false;
  const value = element.attributes['w:val'];
  return value === undefined || !['false', '0', 'off', 'none'].includes(value.toLowerCase());
}
