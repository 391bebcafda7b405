/**
 * The text of a file the store keeps (a case document, a file a task brought in), read with the
 * extractors the redaction gate uses (main/exports/redaction): PDF by pdfjs, Word, Excel,
 * PowerPoint and OpenDocument files by every XML part of the package, plain text as it stands.
 * A picture, a scan or a format the app cannot read is reported as not read, with why, so the
 * data-protection officer knows to look at it by hand.
 */
import { extractPdfText } from '../exports/redaction/extract-text.ts';
import { packageText } from './package-text.ts';

/** A file's text in the order it is searched: what a reader sees first, then what lies beneath (properties, attributes). */
export interface TextLayer {
  readonly layer: 'its text' | 'its properties and hidden text';
  readonly text: string;
}

export type FileText = { readonly read: true; readonly layers: readonly TextLayer[] } | { readonly read: false; readonly why: string };

/** pdfjs's text is the pages, then after the last form feed the document's information, bookmarks and annotations. */
function pdfLayers(text: string): TextLayer[] {
  const split = text.lastIndexOf('\n\f');
  if (split === -1) return [{ layer: 'its text', text }];
  return [
    { layer: 'its text', text: text.slice(0, split) },
    { layer: 'its properties and hidden text', text: text.slice(split + 2) },
  ];
}

const PACKAGE_TYPES = /^application\/vnd\.(openxmlformats-officedocument\.|oasis\.opendocument\.|ms-excel\.sheet\.macroenabled|ms-word\.document\.macroenabled)/i;
const PACKAGE_NAMES = /\.(docx|docm|xlsx|xlsm|pptx|odt|ods|odp)$/i;
const TEXT_TYPES = /^(text\/|application\/(json|xml|csv|rtf)$|message\/rfc822$)/i;
const TEXT_NAMES = /\.(txt|csv|tsv|md|json|xml|html?|eml|rtf)$/i;

const startsWith = (bytes: Uint8Array, signature: string): boolean => [...signature].every((character, index) => bytes[index] === character.charCodeAt(0));

/** Text as UTF-8, or as Windows' Latin-1 when it is not UTF-8 (a CSV from an older system). */
function plainText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function fileText(bytes: Uint8Array, mediaType: string, name: string): Promise<FileText> {
  try {
    if (startsWith(bytes, '%PDF-')) return { read: true, layers: pdfLayers((await extractPdfText(bytes)).text) };
    if (startsWith(bytes, 'PK')) {
      if (PACKAGE_TYPES.test(mediaType) || PACKAGE_NAMES.test(name)) {
        const text = await packageText(bytes);
        return { read: true, layers: [{ layer: 'its text', text: text.visible }, { layer: 'its properties and hidden text', text: text.attributes }] };
      }
      return { read: false, why: 'a zip archive: its files are not opened' };
    }
    if (TEXT_TYPES.test(mediaType) || TEXT_NAMES.test(name)) return { read: true, layers: [{ layer: 'its text', text: plainText(bytes) }] };
    return { read: false, why: `its type (${mediaType}) holds no text the app can read, such as a picture or a scan` };
  } catch {
    return { read: false, why: 'its text could not be read: the file may be damaged or protected by a password' };
  }
}
