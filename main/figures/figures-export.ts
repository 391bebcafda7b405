/**
 * The annual figures taken out of the store as a file: the workbook (Summary first) or the
 * annual report's PDF, with the same numbers as the screen because both come from one
 * computeFigures. Counts only, but still a record of who took the year's figures away and for
 * which period, so the chain records the export once the file is made.
 */
import { figuresPeriod, summaryRows, type FiguresPeriod } from '../../shared/figures/figures.ts';
import { todayInLondon } from '../../shared/reviews/clock-status.ts';
import type { FileOut } from '../actions/assurance-report.ts';
import { parsedOrRefused } from '../evidence/parsed-input.ts';
import { figuresPdf } from '../exports/pdf/figures-pdf.ts';
import { figuresWorkbook } from '../exports/xlsx/figures-workbook.ts';
import type { Session } from '../security/session.ts';
import { readLetterhead } from '../store/repositories/letterhead.ts';
import { computeFigures } from './compute-figures.ts';

export const FIGURES_EXPORTED = 'figures.exported';
const EXPORT = 'export the annual figures';

const MEDIA_TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

/** Until an administrator sets the letterhead, the partnership's name has nowhere to come from. */
const PARTNERSHIP_FALLBACK = 'The Safeguarding Children Partnership';

/** "annual-figures-2025-04-01-to-2026-03-31.xlsx". */
export function figuresFileName(period: FiguresPeriod, format: 'pdf' | 'xlsx'): string {
  return `annual-figures-${period.from}-to-${period.to}.${format}`;
}

/** The file's bytes and name, for the app (as base64) and the command line (as bytes). */
export async function exportFiguresBytes(session: Session, period: FiguresPeriod, format: 'pdf' | 'xlsx'): Promise<{ fileName: string; bytes: Uint8Array; figures: number }> {
  session.authorise('figures.read', EXPORT);
  // Checked here too: the command line calls this without the contract's validation.
  const checked = parsedOrRefused(figuresPeriod, period, '', 'the period');
  const db = session.store.db;
  const view = computeFigures(db, checked, todayInLondon());
  const bytes =
    format === 'xlsx' ? await figuresWorkbook(view) : await figuresPdf(view, { partnershipName: readLetterhead(db)?.partnershipName ?? PARTNERSHIP_FALLBACK });
  const fileName = figuresFileName(checked, format);
  session.store.change((_db, audit) =>
    audit({
      actorId: session.userId,
      action: FIGURES_EXPORTED,
      recordType: 'store',
      recordId: session.store.storeId,
      details: { from: checked.from, to: checked.to, format },
    }),
  );
  return { fileName, bytes, figures: summaryRows(view).length };
}

export async function exportFigures(session: Session, period: FiguresPeriod, format: 'pdf' | 'xlsx'): Promise<FileOut> {
  const { fileName, bytes } = await exportFiguresBytes(session, period, format);
  return { fileName, mediaType: MEDIA_TYPES[format], contentBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}
