/**
 * The strings inside a stored JSON document (a case record, an agency summary, a report's
 * content, an audit event's details), each with where it sits in words a reviewer can follow:
 * "about the child › pen picture", "attendees › 2 › name". A person held as given names and family
 * name in two fields is also given as one text, so a name split across fields is found whole.
 */

export interface PlacedText {
  /** Empty for a whole column's text. */
  readonly path: string;
  readonly text: string;
  /** A person's own name field: theirs only if it holds their full name (text-sources.ts, `personName`). */
  readonly personName?: true;
}

/** The fields of a person held as an object (a request's people to search for): names, not mentions. */
const PERSON_NAME_KEYS = new Set(['givenNames', 'familyName', 'otherNames', 'publishAs']);

/** "penPicture" → "pen picture", "heldOn" → "held on"; an array's item by its number from 1. */
function stepWords(key: string | number): string {
  if (typeof key === 'number') return String(key + 1);
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
}

/** Deeper than any document the app writes: the walk stops rather than follow a hand-made one down. */
const MAX_DEPTH = 16;

function walk(value: unknown, path: readonly string[], into: PlacedText[], personName = false): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') into.push({ path: path.join(' › '), text: value, ...(personName ? { personName: true as const } : {}) });
  } else if (path.length >= MAX_DEPTH) {
    return;
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, stepWords(index)], into, personName));
  } else if (typeof value === 'object' && value !== null) {
    const { givenNames, familyName } = value as { givenNames?: unknown; familyName?: unknown };
    const isPerson = typeof givenNames === 'string' && typeof familyName === 'string';
    // A person written as two fields (a request's people to search for) is read as one name too.
    if (isPerson) into.push({ path: [...path, 'name'].join(' › '), text: `${givenNames} ${familyName}`, personName: true });
    for (const [key, item] of Object.entries(value)) walk(item, [...path, stepWords(key)], into, isPerson && PERSON_NAME_KEYS.has(key));
  }
}

/** Every string in the document; text that is not JSON after all is searched as it stands. */
export function jsonTexts(json: string): PlacedText[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [{ path: '', text: json }];
  }
  const into: PlacedText[] = [];
  walk(value, [], into);
  return into;
}
