/**
 * Deterministic, synthetic chronology rows for the store benchmark: a seeded PRNG picks words
 * from a fixed vocabulary, so both databases receive byte-for-byte the same rows. No names of
 * people appear anywhere; case ids are made-up reference numbers.
 */

/** mulberry32: small, fast, and good enough to pick words and dates. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export const AGENCIES = [
  'Police',
  "Children's Social Care",
  'Health Visiting',
  'School Nursing',
  'Education',
  'General Practice',
  'Acute Hospital Trust',
  'Mental Health Services',
  'Probation Service',
  'Housing',
  'Early Help',
  'Youth Justice',
] as const;

const WORDS = (
  'the family was seen at home by the worker who noted concerns about supervision attendance and ' +
  'sleeping arrangements a referral followed after the school reported bruising and a strategy ' +
  'discussion agreed a section 47 enquiry with a joint visit the plan was reviewed at the core group ' +
  'and the chair recorded that information was not shared promptly between agencies there was no ' +
  'escalation when the health visitor could not gain access the risk assessment did not consider ' +
  'the wider household or the history of neglect the practitioner showed curiosity but workload ' +
  'pressure limited follow up the review identified learning about professional challenge multi ' +
  'agency meetings record keeping transitions between services threshold decisions and the voice of ' +
  'the child partnership working improved after the case conference a safety plan was agreed and ' +
  'monitored through weekly visits the outcome for the child was improved attendance and stability'
).split(' ');

/** A pool of sentences built once, so generating 100 MB of text stays cheap. */
function sentencePool(random: () => number, size: number): string[] {
  const pool: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const count = 8 + Math.floor(random() * 12);
    const words: string[] = [];
    for (let w = 0; w < count; w += 1) words.push(pick(random, WORDS));
    const text = words.join(' ');
    pool.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  return pool;
}

export interface ChronologyRow {
  readonly caseId: string;
  readonly agency: string;
  readonly eventDate: string;
  readonly risk: string;
  readonly response: string;
  readonly impact: string;
  readonly partnership: string;
  readonly learning: string;
}

export const CASE_COUNT = 10_000;
/** Event dates fall uniformly over these ten years (3,652 days from 2015-01-01). */
const FIRST_DAY_MS = Date.UTC(2015, 0, 1);
const DAYS = 3_652;

export function caseId(index: number): string {
  return `CSPR-${String(2015 + (index % 10))}-${String(index).padStart(5, '0')}`;
}

/** Yields batches of rows; the same seed gives the same rows in the same order. */
export class ChronologyGenerator {
  private readonly random: () => number;
  private readonly pool: string[];
  /** Bytes of text generated so far (it is all ASCII, so characters are bytes). */
  textBytes = 0;

  constructor(seed: number) {
    this.random = seededRandom(seed);
    this.pool = sentencePool(this.random, 4_096);
  }

  /**
   * One principle's text: 160 to 245 characters (about 203), so with the case id, agency and
   * date a row carries about 1,050 bytes of text, and 100,000 rows about 105 MB.
   */
  private principle(): string {
    const length = 160 + Math.floor(this.random() * 86);
    let text = pick(this.random, this.pool);
    while (text.length < length) text += ` ${pick(this.random, this.pool)}`;
    return `${text.slice(0, length - 1).trimEnd()}.`;
  }

  row(): ChronologyRow {
    const day = Math.floor(this.random() * DAYS);
    const row: ChronologyRow = {
      caseId: caseId(Math.floor(this.random() * CASE_COUNT)),
      agency: pick(this.random, AGENCIES),
      eventDate: new Date(FIRST_DAY_MS + day * 86_400_000).toISOString().slice(0, 10),
      risk: this.principle(),
      response: this.principle(),
      impact: this.principle(),
      partnership: this.principle(),
      learning: this.principle(),
    };
    this.textBytes +=
      row.caseId.length + row.agency.length + row.eventDate.length + row.risk.length + row.response.length + row.impact.length + row.partnership.length + row.learning.length;
    return row;
  }

  batch(size: number): ChronologyRow[] {
    const rows: ChronologyRow[] = [];
    for (let i = 0; i < size; i += 1) rows.push(this.row());
    return rows;
  }
}
