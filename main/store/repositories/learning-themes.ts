/** The partnership's managed list of learning themes (seeded with the 2017–18 themes by migration 009). */
import type { Db } from '../open-database.ts';

export interface ThemeRow {
  readonly id: number;
  readonly name: string;
  readonly retired: boolean;
}

type Row = Omit<ThemeRow, 'retired'> & { retired: number };

const fromRow = (row: Row): ThemeRow => ({ ...row, retired: row.retired === 1 });

/** Every theme, retired ones too, in the order they were added. */
export function listThemes(db: Db): ThemeRow[] {
  return (db.prepare('SELECT id, name, retired FROM learning_themes ORDER BY id').all() as Row[]).map(fromRow);
}

export function findTheme(db: Db, id: number): ThemeRow | undefined {
  const row = db.prepare('SELECT id, name, retired FROM learning_themes WHERE id = ?').get(id) as Row | undefined;
  return row && fromRow(row);
}

export function insertTheme(db: Db, name: string, createdAt: string): number {
  return Number(db.prepare('INSERT INTO learning_themes (name, created_at) VALUES (?, ?)').run(name, createdAt).lastInsertRowid);
}

export function renameThemeRow(db: Db, id: number, name: string): void {
  db.prepare('UPDATE learning_themes SET name = ? WHERE id = ?').run(name, id);
}

export function setThemeRetired(db: Db, id: number, retired: boolean): void {
  db.prepare('UPDATE learning_themes SET retired = ? WHERE id = ?').run(retired ? 1 : 0, id);
}
