/**
 * Likely duplicates in the composite chronology: two agencies recording one event. Rows are
 * candidates only when they share a date and come from different agencies; their event text is
 * then compared word by word, and every pair that overlaps joins one group (transitively, so a
 * Police, a Health and a School row about one strategy discussion become one group of three).
 */

/**
 * Function words only. Domain words ("child", "mother", "visit") are deliberately kept: they
 * carry meaning, and the two-shared-words rule below stops one common word from matching alone.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the and for with was were had has have that this from his her hers him she they them their theirs who whom ' +
    'but not are been being into about after before over under then than there here when where which what while ' +
    'would could should will shall can may might must did does done doing our ours your yours its also any all ' +
    'some such very just only out off per via upon onto more most other others same each both too yet nor'
  ).split(' '),
);

/** Tokens shorter than this ("a", "to", "of") carry little meaning and match by chance. */
const MIN_TOKEN_LENGTH = 3;

/**
 * Two accounts of one event are written independently: the Police log is terse, the health
 * visitor's note long. Jaccard similarity (shared / all) punishes that difference in length, so
 * the overlap coefficient is used instead: how much of the shorter account appears in the longer
 * one. Half of it is enough, given the same date and two agencies; fewer than two shared words is
 * never enough (a one-word event such as "Visit" would otherwise match every visit that day).
 * Tried on the benchmark's returns (random text with a reworded copy planted in 2% of rows):
 * every planted copy from another agency is found and no unrelated pair is.
 */
const MIN_SHARED_TOKENS = 2;
const MIN_OVERLAP = 0.5;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

function meaningfulWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(NOT_LETTER_OR_DIGIT)
    .filter((word) => word.length >= MIN_TOKEN_LENGTH && !STOP_WORDS.has(word));
}

/** The distinct meaningful words of an event: lower case, punctuation gone, stop words and short words dropped. */
export function eventTokens(text: string): string[] {
  return [...new Set(meaningfulWords(text))];
}

/** Whether two events sharing `shared` distinct words, of `sizeA` and `sizeB` words, are likely one event. */
export function textsOverlap(shared: number, sizeA: number, sizeB: number): boolean {
  return shared >= MIN_SHARED_TOKENS && shared >= MIN_OVERLAP * Math.min(sizeA, sizeB);
}

export interface DuplicateCandidate {
  readonly date: string;
  readonly agency: string;
  readonly event: string;
}

/** Union-find over positions, with path halving; the earlier row is always the root. */
class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let index = 0; index < size; index += 1) this.parent[index] = index;
  }
  find(index: number): number {
    let at = index;
    while (this.parent[at] !== at) {
      this.parent[at] = this.parent[this.parent[at]!]!;
      at = this.parent[at]!;
    }
    return at;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

/**
 * The likely-duplicate groups among `rows`, which must be sorted by date: each group as
 * positions into `rows`, ascending, and the groups in the order of their first row (so in date
 * order). Each row's words are looked up in an index of the same day's earlier rows, so rows
 * with nothing in common cost nothing and a busy day of unrelated entries stays cheap; the index
 * is flat arrays reused from day to day, because 50,000 rows must take well under a second.
 */
export function findDuplicateGroups(rows: readonly DuplicateCandidate[]): number[][] {
  const tokenIds = new Map<string, number>();
  // Per token: the day it was last seen (its list is stale on any other day) and its newest posting.
  const tokenDay: number[] = [];
  const tokenHead: number[] = [];
  // Per token, the last row that used it: a row's repeated word counts once.
  const tokenRow: number[] = [];
  // Postings as a linked list in flat arrays: the day-position of the row, and the next posting.
  const postingRow: number[] = [];
  const postingNext: number[] = [];
  const groups = new UnionFind(rows.length);
  const linked: number[] = [];

  let dayStart = 0;
  let day = 0;
  while (dayStart < rows.length) {
    let dayEnd = dayStart + 1;
    while (dayEnd < rows.length && rows[dayEnd]!.date === rows[dayStart]!.date) dayEnd += 1;
    if (dayEnd - dayStart > 1) {
      let postings = 0;
      const tokenCount: number[] = [];
      const shared: number[] = new Array<number>(dayEnd - dayStart).fill(0);
      const touched: number[] = [];
      for (let position = 0; position < dayEnd - dayStart; position += 1) {
        const row = rows[dayStart + position]!;
        let count = 0;
        for (const word of meaningfulWords(row.event)) {
          let token = tokenIds.get(word);
          if (token === undefined) {
            token = tokenIds.size;
            tokenIds.set(word, token);
            tokenDay.push(-1);
            tokenHead.push(-1);
            tokenRow.push(-1);
          }
          if (tokenRow[token] === dayStart + position) continue;
          tokenRow[token] = dayStart + position;
          count += 1;
          if (tokenDay[token] !== day) {
            tokenDay[token] = day;
            tokenHead[token] = -1;
          }
          for (let posting = tokenHead[token]!; posting !== -1; posting = postingNext[posting]!) {
            const other = postingRow[posting]!;
            if (rows[dayStart + other]!.agency === row.agency) continue;
            if (shared[other] === 0) touched.push(other);
            shared[other] = shared[other]! + 1;
          }
          postingRow[postings] = position;
          postingNext[postings] = tokenHead[token]!;
          tokenHead[token] = postings;
          postings += 1;
        }
        tokenCount.push(count);
        for (const other of touched) {
          if (textsOverlap(shared[other]!, count, tokenCount[other]!)) {
            groups.union(dayStart + other, dayStart + position);
            linked.push(dayStart + other, dayStart + position);
          }
          shared[other] = 0;
        }
        touched.length = 0;
      }
    }
    dayStart = dayEnd;
    day += 1;
  }

  const members = new Map<number, number[]>();
  for (const position of [...new Set(linked)].sort((a, b) => a - b)) {
    const root = groups.find(position);
    const list = members.get(root);
    if (list === undefined) members.set(root, [position]);
    else list.push(position);
  }
  // The root is each group's earliest row, and roots were met in ascending order.
  return [...members.values()];
}
