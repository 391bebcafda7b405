/**
 * Every part of a .docx package as Info-ZIP's unzip reads it — a tool independent of the app's
 * own reader — each part's raw bytes as text, and its text with the XML tags taken out (so a word
 * Word split across runs, "Oli" "via", is found whole).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DocxPart {
  readonly name: string;
  readonly raw: string;
  /** Tags removed and the five XML entities decoded. */
  readonly text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function withoutTags(xml: string): string {
  return xml
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => ENTITIES[name]!)
    .replace(/&#x([0-9a-f]+);/gi, (_match, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_match, decimal: string) => String.fromCodePoint(Number(decimal)));
}

/** Every part, extracted by unzip into a temporary folder and read back (a listing and `unzip -p` would take "[Content_Types].xml" for a wildcard). */
export function docxParts(bytes: Uint8Array): DocxPart[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-docx-'));
  const file = path.join(folder, 'document.docx');
  const out = path.join(folder, 'parts');
  try {
    fs.writeFileSync(file, bytes);
    execFileSync('unzip', ['-qq', file, '-d', out]);
    const names = (fs.readdirSync(out, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(out, name)).isFile()).sort();
    return names.map((name) => {
      const raw = fs.readFileSync(path.join(out, name), 'utf8');
      return { name: name.split(path.sep).join('/'), raw, text: withoutTags(raw) };
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
