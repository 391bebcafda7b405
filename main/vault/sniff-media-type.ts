/**
 * A secured file's media type, from its first bytes rather than its name (an agency's export
 * may be called anything). Only the first chunk is looked at, so nothing inflates beyond it.
 */
import { fileTypeFromBuffer } from 'file-type';

export const UNKNOWN_MEDIA_TYPE = 'application/octet-stream';
export const PLAIN_TEXT = 'text/plain';

/** Tabs, line ends and form feeds are text; any other control character is not. */
const NON_TEXT_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * What the bytes are: file-type's answer where it recognises them; text/plain where they are
 * valid UTF-8 with no control characters (a multi-byte character cut at the end of the chunk
 * still counts); otherwise application/octet-stream. An empty file is application/octet-stream.
 */
export async function sniffMediaType(firstBytes: Buffer): Promise<string> {
  if (firstBytes.length === 0) return UNKNOWN_MEDIA_TYPE;
  const type = await recognised(firstBytes);
  if (type !== undefined) return type;
  return looksLikeText(firstBytes) ? PLAIN_TEXT : UNKNOWN_MEDIA_TYPE;
}

/**
 * file-type throws on some malformed or over-limit archives (too many zip entries, an entry
 * that inflates past its limit); any file may be secured, so that only means "not recognised".
 */
async function recognised(bytes: Buffer): Promise<string | undefined> {
  try {
    return (await fileTypeFromBuffer(bytes))?.mime;
  } catch {
    return undefined;
  }
}

function looksLikeText(bytes: Buffer): boolean {
  try {
    // stream: true lets a character cut at the end of the chunk pass, as the rest is in the next.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return !NON_TEXT_CONTROL.test(text);
  } catch {
    return false;
  }
}
