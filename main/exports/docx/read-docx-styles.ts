/**
 * A Word document's styles (word/styles.xml), as far as the reader needs them: which paragraph
 * styles are headings, the title or subtitle, or table-of-contents entries; which carry list
 * numbering; which make text bold. Style ids vary with Word's language ("Heading1", "berschrift1", "Titre1"), but
 * built-in styles keep their English names ("heading 1") and an outline level, so all three are
 * checked, following each style's basedOn chain.
 */
import { childValue, childElements, firstChild, isToggleOn, type XmlElement } from './read-docx-xml.ts';

export type StyleHeading = { readonly kind: 'title' } | { readonly kind: 'subtitle' } | { readonly kind: 'heading'; readonly level: number } | { readonly kind: 'body' };

export interface StyleNumbering {
  readonly numId: string;
  readonly level: number | undefined;
}

interface Style {
  readonly id: string;
  readonly name: string;
  readonly basedOn: string | undefined;
  /** w:outlineLvl: 0–8 are heading levels 1–9; 9 is body text. */
  readonly outlineLevel: number | undefined;
  readonly numbering: StyleNumbering | undefined;
  /** Whether the style sets bold on or off, or undefined when it leaves it to the style it is based on. */
  readonly bold: boolean | undefined;
}

/** basedOn chains are short; a longer one is a loop in a damaged file. */
const MAX_CHAIN = 20;

const HEADING_ID = /^heading([1-9])$/i;
const HEADING_NAME = /^heading ([1-9])$/i;
const TOC_NAME = /^(?:toc [1-9]|toc heading)$/i;
const TOC_ID = /^(?:toc[1-9]|tocheading)$/i;

function integerOrUndefined(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** A w:numPr (in a paragraph's or a style's w:pPr) as numbering id and level. */
export function numberingOf(paragraphProperties: XmlElement | undefined): StyleNumbering | undefined {
  const numPr = firstChild(paragraphProperties, 'w:numPr');
  const numId = childValue(numPr, 'w:numId');
  if (numId === undefined) return undefined;
  return { numId, level: integerOrUndefined(childValue(numPr, 'w:ilvl')) };
}

export function outlineLevelOf(paragraphProperties: XmlElement | undefined): number | undefined {
  return integerOrUndefined(childValue(paragraphProperties, 'w:outlineLvl'));
}

function readStyle(element: XmlElement): Style {
  const pPr = firstChild(element, 'w:pPr');
  const bold = firstChild(firstChild(element, 'w:rPr'), 'w:b');
  return {
    id: element.attributes['w:styleId'] ?? '',
    name: (childValue(element, 'w:name') ?? '').trim().toLowerCase(),
    basedOn: childValue(element, 'w:basedOn'),
    outlineLevel: outlineLevelOf(pPr),
    numbering: numberingOf(pPr),
    bold: bold === undefined ? undefined : isToggleOn(bold),
  };
}

export class DocxStyles {
  private constructor(
    private readonly styles: ReadonlyMap<string, Style>,
    /** The paragraph style a paragraph without w:pStyle has ("Normal", in any language). */
    readonly defaultParagraphStyle: string | undefined,
  ) {}

  static from(root: XmlElement | undefined): DocxStyles {
    const styles = new Map<string, Style>();
    let defaultParagraphStyle: string | undefined;
    for (const element of root === undefined ? [] : childElements(root)) {
      if (element.name !== 'w:style') continue;
      const style = readStyle(element);
      if (style.id === '' || styles.has(style.id)) continue;
      styles.set(style.id, style);
      const isDefault = ['1', 'true', 'on'].includes((element.attributes['w:default'] ?? '').toLowerCase());
      if (isDefault && element.attributes['w:type'] === 'paragraph') defaultParagraphStyle ??= style.id;
    }
    return new DocxStyles(styles, defaultParagraphStyle);
  }

  /** The style and the styles it is based on, nearest first; an unknown id still yields its bare id. */
  private *chain(styleId: string | undefined): Generator<Style> {
    let id = styleId;
    for (let hops = 0; id !== undefined && hops < MAX_CHAIN; hops += 1) {
      const style = this.styles.get(id);
      if (style === undefined) {
        yield { id, name: '', basedOn: undefined, outlineLevel: undefined, numbering: undefined, bold: undefined };
        return;
      }
      yield style;
      id = style.basedOn;
    }
  }

  headingOf(styleId: string | undefined): StyleHeading {
    for (const style of this.chain(styleId)) {
      if (/^title$/i.test(style.id) || style.name === 'title') return { kind: 'title' };
      if (/^subtitle$/i.test(style.id) || style.name === 'subtitle') return { kind: 'subtitle' };
      const byName = HEADING_ID.exec(style.id) ?? HEADING_NAME.exec(style.name);
      if (byName !== null) return { kind: 'heading', level: Number(byName[1]) };
      if (style.outlineLevel !== undefined) return style.outlineLevel >= 0 && style.outlineLevel <= 8 ? { kind: 'heading', level: style.outlineLevel + 1 } : { kind: 'body' };
    }
    return { kind: 'body' };
  }

  isTableOfContents(styleId: string | undefined): boolean {
    for (const style of this.chain(styleId)) if (TOC_ID.test(style.id) || TOC_NAME.test(style.name)) return true;
    return false;
  }

  numberingOf(styleId: string | undefined): StyleNumbering | undefined {
    for (const style of this.chain(styleId)) if (style.numbering !== undefined) return style.numbering;
    return undefined;
  }

  isBold(styleId: string | undefined): boolean {
    for (const style of this.chain(styleId)) if (style.bold !== undefined) return style.bold;
    return false;
  }
}
