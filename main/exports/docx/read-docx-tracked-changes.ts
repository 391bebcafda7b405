/**
 * Tracked changes that are neither accepted nor rejected. Importing such a draft would mean
 * choosing for the reviewer which version of a sentence the report says (and a deletion can hold
 * exactly the name someone meant to take out), so the draft is refused, naming where each change
 * is: "paragraph 12 (under “Overview”: “The health visitor…”)".
 *
 * Paragraphs are numbered from the start of the body, every paragraph counted (empty ones and
 * those in table cells too). Headers, footers, footnotes and endnotes are searched as well and
 * named by what they are.
 */
import { paragraphRole, type DocxFormatting } from './read-docx-paragraph-role.ts';
import { namedList, quoted } from './read-docx-quote.ts';
import { refuseDraft } from './read-docx-refusal.ts';
import { paragraphText } from './read-docx-text.ts';
import { childElements, descendants, firstChild, type XmlElement } from './read-docx-xml.ts';

/** Every WordprocessingML element that records a change still to be accepted or rejected. */
export const CHANGE_ELEMENTS: ReadonlySet<string> = new Set([
  'w:ins',
  'w:del',
  'w:moveFrom',
  'w:moveTo',
  'w:moveFromRangeStart',
  'w:moveToRangeStart',
  'w:rPrChange',
  'w:pPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:tblPrExChange',
  'w:tblGridChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:numberingChange',
  'w:cellIns',
  'w:cellDel',
  'w:cellMerge',
  'w:customXmlInsRangeStart',
  'w:customXmlDelRangeStart',
  'w:customXmlMoveFromRangeStart',
  'w:customXmlMoveToRangeStart',
]);

export type ChangePartKind = 'body' | 'header' | 'footer' | 'footnotes' | 'endnotes';

export interface ChangePart {
  readonly kind: ChangePartKind;
  readonly root: XmlElement;
}

/** How a place outside the body is named. */
const PART_LABELS: Readonly<Record<Exclude<ChangePartKind, 'body'>, string>> = {
  header: 'a page header',
  footer: 'a page footer',
  footnotes: 'a footnote',
  endnotes: 'an endnote',
};

interface Paragraph {
  readonly index: number;
  readonly element: XmlElement;
  readonly heading: string | undefined;
  readonly isHeading: boolean;
}

/** A paragraph's text with its deletions, to quote it: worked out only for a paragraph that has a change. */
const quotable = (paragraph: XmlElement): string => paragraphText(paragraph, { includeDeleted: true });

interface Context {
  readonly paragraph?: Paragraph;
  /** The number of a table's first paragraph, and the heading it sits under. */
  readonly table?: { readonly firstParagraph: number; readonly heading: string | undefined };
}

function under(heading: string | undefined): string {
  return heading === undefined ? '' : `under ${quoted(heading)}`;
}

function describeParagraph(paragraph: Paragraph): string {
  const text = quotable(paragraph.element);
  if (paragraph.isHeading) return `paragraph ${paragraph.index} (the heading ${quoted(text)})`;
  const details = [under(paragraph.heading), text === '' ? '' : quoted(text)].filter((part) => part !== '');
  return details.length === 0 ? `paragraph ${paragraph.index}` : `paragraph ${paragraph.index} (${details.join(': ')})`;
}

class ChangeFinder {
  readonly places = new Set<string>();
  private paragraphs = 0;
  private heading: string | undefined;

  constructor(private readonly formatting: DocxFormatting) {}

  private placeInBody(context: Context): string {
    if (context.paragraph !== undefined) return describeParagraph(context.paragraph);
    if (context.table !== undefined) {
      const heading = under(context.table.heading);
      return `the table at paragraph ${context.table.firstParagraph}${heading === '' ? '' : ` (${heading})`}`;
    }
    return 'the page layout (section settings)';
  }

  private place(kind: ChangePartKind, context: Context): string {
    if (kind === 'body') return this.placeInBody(context);
    const text = context.paragraph === undefined ? '' : quotable(context.paragraph.element);
    return text === '' ? PART_LABELS[kind] : `${PART_LABELS[kind]} (${quoted(text)})`;
  }

  private enterParagraph(paragraph: XmlElement): Paragraph {
    this.paragraphs += 1;
    const role = paragraphRole(paragraph, this.formatting);
    const isHeading = role.kind === 'heading' || role.kind === 'title';
    const entered = { index: this.paragraphs, element: paragraph, heading: this.heading, isHeading };
    if (isHeading) {
      const text = quotable(paragraph);
      if (text !== '') this.heading = text;
    }
    return entered;
  }

  walk(element: XmlElement, kind: ChangePartKind, context: Context): void {
    for (const child of childElements(element)) {
      if (CHANGE_ELEMENTS.has(child.name)) this.places.add(this.place(kind, context));
      if (child.name === 'w:p') this.walk(child, kind, { ...context, paragraph: this.enterParagraph(child) });
      else if (child.name === 'w:tbl' && context.paragraph === undefined) this.walk(child, kind, { table: { firstParagraph: this.paragraphs + 1, heading: this.heading } });
      else if (child.name === 'mc:AlternateContent') this.walkAlternatives(child, kind, context);
      else this.walk(child, kind, context);
    }
  }

  /**
   * Word writes a drawing twice (mc:Choice and an older mc:Fallback). The first is walked as
   * content; the second is only searched, so its paragraphs are not counted twice.
   */
  private walkAlternatives(element: XmlElement, kind: ChangePartKind, context: Context): void {
    const [first, ...others] = childElements(element);
    if (first !== undefined) this.walk(first, kind, context);
    for (const other of others) {
      if ([...descendants(other)].some((node) => CHANGE_ELEMENTS.has(node.name))) this.places.add(this.place(kind, context));
    }
  }
}

/** Where each unresolved tracked change is, one entry per place, in document order. */
export function findTrackedChanges(parts: readonly ChangePart[], formatting: DocxFormatting): string[] {
  const finder = new ChangeFinder(formatting);
  for (const part of parts) {
    const root = part.kind === 'body' ? (firstChild(part.root, 'w:body') ?? part.root) : part.root;
    finder.walk(root, part.kind, {});
  }
  return [...finder.places];
}

/** Refuses the draft when any tracked change is unresolved, naming up to five places. */
export function refuseTrackedChanges(places: readonly string[]): void {
  if (places.length === 0) return;
  refuseDraft(`The draft has tracked changes that are not accepted or rejected: ${namedList(places)}. Accept or reject every change in Word, then import it again.`);
}
