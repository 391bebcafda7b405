/**
 * A Word draft read into the report's sections (issue 9, item 3). In order:
 *  1. the package guard refuses what is not a safe .docx (read-docx-package.ts);
 *  2. the draft is refused, naming where, while any tracked change is unresolved;
 *  3. the body is read into headings, paragraphs, lists and tables (read-docx-body.ts);
 *  4. headings that name report sections place the blocks into them (read-docx-sections.ts).
 * Comments, pictures and the rest of what is left out are counted into warnings. The file's own
 * properties (docProps/*) are never opened: nothing in them reaches the report.
 */
import { problemsFromIssues, AppError } from '../../../shared/errors.ts';
import { reportContent, type ReportContent } from '../../../shared/reports/report-document.ts';
import { readBody } from './read-docx-body.ts';
import { countComments, droppedWarnings, hasText } from './read-docx-dropped.ts';
import { DocxNumbering } from './read-docx-numbering.ts';
import { DocxPackage, MAIN_DOCUMENT_PART } from './read-docx-package.ts';
import type { DocxFormatting } from './read-docx-paragraph-role.ts';
import { findParts } from './read-docx-parts.ts';
import { placeInSections } from './read-docx-sections.ts';
import { DocxStyles } from './read-docx-styles.ts';
import { findTrackedChanges, refuseTrackedChanges, type ChangePart } from './read-docx-tracked-changes.ts';
import { parseXmlPart, type XmlElement } from './read-docx-xml.ts';

async function parsedParts(pkg: DocxPackage, names: readonly (string | undefined)[]): Promise<XmlElement[]> {
  const roots: XmlElement[] = [];
  for (const name of names) {
    const xml = name === undefined ? undefined : await pkg.readPart(name);
    if (xml !== undefined) roots.push(parseXmlPart(xml));
  }
  return roots;
}

/** Throws AppError FILE_REFUSED naming where any tracked change is; comments dropped with a warning. */
export async function readDocxDraft(bytes: Uint8Array): Promise<{ content: ReportContent; warnings: string[] }> {
  const pkg = await DocxPackage.open(bytes);
  try {
    const parts = await findParts(pkg);
    const [documentRoot] = await parsedParts(pkg, [MAIN_DOCUMENT_PART]);
    const [stylesRoot] = await parsedParts(pkg, [parts.styles]);
    const [numberingRoot] = await parsedParts(pkg, [parts.numbering]);
    const styles = DocxStyles.from(stylesRoot);
    const formatting: DocxFormatting = { styles, numbering: DocxNumbering.from(numberingRoot, styles) };

    const headers = await parsedParts(pkg, parts.headers);
    const footers = await parsedParts(pkg, parts.footers);
    const changeParts: ChangePart[] = [
      { kind: 'body', root: documentRoot! },
      ...headers.map((root) => ({ kind: 'header' as const, root })),
      ...footers.map((root) => ({ kind: 'footer' as const, root })),
      ...(await parsedParts(pkg, parts.footnotes)).map((root) => ({ kind: 'footnotes' as const, root })),
      ...(await parsedParts(pkg, parts.endnotes)).map((root) => ({ kind: 'endnotes' as const, root })),
    ];
    refuseTrackedChanges(findTrackedChanges(changeParts, formatting));

    const comments = countComments(documentRoot!, await parsedParts(pkg, parts.comments));
    const body = readBody(documentRoot!, formatting);
    const placed = placeInSections(body.blocks);
    const warnings = [...droppedWarnings(body, comments, hasText([...headers, ...footers])), ...placed.warnings];

    const checked = reportContent.safeParse(placed.content);
    if (!checked.success) throw new AppError('INVALID_INPUT', 'The draft was read but does not fit the report’s sections.', problemsFromIssues(checked.error.issues));
    return { content: checked.data, warnings };
  } finally {
    pkg.close();
  }
}
