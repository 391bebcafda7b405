/**
 * Which parts of a Word package the reader needs, found through the main document's
 * relationships (word/_rels/document.xml.rels) the way Word finds them, and by Word's usual part
 * names as well, so a package written by another program with unusual names is still covered.
 * Headers, footers, footnotes and endnotes are needed only to look for tracked changes.
 */
import { posix } from 'node:path';
import type { DocxPackage } from './read-docx-package.ts';
import { childElements, parseXmlPart } from './read-docx-xml.ts';

export interface DocxParts {
  readonly styles: string | undefined;
  readonly numbering: string | undefined;
  readonly comments: readonly string[];
  readonly headers: readonly string[];
  readonly footers: readonly string[];
  readonly footnotes: readonly string[];
  readonly endnotes: readonly string[];
}

const RELATIONSHIPS_PART = 'word/_rels/document.xml.rels';

type PartKind = keyof DocxParts;

/** The last segment of a relationship type names the part's kind in both transitional and strict OOXML. */
const KIND_BY_TYPE: ReadonlyMap<string, PartKind> = new Map([
  ['styles', 'styles'],
  ['numbering', 'numbering'],
  ['comments', 'comments'],
  ['header', 'headers'],
  ['footer', 'footers'],
  ['footnotes', 'footnotes'],
  ['endnotes', 'endnotes'],
]);

const USUAL_NAMES: readonly (readonly [RegExp, PartKind])[] = [
  [/^word\/styles\.xml$/, 'styles'],
  [/^word\/numbering\.xml$/, 'numbering'],
  [/^word\/comments\.xml$/, 'comments'],
  [/^word\/header\d*\.xml$/, 'headers'],
  [/^word\/footer\d*\.xml$/, 'footers'],
  [/^word\/footnotes\.xml$/, 'footnotes'],
  [/^word\/endnotes\.xml$/, 'endnotes'],
];

/** A relationship's target as a part name: relative to word/, or absolute from the package root. */
function partName(target: string): string | null {
  const name = target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.normalize(`word/${target}`);
  return name.startsWith('word/') ? name : null;
}

export async function findParts(pkg: DocxPackage): Promise<DocxParts> {
  const found: Record<PartKind, string[]> = { styles: [], numbering: [], comments: [], headers: [], footers: [], footnotes: [], endnotes: [] };
  const add = (kind: PartKind, name: string) => {
    if (pkg.has(name) && !found[kind].includes(name)) found[kind].push(name);
  };
  const relationships = await pkg.readPart(RELATIONSHIPS_PART);
  if (relationships !== undefined) {
    for (const relationship of childElements(parseXmlPart(relationships))) {
      if (relationship.attributes['TargetMode'] === 'External') continue;
      const kind = KIND_BY_TYPE.get((relationship.attributes['Type'] ?? '').split('/').pop() ?? '');
      const name = partName(relationship.attributes['Target'] ?? '');
      if (kind !== undefined && name !== null) add(kind, name);
    }
  }
  for (const name of pkg.wordPartNames()) {
    const usual = USUAL_NAMES.find(([pattern]) => pattern.test(name));
    if (usual !== undefined) add(usual[1], name);
  }
  return { ...found, styles: found.styles[0], numbering: found.numbering[0] };
}
