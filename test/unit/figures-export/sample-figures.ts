/**
 * A hand-made FiguresView shaped as the real one is (simple counts, a stacked table, medians
 * with a "not applicable", a table with nothing in it), with titles that test the sheet names:
 * one longer than Excel allows, one with characters Excel refuses, two alike but for case.
 * Invented agencies only.
 */
import type { FigureTable, FiguresView } from '../../../shared/figures/figures.ts';

function counts(key: string, title: string, section: FigureTable['section'], rows: readonly [string, number][]): FigureTable {
  return {
    key,
    title,
    description: `How many, by ${title.toLowerCase()}.`,
    section,
    columns: [{ key: 'number', label: 'Number' }],
    rows: rows.map(([label, value]) => {
      const rowKey = label.toLowerCase().replace(/[^a-z0-9]+/g, '_');
      return { key: rowKey, label, cells: [{ name: `${key}.${rowKey}`, value }] };
    }),
    chart: 'bar',
  };
}

export const SAMPLE_VIEW: FiguresView = {
  from: '2025-04-01',
  to: '2026-03-31',
  today: '2026-04-20',
  tables: [
    counts('referrals.by_kind', 'Referrals by kind', 'how-much', [
      ['Rapid review', 14],
      ['Local review', 3],
      ['Good outcome review', 2],
    ]),
    counts('referrals.by_agency', 'Referrals by referring agency: police/health [and others]', 'how-much', [
      ['Greater Manchester Police', 6],
      ['NHS GM ICB Salford locality', 5],
      ['Salford City Council Children’s Services, with a name long enough to be cut in a chart', 4],
      ['Education', 0],
      ['Housing', 1234],
    ]),
    counts('reviews.by_kind', 'Reviews by kind', 'how-much', [
      ['Child safeguarding practice review', 2],
      ['Learning review', 1],
    ]),
    counts('reviews.by_KIND_again', 'Reviews By Kind', 'how-much', [['Rapid review', 0]]),
    {
      key: 'timeliness',
      title: 'Timeliness of each clock',
      description: 'Clocks due in the period: met, missed, and the median days taken.',
      section: 'how-well',
      columns: [
        { key: 'met', label: 'Met' },
        { key: 'missed', label: 'Missed' },
        { key: 'median_days', label: 'Median days' },
      ],
      rows: [
        { key: 'screening', label: 'Screening', cells: [{ name: 'timeliness.screening.met', value: 9 }, { name: 'timeliness.screening.missed', value: 2 }, { name: 'timeliness.screening.median_days', value: 3.5 }] },
        { key: 'rapid_review', label: 'Rapid review', cells: [{ name: 'timeliness.rapid_review.met', value: 0 }, { name: 'timeliness.rapid_review.missed', value: 0 }, { name: 'timeliness.rapid_review.median_days', value: null }] },
      ],
      chart: 'none',
    },
    {
      key: 'actions',
      title: 'Action plans: completeness and timeliness of every action due in the period',
      description: 'Actions due in the period by what became of them.',
      section: 'how-well',
      columns: [
        { key: 'completed_on_time', label: 'Completed on time' },
        { key: 'completed_late', label: 'Completed late' },
        { key: 'open', label: 'Still open' },
      ],
      rows: [
        { key: 'single_agency', label: 'Single-agency', cells: [{ name: 'actions.single_agency.completed_on_time', value: 12 }, { name: 'actions.single_agency.completed_late', value: 3 }, { name: 'actions.single_agency.open', value: 4 }] },
        { key: 'multi_agency', label: 'Multi-agency', cells: [{ name: 'actions.multi_agency.completed_on_time', value: 5 }, { name: 'actions.multi_agency.completed_late', value: 0 }, { name: 'actions.multi_agency.open', value: 2 }] },
      ],
      chart: 'stacked-bar',
    },
    {
      key: 'family',
      title: 'Family feedback',
      description: 'Nothing recorded.',
      section: 'difference-made',
      columns: [{ key: 'number', label: 'Number' }],
      rows: [],
      chart: 'bar',
    },
    counts('difference', 'Actions completed with evidence of impact', 'difference-made', [['Completed with evidence', 7]]),
  ],
};
