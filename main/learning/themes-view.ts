/**
 * The themes view across every review and year: how often each theme recurs, in which kinds of
 * review and which financial years (by the date the referral was received), with the cases for
 * links. Two statements, whatever the number of cases.
 */
import { financialYearName, financialYearOf } from '../../shared/figures/figures.ts';
import type { ThemesView } from '../../shared/learning/learning.ts';
import type { Session } from '../security/session.ts';
import { listThemedCases } from '../store/repositories/case-themes.ts';
import { listThemes } from '../store/repositories/learning-themes.ts';
import { byName, toThemeView } from './theme-view.ts';

type Recurrence = ThemesView['themes'][number];

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function buildThemesView(session: Session): ThemesView {
  const db = session.store.db;
  const recurrences = new Map<number, Recurrence>(
    listThemes(db)
      .sort((a, b) => Number(a.retired) - Number(b.retired) || byName(a, b))
      .map((row) => [row.id, { theme: toThemeView(row), cases: 0, byKind: {}, byYear: {}, caseList: [] }]),
  );
  const years = new Set<string>();
  for (const tagged of listThemedCases(db)) {
    const recurrence = recurrences.get(tagged.themeId);
    if (recurrence === undefined) continue;
    const year = financialYearName(financialYearOf(tagged.referralDate).from);
    years.add(year);
    recurrence.cases += 1;
    increment(recurrence.byKind, tagged.kind);
    increment(recurrence.byYear, year);
    recurrence.caseList.push({ reference: tagged.reference, kind: tagged.kind, year, stage: tagged.stage });
  }
  return {
    themes: [...recurrences.values()],
    canManage: session.can('learning.manage'),
    // "2025–26" sorts as its starting year does.
    years: [...years].sort().reverse(),
  };
}
