/**
 * The text of one Word paragraph as a reader sees it: runs joined in order, a tab as a space, a
 * line break as a new line (a page or column break as a space), a hyperlink's or a field's shown
 * text kept (never a field's instruction), a content control's content kept. Pictures, text boxes
 * and embedded objects carry no text here; they are counted so the reader can say what was left out.
 */
import { childElements, firstChild, type XmlElement } from './read-docx-xml.ts';

/** What the text leaves out, counted across the document for the warnings. */
export interface DroppedContent {
  images: number;
  textBoxes: number;
  footnotes: number;
  endnotes: number;
}

export function noDroppedContent(): DroppedContent {
  return { images: 0, textBoxes: 0, footnotes: 0, endnotes: 0 };
}

export interface TextOptions {
  /** Where to count what is left out; omitted when the text is only for naming a place. */
  readonly dropped?: DroppedContent;
  /** Include deleted text (w:delText): only to quote a paragraph that has tracked changes. */
  readonly includeDeleted?: boolean;
}

/** Elements whose children are the paragraph's content, in order. */
const CONTAINERS: ReadonlySet<string> = new Set([
  'w:r',
  'w:hyperlink',
  'w:smartTag',
  'w:customXml',
  'w:sdtContent',
  'w:fldSimple',
  'w:ins',
  'w:moveTo',
  'w:bdo',
  'w:dir',
  'w:rubyBase',
]);
const DELETED_CONTAINERS: ReadonlySet<string> = new Set(['w:del', 'w:moveFrom']);
const TEXT_ELEMENTS: ReadonlySet<string> = new Set(['w:t', 'm:t']);
const OBJECTS: ReadonlySet<string> = new Set(['w:drawing', 'w:pict', 'w:object']);
/** Characters no report text should hold: XML 1.0 forbids most, but a character reference can still spell them. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function countObject(element: XmlElement, dropped: DroppedContent | undefined): void {
  if (dropped === undefined) return;
  const stack = [element];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.name === 'w:txbxContent') {
      dropped.textBoxes += 1;
      return;
    }
    stack.push(...childElements(next));
  }
  dropped.images += 1;
}

/** mc:AlternateContent offers one thing several ways: read the first choice only, so it is counted once. */
function alternative(element: XmlElement): XmlElement | undefined {
  return firstChild(element, 'mc:Choice') ?? firstChild(element, 'mc:Fallback');
}

function collect(element: XmlElement, options: TextOptions, out: string[]): void {
  for (const child of childElements(element)) {
    const { name } = child;
    if (TEXT_ELEMENTS.has(name) || (options.includeDeleted === true && name === 'w:delText')) out.push(child.text);
    else if (name === 'w:tab' || name === 'w:ptab') out.push(' ');
    else if (name === 'w:br') out.push(['page', 'column'].includes(child.attributes['w:type'] ?? '') ? ' ' : '\n');
    else if (name === 'w:cr') out.push('\n');
    else if (name === 'w:noBreakHyphen') out.push('-');
    else if (OBJECTS.has(name)) countObject(child, options.dropped);
    else if (name === 'mc:AlternateContent') {
      const chosen = alternative(child);
      if (chosen !== undefined) collect(chosen, options, out);
    } else if (name === 'w:footnoteReference') {
      if (options.dropped !== undefined) options.dropped.footnotes += 1;
    } else if (name === 'w:endnoteReference') {
      if (options.dropped !== undefined) options.dropped.endnotes += 1;
    } else if (name === 'w:sdt') {
      const content = firstChild(child, 'w:sdtContent');
      if (content !== undefined) collect(content, options, out);
    } else if (name === 'w:ruby') {
      const base = firstChild(child, 'w:rubyBase');
      if (base !== undefined) collect(base, options, out);
    } else if (CONTAINERS.has(name) || name.startsWith('m:') || (options.includeDeleted === true && DELETED_CONTAINERS.has(name))) collect(child, options, out);
    // Anything else (properties, field instructions, bookmarks, comment marks) carries no shown text.
  }
}

/** Tidies joined runs: tabs as spaces, no spaces at either end of a line, no control characters. */
export function tidyText(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

export function paragraphText(paragraph: XmlElement, options: TextOptions = {}): string {
  const out: string[] = [];
  collect(paragraph, options, out);
  return tidyText(out.join(''));
}
