/**
 * The last check on text read back out of an export's bytes, before the file may be written: every
 * register value (in any case, spacing or run together) and every detector hit the reviewer has
 * not dismissed is a finding, and any finding stops the export. The text is first put into one
 * form (normalise.ts), so invisible characters, ligatures and curly quotes hide nothing.
 * The pseudonyms and the bracketed replacements are what a redacted text is meant to hold: a
 * register value or detector hit found wholly inside one of them ("Child" inside "Child Q") is
 * not a finding. Nor is one inside the writer's own furniture (GateOptions).
 */
import { REPLACEMENTS, type IdentifierKind, type RegisterEntry } from '../../../shared/reports/redaction.ts';
import { detectIdentifiers } from './detectors.ts';
import { comparableValue, normaliseForSearch } from './normalise.ts';
import { compileRegister, findRegisterMatches } from './register-matcher.ts';
import { coverageOf } from './replacements.ts';

export interface GateFinding {
  readonly kind: IdentifierKind;
  /** What was found, as the register or detector knows it. */
  readonly value: string;
}

/** Lower case letter by letter, keeping every offset (the odd letter whose lower case is longer is left as it is). */
function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (character) => {
    const changed = character.toLowerCase();
    return changed.length === character.length ? changed : character;
  }).join('');
}

/** Whether text[start, end) lies wholly inside an occurrence of one of the protected texts. */
function insideProtected(lower: string, start: number, end: number, protectedTexts: readonly string[], cache: Map<string, string[]>): boolean {
  const found = lower.slice(start, end);
  let containing = cache.get(found);
  if (containing === undefined) {
    containing = protectedTexts.filter((text) => text.includes(found));
    cache.set(found, containing);
  }
  for (const text of containing) {
    for (let offset = text.indexOf(found); offset !== -1; offset = text.indexOf(found, offset + 1)) {
      if (start - offset >= 0 && lower.startsWith(text, start - offset)) return true;
    }
  }
  return false;
}

export interface GateOptions {
  /**
   * What the writer itself set around the redacted content: running headers and footers ("Page 3
   * of 12"), the marking, the watermark, a draft's recipient line. Added after redaction, they are
   * not the reviewer's text, and a register value inside one ("Page" for a family called Page) is
   * not a finding; the same word in the body was already replaced, since redaction matches any case.
   */
  readonly furniture?: readonly string[];
}

/**
 * Register values and detector hits in `text`. `dismissed` are the values the reviewer dismissed
 * in this document: after extraction a value's place is lost, so a dismissal anywhere allows it.
 */
export function gateFindings(text: string, register: readonly RegisterEntry[], dismissed: readonly { kind: IdentifierKind; value: string }[], options: GateOptions = {}): GateFinding[] {
  const cased = normaliseForSearch(text, { lowerCase: false });
  const lower = lowerKeepingOffsets(cased);
  const protectedTexts = [...new Set([...register.map((entry) => entry.pseudonym), ...Object.values(REPLACEMENTS), ...(options.furniture ?? [])].map((value) => normaliseForSearch(value).trim()).filter((value) => value !== ''))];
  const cache = new Map<string, string[]>();
  const allowed = new Set(dismissed.map((item) => comparableValue(item.value)));

  const findings = new Map<string, GateFinding>();
  const add = (kind: IdentifierKind, value: string): void => {
    const key = `${kind}\n${value}`;
    if (!findings.has(key)) findings.set(key, { kind, value });
  };
  const matches = findRegisterMatches(lower, compileRegister(register)).filter((match) => !insideProtected(lower, match.start, match.end, protectedTexts, cache));
  // Each finding is named once, by the longest value found there: "Olivia Hartley", not also "Hartley".
  // The matches come by start, the longest first at each start, so one inside another follows it.
  let furthest = -1;
  for (const match of matches) {
    if (match.end > furthest) add(match.kind, match.value);
    furthest = Math.max(furthest, match.end);
  }
  const covered = coverageOf(matches);
  for (const detection of detectIdentifiers(cased)) {
    if (allowed.has(comparableValue(detection.value)) || insideProtected(lower, detection.start, detection.end, protectedTexts, cache)) continue;
    if (!covered(detection.start, detection.end)) add(detection.kind, detection.value);
  }
  return [...findings.values()];
}
