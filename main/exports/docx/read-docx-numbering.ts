/**
 * Whether a numbered paragraph is in an ordered or a bulleted list, from word/numbering.xml: a
 * paragraph's numId names a w:num, which points at a w:abstractNum (possibly through a numbering
 * style's w:numStyleLink) and may override single levels; each level's w:numFmt says "bullet" for
 * a bulleted list and a number format ("decimal", "lowerLetter", …) otherwise.
 */
import type { DocxStyles } from './read-docx-styles.ts';
import { childElements, childValue, descendants, firstChild, type XmlElement } from './read-docx-xml.ts';

/** The formats of each level of one abstract numbering definition, by level. */
type LevelFormats = ReadonlyMap<number, string>;

interface NumberingInstance {
  readonly abstractNumId: string | undefined;
  readonly overrides: LevelFormats;
}

/** Formats that print no number: a list using them reads as bulleted. */
const UNORDERED_FORMATS: ReadonlySet<string> = new Set(['bullet', 'none']);

/**
 * A level's w:numFmt; Word wraps a custom format in mc:AlternateContent with a plain fallback,
 * so the first w:numFmt anywhere inside the level is the one to read.
 */
function levelFormats(parent: XmlElement): Map<number, string> {
  const formats = new Map<number, string>();
  for (const child of childElements(parent)) {
    const level = child.name === 'w:lvl' ? child : child.name === 'w:lvlOverride' ? firstChild(child, 'w:lvl') : undefined;
    if (level === undefined) continue;
    const index = Number.parseInt(level.attributes['w:ilvl'] ?? child.attributes['w:ilvl'] ?? '0', 10);
    const format = [...descendants(level)].find((element) => element.name === 'w:numFmt')?.attributes['w:val'];
    if (format !== undefined && Number.isFinite(index)) formats.set(index, format);
  }
  return formats;
}

export class DocxNumbering {
  private constructor(
    private readonly instances: ReadonlyMap<string, NumberingInstance>,
    private readonly abstracts: ReadonlyMap<string, { formats: LevelFormats; styleLink: string | undefined }>,
    private readonly styles: DocxStyles,
  ) {}

  static from(root: XmlElement | undefined, styles: DocxStyles): DocxNumbering {
    const instances = new Map<string, NumberingInstance>();
    const abstracts = new Map<string, { formats: LevelFormats; styleLink: string | undefined }>();
    for (const element of root === undefined ? [] : childElements(root)) {
      if (element.name === 'w:abstractNum') {
        const id = element.attributes['w:abstractNumId'];
        if (id !== undefined) abstracts.set(id, { formats: levelFormats(element), styleLink: childValue(element, 'w:numStyleLink') });
      } else if (element.name === 'w:num') {
        const id = element.attributes['w:numId'];
        if (id !== undefined) instances.set(id, { abstractNumId: childValue(element, 'w:abstractNumId'), overrides: levelFormats(element) });
      }
    }
    return new DocxNumbering(instances, abstracts, styles);
  }

  /** The format of one level of one numbering instance, or undefined when the file does not say. */
  private formatOf(numId: string, level: number, hops = 0): string | undefined {
    const instance = this.instances.get(numId);
    if (instance === undefined) return undefined;
    const override = instance.overrides.get(level);
    if (override !== undefined) return override;
    const abstract = instance.abstractNumId === undefined ? undefined : this.abstracts.get(instance.abstractNumId);
    if (abstract === undefined) return undefined;
    const format = abstract.formats.get(level);
    if (format !== undefined || abstract.styleLink === undefined || hops > 2) return format;
    // A list built on a numbering style: its levels are defined where that style's numbering points.
    const linked = this.styles.numberingOf(abstract.styleLink);
    return linked === undefined || linked.numId === numId ? undefined : this.formatOf(linked.numId, level, hops + 1);
  }

  /** Whether items at this level print numbers or letters; a list whose format cannot be found reads as bulleted. */
  isOrdered(numId: string, level: number): boolean {
    const format = this.formatOf(numId, level);
    return format !== undefined && !UNORDERED_FORMATS.has(format);
  }
}
