/** "How much did we do?": referrals received and reviews decided in the period. */
import { CASE_KIND_LABELS, REFERRAL_KINDS, type CaseKind } from '../../shared/case-kinds.ts';
import { figureKey, type FigureTable } from '../../shared/figures/figures.ts';
import { SCREENING_DECISION_LABELS, SCREENING_DECISIONS, type ScreeningDecision } from '../../shared/reviews/records.ts';
import type { ReferralFact, ThemeFact } from './figure-data.ts';
import { countTable, tally, type NamedCount } from './figure-table.ts';
import { OTHER_REVIEW_STANDINGS, RAPID_REVIEW_STANDINGS, REVIEW_KINDS, type DecidedReview, type ReviewStanding } from './reviews-decided.ts';

const kindLabel = (kind: string): string => CASE_KIND_LABELS[kind as CaseKind] ?? kind;

const REFERRAL_DATE = 'Referrals counted by the date each was received.';

function referralTotal(referrals: readonly ReferralFact[]): FigureTable {
  return countTable(
    { key: 'referrals', title: 'Referrals received', description: `Every referral received in the period. ${REFERRAL_DATE}`, section: 'how-much', chart: 'none' },
    [{ name: 'referrals.total', label: 'Referrals received', value: referrals.length }],
  );
}

function referralsByKind(referrals: readonly ReferralFact[]): FigureTable {
  const counts = tally(referrals, REFERRAL_KINDS, (referral) => referral.kindRequested);
  return countTable(
    { key: 'referrals-by-kind', title: 'Referrals by kind of review asked for', description: `What each referrer asked for. ${REFERRAL_DATE}`, section: 'how-much', chart: 'bar' },
    [...counts].map(([kind, value]) => ({ name: `referrals.by_kind.${figureKey(kind)}`, label: kindLabel(kind), value })),
  );
}

const AWAITING_SCREENING = 'awaiting-screening';
const OUTCOME_KEYS = [...SCREENING_DECISIONS, AWAITING_SCREENING] as const;

function referralsByOutcome(referrals: readonly ReferralFact[]): FigureTable {
  const counts = tally(referrals, OUTCOME_KEYS, (referral) => referral.decision ?? AWAITING_SCREENING);
  return countTable(
    {
      key: 'referrals-by-outcome',
      title: 'Referrals by screening decision',
      description: `What the screening panel decided, whenever it decided it, or awaiting screening. ${REFERRAL_DATE}`,
      section: 'how-much',
      chart: 'bar',
    },
    [...counts].map(([outcome, value]) => ({
      name: `referrals.by_outcome.${figureKey(outcome)}`,
      label: outcome === AWAITING_SCREENING ? 'Awaiting screening' : (SCREENING_DECISION_LABELS[outcome as ScreeningDecision] ?? outcome),
      value,
    })),
  );
}

const byCountThenLabel = (a: NamedCount, b: NamedCount): number => (b.value ?? 0) - (a.value ?? 0) || a.label.localeCompare(b.label, 'en-GB');

function referralsByAgency(referrals: readonly ReferralFact[]): FigureTable {
  // Spellings of one agency that differ only in case or punctuation are one agency.
  const agencies = new Map<string, { label: string; value: number }>();
  // Each spelling made into a name part once: thousands of referrals name a few dozen agencies.
  const keys = new Map<string, string>();
  for (const referral of referrals) {
    const label = referral.referrerAgency.trim() === '' ? 'Not recorded' : referral.referrerAgency.trim();
    let key = keys.get(label);
    if (key === undefined) keys.set(label, (key = figureKey(label)));
    const entry = agencies.get(key) ?? { label, value: 0 };
    entry.value += 1;
    agencies.set(key, entry);
  }
  return countTable(
    {
      key: 'referrals-by-agency',
      title: 'Referrals by referring agency',
      description: `The agency of the person who made each referral; only agencies that referred are listed. ${REFERRAL_DATE}`,
      section: 'how-much',
      chart: 'bar',
    },
    [...agencies].map(([key, entry]) => ({ name: `referrals.by_agency.${key}`, label: entry.label, value: entry.value })).sort(byCountThenLabel),
  );
}

