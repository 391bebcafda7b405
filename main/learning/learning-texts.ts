/**
 * Where a case's learning is written down, read for every case at once: the good-outcome
 * referral's "learning for others", the findings, each meeting's potential learning, and the
 * learning points of the current version of the report. Only the fields needed are read out of
 * each record, so the long referral texts are never loaded.
 */
import { REPORT_SECTIONS, type ReportContent } from '../../shared/reports/report-document.ts';
import { plainLines } from '../reports/export-text.ts';
import type { Db } from '../store/open-database.ts';

export type LearningSource = 'referral' | 'rapid-review-meeting' | 'review-meeting' | 'findings' | 'report';

/** In the order a case's learning is shown: as the case went, the report last. */
export const LEARNING_SOURCE_LABELS: Readonly<Record<LearningSource, string>> = {
  referral: 'Referral: the learning for others',
  'rapid-review-meeting': 'Rapid review meeting: potential learning',
  'review-meeting': 'Multi-agency review meeting: potential learning',
  findings: 'Findings',
  report: 'Report: learning points',
};

export interface LearningText {
  readonly caseId: number;
  readonly source: LearningSource;
  readonly text: string;
}

interface RecordRow {
  caseId: number;
  type: 'referral' | 'findings' | 'meeting';
  text: string | null;
  meetingKind: string | null;
}

function recordTexts(db: Db): LearningText[] {
  const rows = db
    .prepare(
      `SELECT case_id AS caseId, type,
              CASE type WHEN 'referral' THEN json_extract(data, '$.goodOutcome.learning')
                        WHEN 'findings' THEN json_extract(data, '$.summary')
                        ELSE json_extract(data, '$.potentialLearning') END AS text,
              json_extract(data, '$.meetingKind') AS meetingKind
       FROM case_records WHERE type IN ('referral', 'findings', 'meeting') ORDER BY case_id, id`,
    )
    .all() as RecordRow[];
  return rows.flatMap((row): LearningText[] => {
    const text = (row.text ?? '').trim();
    if (text === '') return [];
    const source: LearningSource = row.type === 'meeting' ? (row.meetingKind === 'review-meeting' ? 'review-meeting' : 'rapid-review-meeting') : row.type;
    return [{ caseId: row.caseId, source, text }];
  });
}

const LEARNING_POINTS = REPORT_SECTIONS.indexOf('learning-points');

/** The learning points section of each case's current report, as plain lines. */
function reportTexts(db: Db): LearningText[] {
  const rows = db
    .prepare('SELECT v.case_id AS caseId, v.content FROM report_versions v WHERE v.version = (SELECT max(version) FROM report_versions WHERE case_id = v.case_id)')
    .all() as { caseId: number; content: string }[];
  return rows.flatMap((row): LearningText[] => {
    const content = JSON.parse(row.content) as ReportContent;
    const section = content.sections.find((candidate) => candidate.key === 'learning-points') ?? content.sections[LEARNING_POINTS];
    const text = (section?.blocks ?? []).flatMap(plainLines).join('\n').trim();
    return text === '' ? [] : [{ caseId: row.caseId, source: 'report', text }];
  });
}

/** Every case's written learning, in source order within each case. */
export function learningTexts(db: Db): LearningText[] {
  const order = Object.keys(LEARNING_SOURCE_LABELS);
  return [...recordTexts(db), ...reportTexts(db)].sort((a, b) => a.caseId - b.caseId || order.indexOf(a.source) - order.indexOf(b.source));
}

/** Each case's screening decision date, where it was screened. */
export function screeningDates(db: Db): Map<number, string> {
  const rows = db.prepare(`SELECT case_id AS caseId, json_extract(data, '$.decidedOn') AS decidedOn FROM case_records WHERE type = 'screening'`).all() as { caseId: number; decidedOn: string | null }[];
  return new Map(rows.filter((row) => row.decidedOn !== null).map((row) => [row.caseId, row.decidedOn!]));
}
