/**
 * A hand-made set of annual figures, shaped as main's figures.get answers: a table alone, a bar
 * chart with a long label and a nought, a stacked bar chart, and a median that is not applicable.
 */
import type { FigureTable, FiguresView } from '../../../shared/figures/figures.ts';

export const REFERRALS_BY_KIND: FigureTable = {
  key: 'referrals-by-kind',
  title: 'Referrals by kind of review asked for',
  description: 'What each referrer asked for.',
  section: 'how-much',
  chart: 'bar',
  columns: [{ key: 'number', label: 'Number' }],
  rows: [
    { key: 'referrals.by_kind.rapid_review', label: 'Rapid Review', cells: [{ name: 'referrals.by_kind.rapid_review', value: 12 }] },
    { key: 'referrals.by_kind.non_statutory', label: 'Non-statutory practice review', cells: [{ name: 'referrals.by_kind.non_statutory', value: 3 }] },
    { key: 'referrals.by_kind.good_outcome', label: 'Good Outcome Review', cells: [{ name: 'referrals.by_kind.good_outcome', value: 0 }] },
    {
      key: 'referrals.by_agency.long',
      label: 'Salford City Council Children’s Services and the Greater Manchester Mental Health Trust together',
      cells: [{ name: 'referrals.by_agency.long', value: 1 }],
    },
  ],
};

export const TIMELINESS: FigureTable = {
  key: 'timeliness',
  title: 'Timeliness of each stage',
  description: 'Each deadline due in the period, counted by its due date.',
  section: 'how-well',
  chart: 'stacked-bar',
  columns: [
    { key: 'met', label: 'Met' },
    { key: 'missed', label: 'Missed' },
    { key: 'open', label: 'Still open' },
  ],
  rows: [
    {
      key: 'screening',
      label: 'Screening decision',
      cells: [
        { name: 'timeliness.screening.met', value: 8 },
        { name: 'timeliness.screening.missed', value: 2 },
        { name: 'timeliness.screening.open', value: 1 },
      ],
    },
    {
      key: 'national_panel',
      label: 'Rapid review report to the National Panel',
      cells: [
        { name: 'timeliness.national_panel.met', value: 0 },
        { name: 'timeliness.national_panel.missed', value: 0 },
        { name: 'timeliness.national_panel.open', value: 0 },
      ],
    },
    {
      key: 'agency_returns',
      label: 'Agency summaries returned',
      cells: [
        { name: 'timeliness.agency_returns.met', value: 5 },
        { name: 'timeliness.agency_returns.missed', value: 0 },
        { name: 'timeliness.agency_returns.open', value: 4 },
      ],
    },
  ],
};

export const MEDIANS: FigureTable = {
  key: 'timeliness-median',
  title: 'Median time taken at each stage',
  description: 'The middle number of working days taken.',
  section: 'how-well',
  chart: 'none',
  columns: [{ key: 'days', label: 'Median (working days)' }],
  rows: [
    { key: 'timeliness.screening.median_days', label: 'Screening decision', cells: [{ name: 'timeliness.screening.median_days', value: 4.5 }] },
    { key: 'timeliness.national_panel.median_days', label: 'Rapid review report to the National Panel', cells: [{ name: 'timeliness.national_panel.median_days', value: null }] },
  ],
};

export const REFERRALS: FigureTable = {
  key: 'referrals',
  title: 'Referrals received',
  description: 'Every referral received in the period.',
  section: 'how-much',
  chart: 'none',
  columns: [{ key: 'number', label: 'Number' }],
  rows: [{ key: 'referrals.total', label: 'Referrals received', cells: [{ name: 'referrals.total', value: 16 }] }],
};

export const SAMPLE_FIGURES: FiguresView = {
  from: '2025-04-01',
  to: '2026-03-31',
  today: '2026-02-10',
  tables: [REFERRALS, REFERRALS_BY_KIND, TIMELINESS, MEDIANS],
};

/** The same tables with every number nought (medians not applicable): a quiet year. */
export const QUIET_FIGURES: FiguresView = {
  ...SAMPLE_FIGURES,
  tables: SAMPLE_FIGURES.tables.map((table) => ({
    ...table,
    rows: table.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, value: table.chart === 'none' && table.key.includes('median') ? null : 0 })) })),
  })),
};