function referralsByTheme(themes: readonly ThemeFact[], tags: ReadonlyArray<{ themeId: number; caseId: number }>): FigureTable {
  const keyOf = new Map(themes.map((theme) => [theme.id, figureKey(theme.name)]));
  const cases = new Map<string, { label: string; retired: boolean; cases: Set<number> }>();
  for (const theme of themes) {
    const key = keyOf.get(theme.id)!;
    const entry = cases.get(key);
    if (entry === undefined) cases.set(key, { label: theme.name, retired: theme.retired, cases: new Set() });
    else entry.retired &&= theme.retired;
  }
  for (const tag of tags) {
    const key = keyOf.get(tag.themeId);
    if (key !== undefined) cases.get(key)!.cases.add(tag.caseId);
  }
  return countTable(
    {
      key: 'referrals-by-theme',
      title: 'Referrals by learning theme',
      description: `How many referrals are tagged with each learning theme; a referral may have several. Retired themes are listed only where tagged. ${REFERRAL_DATE}`,
      section: 'how-much',
      chart: 'bar',
    },
    [...cases]
      .filter(([, entry]) => !entry.retired || entry.cases.size > 0)
      .map(([key, entry]) => ({ name: `referrals.by_theme.${key}`, label: entry.retired ? `${entry.label} (retired)` : entry.label, value: entry.cases.size })),
  );
}

const REVIEW_DATE = 'Reviews counted by the date each was decided: the screening decision, or for an LCSPR (and an other local review) the rapid review meeting that recommended it.';

function reviewTotals(reviews: readonly DecidedReview[]): FigureTable {
  return countTable(
    { key: 'reviews', title: 'Reviews decided', description: `Every review decided in the period, and those where the National Panel disagreed with the partnership. ${REVIEW_DATE}`, section: 'how-much', chart: 'none' },
    [
      { name: 'reviews.total', label: 'Reviews decided', value: reviews.length },
      { name: 'reviews.panel_disagreements', label: 'Rapid reviews where the National Panel disagreed with the partnership', value: reviews.filter((review) => review.panelDisagrees).length },
    ],
  );
}

function reviewsByKind(reviews: readonly DecidedReview[]): FigureTable {
  const counts = tally(reviews, REVIEW_KINDS, (review) => review.kind);
  return countTable(
    { key: 'reviews-by-kind', title: 'Reviews by kind', description: `Each kind of review decided. ${REVIEW_DATE}`, section: 'how-much', chart: 'bar' },
    [...counts].map(([kind, value]) => ({ name: `reviews.by_kind.${figureKey(kind)}`, label: kindLabel(kind), value })),
  );
}

const STANDING_LABELS: Readonly<Record<ReviewStanding, string>> = {
  lcspr: 'LCSPR recommended',
  'other-local-review': 'other local review or learning event',
  'no-further-action': 'no further action',
  'awaiting-outcome': 'awaiting the meeting’s outcome',
  completed: 'completed',
  'in-progress': 'in progress',
};

function reviewsByOutcome(reviews: readonly DecidedReview[]): FigureTable {
  const rows: NamedCount[] = REVIEW_KINDS.flatMap((kind) =>
    (kind === 'rapid-review' ? RAPID_REVIEW_STANDINGS : OTHER_REVIEW_STANDINGS).map((standing) => ({
      name: `reviews.by_outcome.${figureKey(kind)}.${figureKey(standing)}`,
      label: `${kindLabel(kind)}: ${STANDING_LABELS[standing]}`,
      value: reviews.filter((review) => review.kind === kind && review.standing === standing).length,
    })),
  );
  return countTable(
    {
      key: 'reviews-by-outcome',
      title: 'Reviews by outcome',
      description: `A rapid review by its meeting’s outcome; every other review completed (its case closed) or in progress. ${REVIEW_DATE}`,
      section: 'how-much',
      chart: 'bar',
    },
    rows,
  );
}

export function howMuchTables(referrals: readonly ReferralFact[], themes: readonly ThemeFact[], tags: ReadonlyArray<{ themeId: number; caseId: number }>, reviews: readonly DecidedReview[]): FigureTable[] {
  return [
    referralTotal(referrals),
    referralsByKind(referrals),
    referralsByOutcome(referrals),
    referralsByAgency(referrals),
    referralsByTheme(themes, tags),
    reviewTotals(reviews),
    reviewsByKind(reviews),
    reviewsByOutcome(reviews),
  ];
}
