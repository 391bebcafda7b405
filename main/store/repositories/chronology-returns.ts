/**
 * The chronology returns accepted for each case (one current per agency; the ones it replaced
 * kept, marked superseded, for the record) and the rows of the current ones, which the
 * composite chronology is built from. A superseded return's rows are deleted with it: the
 * returned file itself stays in the case's documents.
 */
import type { ChronologyProblem, ChronologyRow } from '../../../shared/evidence/chronology.ts';
import type { StoredChronologyRow } from '../../../shared/evidence/composite.ts';
import type { Db } from '../open-database.ts';

export interface StoredReturn {
  readonly id: number;
  readonly caseId: number;
  readonly organisationId: number;
  readonly agency: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly documentId: number;
  readonly rowCount: number;
  readonly problems: ChronologyProblem[];
  readonly importedBy: string;
  readonly importedAt: string;
  readonly supersededAt: string | null;
}

export interface NewReturn {
  readonly organisationId: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly documentId: number;
  readonly rowCount: number;
  readonly problems: readonly ChronologyProblem[];
  readonly importedBy: string;
  readonly importedAt: string;
}

const SELECT_RETURN = `
  SELECT t.id, t.case_id AS caseId, t.organisation_id AS organisationId, o.name AS agency, t.file_name AS fileName, t.sha256,
         t.document_id AS documentId, t.row_count AS rowCount, t.problems, coalesce(u.name, 'a former user') AS importedBy,
         t.imported_at AS importedAt, t.superseded_at AS supersededAt
  FROM chronology_returns t JOIN organisations o ON o.id = t.organisation_id LEFT JOIN users u ON u.id = t.imported_by`;

type ReturnRow = Omit<StoredReturn, 'problems'> & { problems: string };

function fromRow(row: ReturnRow): StoredReturn {
  return { ...row, problems: JSON.parse(row.problems) as ChronologyProblem[] };
}

/** The current return of each agency on a case, in agency name order. */
export function listCurrentReturns(db: Db, caseId: number): StoredReturn[] {
  return (db.prepare(`${SELECT_RETURN} WHERE t.case_id = ? AND t.superseded_at IS NULL ORDER BY o.name`).all(caseId) as ReturnRow[]).map(fromRow);
}

export function findCurrentReturn(db: Db, caseId: number, organisationId: number): StoredReturn | undefined {
  const row = db.prepare(`${SELECT_RETURN} WHERE t.case_id = ? AND t.organisation_id = ? AND t.superseded_at IS NULL`).get(caseId, organisationId) as ReturnRow | undefined;
  return row && fromRow(row);
}

export function findReturn(db: Db, caseId: number, id: number): StoredReturn | undefined {
  const row = db.prepare(`${SELECT_RETURN} WHERE t.case_id = ? AND t.id = ?`).get(caseId, id) as ReturnRow | undefined;
  return row && fromRow(row);
}

export function insertReturn(db: Db, caseId: number, record: NewReturn): number {
  return Number(
    db
      .prepare(
        `INSERT INTO chronology_returns (case_id, organisation_id, file_name, sha256, document_id, row_count, problems, imported_by, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(caseId, record.organisationId, record.fileName, record.sha256, record.documentId, record.rowCount, JSON.stringify(record.problems), record.importedBy, record.importedAt).lastInsertRowid,
  );
}

/** Takes a return out of the composite: its rows go, the return stays as a record marked superseded. Returns the ids of the rows removed. */
export function supersedeReturn(db: Db, id: number, at: string): number[] {
  const removed = (db.prepare('SELECT id FROM chronology_rows WHERE return_id = ?').all(id) as { id: number }[]).map((row) => row.id);
  db.prepare('DELETE FROM chronology_rows WHERE return_id = ?').run(id);
  db.prepare('UPDATE chronology_returns SET superseded_at = ? WHERE id = ?').run(at, id);
  return removed;
}

const tested = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

/** Every row of one return, through one prepared statement: call inside the change's transaction. */
export function insertRows(db: Db, caseId: number, returnId: number, rows: readonly ChronologyRow[]): void {
  const insert = db.prepare(
    `INSERT INTO chronology_rows (return_id, case_id, sheet, row_number, date, time, stated_agency, source, event, risk, response, impact, partnership, learning,
       changed_assessment, part_of_pattern, statutory_event, significant_to_child, significant_to_key_adult, learning_point)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rows) {
    const tests = row.tests;
    insert.run(
      returnId,
      caseId,
      row.sheet,
      row.row,
      row.date,
      row.time,
      row.agency,
      row.source,
      row.event,
      row.risk,
      row.response,
      row.impact,
      row.partnership,
      row.learning,
      tested(tests.changedAssessment),
      tested(tests.partOfPattern),
      tested(tests.statutoryEvent),
      tested(tests.significantToChild),
      tested(tests.significantToKeyAdult),
      tested(tests.learningPoint),
    );
  }
}

type RowValues = [
  id: number,
  statedAgency: string | null,
  sheet: string,
  row: number,
  date: string,
  time: string | null,
  source: string,
  event: string,
  risk: string,
  response: string,
  impact: string,
  partnership: string,
  learning: string,
  changedAssessment: number | null,
  partOfPattern: number | null,
  statutoryEvent: number | null,
  significantToChild: number | null,
  significantToKeyAdult: number | null,
  learningPoint: number | null,
];

const answer = (value: number | null): boolean | null => (value === null ? null : value === 1);

/**
 * The rows of a case's current returns, each with the agency whose return it came from. Read
 * return by return through the return_id index, whose entries are in id order: a return's rows
 * were inserted together, so they are read from consecutive pages rather than in date order
 * across the whole table (several times faster on a 50,000-row case, where every page read is
 * decrypted). Arrays rather than named columns, and objects built field by field: this runs on
 * every evidence view.
 */
export function listCurrentRows(db: Db, caseId: number): StoredChronologyRow[] {
  const returns = db
    .prepare('SELECT t.id, o.name AS agency FROM chronology_returns t JOIN organisations o ON o.id = t.organisation_id WHERE t.case_id = ? AND t.superseded_at IS NULL ORDER BY t.id')
    .all(caseId) as { id: number; agency: string }[];
  const select = db
    .prepare(
      `SELECT id, stated_agency, sheet, row_number, date, time, source, event, risk, response, impact, partnership, learning,
              changed_assessment, part_of_pattern, statutory_event, significant_to_child, significant_to_key_adult, learning_point
       FROM chronology_rows WHERE return_id = ? ORDER BY id`,
    )
    .raw();
  const rows: StoredChronologyRow[] = [];
  for (const current of returns) {
    for (const values of select.all(current.id) as RowValues[]) {
      rows.push({
        id: values[0],
        agency: current.agency,
        statedAgency: values[1],
        sheet: values[2],
        row: values[3],
        date: values[4],
        time: values[5],
        source: values[6],
        event: values[7],
        risk: values[8],
        response: values[9],
        impact: values[10],
        partnership: values[11],
        learning: values[12],
        tests: {
          changedAssessment: answer(values[13]),
          partOfPattern: answer(values[14]),
          statutoryEvent: answer(values[15]),
          significantToChild: answer(values[16]),
          significantToKeyAdult: answer(values[17]),
          learningPoint: answer(values[18]),
        },
      });
    }
  }
  return rows;
}
