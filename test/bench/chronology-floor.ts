/**
 * The floor the chronology import is measured against: the same work done with nothing of the
 * app in between. Bare exceljs streaming-reads the twenty returns, the same rows go into an
 * encrypted store (the app's own openDatabase and key handling) in one transaction, and the same
 * rows are written with exceljs's streaming writer. No checks, no parsing of dates, no
 * duplicate detection, no audit: what the import cannot do without.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase } from '../../main/store/open-database.ts';

export interface FloorTimes {
  readonly readMs: number;
  readonly insertMs: number;
  readonly writeMs: number;
  readonly rows: number;
}

type Cell = ExcelJS.CellValue;

async function readAll(files: readonly string[]): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  for (const file of files) {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit' });
    for await (const worksheet of reader) {
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        // The header block and header row are the first six rows of each file.
        if (row.number > 6) rows.push((row.values as Cell[]).slice(1));
      }
    }
  }
  return rows;
}

function insertAll(folder: string, rows: readonly Cell[][]): void {
  const db = openDatabase(path.join(folder, 'floor.db'), randomBytes(32), { create: true });
  try {
    db.exec(`CREATE TABLE rows (id INTEGER PRIMARY KEY, date TEXT, time TEXT, source TEXT, event TEXT, risk TEXT, response TEXT, impact TEXT, partnership TEXT, learning TEXT,
      t1 INTEGER, t2 INTEGER, t3 INTEGER, t4 INTEGER, t5 INTEGER, t6 INTEGER) STRICT`);
    const insert = db.prepare('INSERT INTO rows (date, time, source, event, risk, response, impact, partnership, learning, t1, t2, t3, t4, t5, t6) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (const row of rows) {
        const date = row[0] instanceof Date ? row[0].toISOString().slice(0, 10) : String(row[0]);
        const text = row.slice(1, 9).map((value) => String(value ?? ''));
        const tests = row.slice(9, 15).map((value) => (value === 'Yes' ? 1 : 0));
        insert.run(date, ...text, ...tests);
      }
    })();
  } finally {
    db.close();
  }
}

async function writeAll(file: string, rows: readonly Cell[][]): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: fs.createWriteStream(file), useSharedStrings: false, useStyles: true });
  const sheet = writer.addWorksheet('Composite chronology');
  for (const row of rows) sheet.addRow(row as unknown[]).commit();
  sheet.commit();
  await writer.commit();
}

export async function runFloor(folder: string, files: readonly string[]): Promise<FloorTimes> {
  let started = performance.now();
  const rows = await readAll(files);
  const readMs = performance.now() - started;
  started = performance.now();
  insertAll(folder, rows);
  const insertMs = performance.now() - started;
  started = performance.now();
  await writeAll(path.join(folder, 'floor-composite.xlsx'), rows);
  const writeMs = performance.now() - started;
  return { readMs, insertMs, writeMs, rows: rows.length };
}
