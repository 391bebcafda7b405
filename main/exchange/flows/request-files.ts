/**
 * The small files a request and its return carry (a template workbook, a letter, a completed
 * workbook) as bundle items, and the words a bundle's file name is made of. These files are held
 * whole in memory already, by the code that makes or reads them, so each is one chunk.
 */
import type { FileOutput } from '../../../shared/evidence/letterhead.ts';
import { sha256Of } from '../../reviews/documents.ts';
import type { ItemSource } from '../bundle-file.ts';

export function itemFromBytes(name: string, mediaType: string, bytes: Buffer): ItemSource {
  return { name, mediaType, size: bytes.length, sha256: sha256Of(bytes), chunks: () => [bytes] };
}

export function itemFromFile(file: FileOutput): ItemSource {
  return itemFromBytes(file.fileName, file.mediaType, Buffer.from(file.contentBase64, 'base64'));
}

/** "Greater Manchester Police" → "greater-manchester-police": a part of a file name any system accepts. */
export function fileNamePart(text: string): string {
  const part = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return part === '' ? 'agency' : part.slice(0, 60).replace(/-+$/, '');
}

/** Two names for one organisation, compared as people write them: case and runs of spaces do not matter. */
export function sameOrganisation(a: string, b: string): boolean {
  const plain = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
  return plain(a) === plain(b);
}

/** "1 row", "1,200 rows". */
export const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** "1 row", "3 rows". */
export function rowsCount(count: number): string {
  return plural(count, 'row', 'rows');
}

/** "1 person", "4 people". */
export function peopleCount(count: number): string {
  return plural(count, 'person', 'people');
}
