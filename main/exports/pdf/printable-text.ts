/**
 * Text made safe to draw in the embedded font. An agency's chronology can hold anything a
 * keyboard or phone can type: emoji, Chinese, a stray control character. The font has no glyph
 * for those, and drawing one would throw or print an empty box; each becomes "?" instead, so the
 * reader sees that something was there. Every string drawn passes through here first.
 */

/** What stands for a character the font cannot print. */
export const MISSING_CHARACTER = '?';

// Invisible characters that only modify the one before (emoji variation selectors, skin tones,
// zero-width joiners, bidirectional marks): dropped, so "👍🏽" prints as one "?" rather than two.
const INVISIBLE_MODIFIERS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/gu;

// Tabs and other white space print as an ordinary space; the caller breaks lines itself.
const WHITE_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * One line of text as the font can print it. Line breaks are the caller's business: a "\n" that
 * reaches here becomes a space. `covers` is the set of code points the font has glyphs for.
 */
export function printableText(text: string, covers: ReadonlySet<number>): string {
  const cleaned = text.normalize('NFC').replace(INVISIBLE_MODIFIERS, '').replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(WHITE_SPACE, ' ');
  let out = '';
  for (const character of cleaned) {
    const codePoint = character.codePointAt(0)!;
    if (covers.has(codePoint)) out += character;
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue;
    else out += MISSING_CHARACTER;
  }
  return out;
}
