/**
 * Navigation inside a PDF: the bookmarks (outline) a viewer shows beside the pages, and links
 * from a line of the contents to the page it names. pdf-lib has no API for either, so both are
 * written as the plain dictionaries the PDF specification describes (ISO 32000, 12.3.3 and 12.5.6.5).
 */
import { PDFHexString, PDFName, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

export interface OutlineItem {
  readonly title: string;
  readonly page: PDFPage;
  readonly children: readonly OutlineItem[];
}

/** Bookmarks for `items`, shown open when the file is opened. */
export function addOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const outlinesRef = doc.context.nextRef();
  const refs = writeItems(doc, items, outlinesRef);
  doc.context.assign(outlinesRef, doc.context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: countOpen(items) }));
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function countOpen(items: readonly OutlineItem[]): number {
  return items.reduce((sum, item) => sum + 1 + countOpen(item.children), 0);
}

function writeItems(doc: PDFDocument, items: readonly OutlineItem[], parent: PDFRef): PDFRef[] {
  const refs = items.map(() => doc.context.nextRef());
  items.forEach((item, index) => {
    const children = writeItems(doc, item.children, refs[index]!);
    const dict = doc.context.obj({
      Title: PDFHexString.fromText(item.title),
      Parent: parent,
      Dest: [item.page.ref, 'Fit'],
      ...(index > 0 ? { Prev: refs[index - 1]! } : {}),
      ...(index < items.length - 1 ? { Next: refs[index + 1]! } : {}),
      ...(children.length > 0 ? { First: children[0]!, Last: children.at(-1)!, Count: countOpen(item.children) } : {}),
    });
    doc.context.assign(refs[index]!, dict);
  });
  return refs;
}

/** A clickable area on `page` (x, y of its lower left corner) that opens `target`. */
export function addPageLink(doc: PDFDocument, page: PDFPage, area: { x: number; y: number; width: number; height: number }, target: PDFPage): void {
  const link = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [area.x, area.y, area.x + area.width, area.y + area.height],
      Border: [0, 0, 0],
      Dest: [target.ref, 'Fit'],
    }),
  );
  page.node.addAnnot(link);
}
