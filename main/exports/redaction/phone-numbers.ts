/**
 * UK telephone numbers as people write them: 07700 900123, 0113 496 0000, (0113) 4960000,
 * +44 7700 900123, +44 (0)113 496 0000, 0044 7700 900123, with spaces or hyphens anywhere.
 * The number after the leading 0 (or +44) has nine or ten figures.
 */

/** Spaces within a number are those of one line: numbers on separate lines (a column of figures) are not joined into one. */
const PHONE = /(?<![\w+])(?:(?:\+|00)44[ \t\u00A0-]?(?:\(0\)[ \t\u00A0-]?)?|\(?0)([1-9](?:[ \t\u00A0\-()]{0,2}\d){8,9})(?!\d)/g;

export interface FoundPhone {
  readonly start: number;
  readonly end: number;
  /** The number in figures from its leading 0, however it was written: "07700900123". */
  readonly key: string;
}

export function findPhones(text: string): FoundPhone[] {
  const found: FoundPhone[] = [];
  for (const match of text.matchAll(PHONE)) {
    // "(0113 496 0000)": the opening bracket belongs to the sentence unless the number closes it.
    const start = match[0].startsWith('(') && !match[0].includes(')') ? match.index + 1 : match.index;
    found.push({ start, end: match.index + match[0].length, key: `0${match[1]!.replace(/\D/g, '')}` });
  }
  return found;
}
