/**
 * The .docx package made neutral after the docx library has written it. The library stamps
 * docProps/core.xml with a creator ("Un-named"), lastModifiedBy and the current time, and always
 * adds docProps/custom.xml and an empty word/comments.xml. A file that leaves the app carries no
 * person's name and no time it was made, whatever its marking, so:
 *  - core.xml is replaced: empty title, subject, creator, keywords, description and lastModifiedBy,
 *    revision 1, and no dates at all (a fixed date would still be a date the redaction gate has to
 *    explain away);
 *  - app.xml is replaced by one naming no application and no company;
 *  - custom properties, comments and people parts are dropped, with their relationships and
 *    content types, and so is the library's empty font table, whose mc:Ignorable list names the
 *    namespace prefix "w16se" — the shape of a postcode (W1 6SE) to the redaction gate, which reads
 *    every attribute value;
 *  - settings.xml asks Word to remove personal information and dates when a reviewer saves the
 *    file again, so an edited copy stays as neutral as this one.
 */
import { readPackageParts, writePackage, type PackagePart } from './docx-zip.ts';

export const NEUTRAL_CORE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:title></dc:title><dc:subject></dc:subject><dc:creator></dc:creator><cp:keywords></cp:keywords><dc:description></dc:description><cp:lastModifiedBy></cp:lastModifiedBy><cp:revision>1</cp:revision>' +
  '</cp:coreProperties>';

export const NEUTRAL_APP_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><DocSecurity>0</DocSecurity></Properties>';

/** Parts that can carry names, times or hidden text, and that a generated report never needs. */
const ALWAYS_DROPPED = [
  'docProps/custom.xml',
  'word/comments.xml',
  'word/commentsExtended.xml',
  'word/commentsIds.xml',
  'word/commentsExtensible.xml',
  'word/people.xml',
  'word/_rels/comments.xml.rels',
  'word/_rels/commentsExtended.xml.rels',
];

const FONT_TABLE = 'word/fontTable.xml';
const FONT_TABLE_RELS = 'word/_rels/fontTable.xml.rels';

/** The parts to leave out of this package: the font table only while it lists no font (Word rebuilds it on save). */
function droppedParts(parts: readonly PackagePart[]): ReadonlySet<string> {
  const dropped = new Set(ALWAYS_DROPPED);
  const fontTable = parts.find((part) => part.name === FONT_TABLE);
  if (fontTable && !/<w:font\b/.test(fontTable.data.toString('utf8'))) {
    dropped.add(FONT_TABLE);
    dropped.add(FONT_TABLE_RELS);
  }
  return dropped;
}

const REPLACED_PARTS: Readonly<Record<string, string>> = { 'docProps/core.xml': NEUTRAL_CORE_XML, 'docProps/app.xml': NEUTRAL_APP_XML };

const SETTINGS_PART = 'word/settings.xml';
/** First in CT_Settings' sequence after writeProtection, view and zoom, none of which the library writes. */
const REMOVE_PERSONAL_INFORMATION = '<w:removePersonalInformation/><w:removeDateAndTime/>';

/** The absolute part name a relationship target points to, from the folder of the part that holds the relationships. */
function resolveTarget(relsPartName: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const sourceFolder = relsPartName.replace(/(^|\/)_rels\/[^/]*\.rels$/, '$1');
  const segments: string[] = sourceFolder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function withoutDroppedRelationships(relsPartName: string, xml: string, dropped: ReadonlySet<string>): string {
  return xml.replace(/<Relationship\b[^>]*\/>/g, (element) => {
    const target = /\bTarget="([^"]*)"/.exec(element)?.[1];
    return target !== undefined && dropped.has(resolveTarget(relsPartName, target)) ? '' : element;
  });
}

function withoutDroppedContentTypes(xml: string, dropped: ReadonlySet<string>): string {
  return xml.replace(/<Override\b[^>]*\/>/g, (element) => {
    const partName = /\bPartName="\/([^"]*)"/.exec(element)?.[1];
    return partName !== undefined && dropped.has(partName) ? '' : element;
  });
}

function withPersonalInformationRemovedOnSave(xml: string): string {
  const opening = /<w:settings\b[^>]*>/.exec(xml);
  if (!opening) throw new Error('The .docx writer produced settings without a w:settings element');
  const at = opening.index + opening[0].length;
  return xml.slice(0, at) + REMOVE_PERSONAL_INFORMATION + xml.slice(at);
}

function neutralPart(part: PackagePart, dropped: ReadonlySet<string>): PackagePart | null {
  if (dropped.has(part.name)) return null;
  const replacement = REPLACED_PARTS[part.name];
  if (replacement !== undefined) return { name: part.name, data: Buffer.from(replacement, 'utf8') };
  const xml = () => part.data.toString('utf8');
  if (part.name === '[Content_Types].xml') return { name: part.name, data: Buffer.from(withoutDroppedContentTypes(xml(), dropped), 'utf8') };
  if (part.name.endsWith('.rels')) return { name: part.name, data: Buffer.from(withoutDroppedRelationships(part.name, xml(), dropped), 'utf8') };
  if (part.name === SETTINGS_PART) return { name: part.name, data: Buffer.from(withPersonalInformationRemovedOnSave(xml()), 'utf8') };
  return part;
}

/** Word refuses a package whose relationships or content types name a part that is not there. */
function assertNothingDangles(parts: readonly PackagePart[]): void {
  const names = new Set(parts.map((part) => part.name));
  for (const part of parts) {
    const xml = part.data.toString('utf8');
    if (part.name.endsWith('.rels')) {
      for (const element of xml.match(/<Relationship\b[^>]*\/>/g) ?? []) {
        if (/\bTargetMode="External"/.test(element)) continue;
        const target = /\bTarget="([^"]*)"/.exec(element)?.[1];
        if (target !== undefined && !names.has(resolveTarget(part.name, target))) throw new Error(`The neutral .docx would point ${part.name} at a missing part ${target}`);
      }
    }
    if (part.name === '[Content_Types].xml') {
      for (const match of xml.matchAll(/<Override\b[^>]*\bPartName="\/([^"]*)"/g)) {
        if (!names.has(match[1]!)) throw new Error(`The neutral .docx would declare a content type for a missing part ${match[1]}`);
      }
    }
  }
}

export async function neutralDocxPackage(bytes: Uint8Array): Promise<Uint8Array> {
  const parts = await readPackageParts(bytes);
  const names = new Set(parts.map((part) => part.name));
  for (const required of Object.keys(REPLACED_PARTS)) {
    if (!names.has(required)) throw new Error(`The .docx writer produced no ${required}; its properties could not be made neutral`);
  }
  const dropped = droppedParts(parts);
  const neutral = parts.map((part) => neutralPart(part, dropped)).filter((part): part is PackagePart => part !== null);
  assertNothingDangles(neutral);
  return writePackage(neutral);
}
