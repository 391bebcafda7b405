/**
 * What one Word paragraph is to the report: the document's title or subtitle, a heading
 * (level 1–9 as Word numbers them), an item of an ordered or bulleted list, an entry of Word's
 * own table of contents (which the app never imports), or body text.
 *
 * Formatting set on the paragraph itself wins over its style, as in Word: a direct outline level
 * makes any paragraph a heading (or, at level 9, body text), and a direct numId of 0 takes a
 * paragraph out of the list its style would put it in. A heading that Word numbers stays a heading.
 */
import type { DocxNumbering } from './read-docx-numbering.ts';
import { numberingOf, outlineLevelOf, type DocxStyles } from './read-docx-styles.ts';
import { childValue, firstChild, type XmlElement } from './read-docx-xml.ts';

export type ParagraphRole =
  | { readonly kind: 'title' }
  /** Word's Subtitle style: a line of the title page, not report text; the app prints its own subtitle. */
  | { readonly kind: 'subtitle' }
  | { readonly kind: 'heading'; readonly level: number }
  | { readonly kind: 'list-item'; readonly ordered: boolean; readonly level: number }
  | { readonly kind: 'table-of-contents' }
  | { readonly kind: 'body' };

export interface DocxFormatting {
  readonly styles: DocxStyles;
  readonly numbering: DocxNumbering;
}

export function paragraphStyleId(paragraph: XmlElement, styles: DocxStyles): string | undefined {
  return childValue(firstChild(paragraph, 'w:pPr'), 'w:pStyle') ?? styles.defaultParagraphStyle;
}

function headingRole(paragraph: XmlElement, { styles }: DocxFormatting): ParagraphRole | undefined {
  const direct = outlineLevelOf(firstChild(paragraph, 'w:pPr'));
  if (direct !== undefined) return direct >= 0 && direct <= 8 ? { kind: 'heading', level: direct + 1 } : undefined;
  const byStyle = styles.headingOf(paragraphStyleId(paragraph, styles));
  return byStyle.kind === 'body' ? undefined : byStyle;
}

function listRole(paragraph: XmlElement, { styles, numbering }: DocxFormatting): ParagraphRole | undefined {
  const styleId = paragraphStyleId(paragraph, styles);
  const direct = numberingOf(firstChild(paragraph, 'w:pPr'));
  const byStyle = styles.numberingOf(styleId);
  const numId = direct?.numId ?? byStyle?.numId;
  // numId 0 is Word's "no numbering".
  if (numId === undefined || numId === '0') return undefined;
  const level = direct?.level ?? byStyle?.level ?? 0;
  return { kind: 'list-item', ordered: numbering.isOrdered(numId, level), level };
}

export function paragraphRole(paragraph: XmlElement, formatting: DocxFormatting): ParagraphRole {
  if (formatting.styles.isTableOfContents(paragraphStyleId(paragraph, formatting.styles))) return { kind: 'table-of-contents' };
  return headingRole(paragraph, formatting) ?? listRole(paragraph, formatting) ?? { kind: 'body' };
}
