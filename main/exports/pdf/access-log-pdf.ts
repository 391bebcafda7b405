/**
 * The secured files' access log as A4 landscape pages for the Practice Review Subgroup: what it
 * is, who made it and when, what the filter kept, then one table row per event in chain order,
 * the header repeated on every page (pdf-table.ts). Marked OFFICIAL-SENSITIVE and numbered on
 * every page by savePdf.
 */
import type { AccessLogEntry } from '../../../shared/vault/access-log.ts';
import { ACCESS_LOG_COLUMNS, ACCESS_LOG_TITLE, entryWords, londonDateTime } from '../../vault/access-log-rows.ts';
import { dateInWords } from './date-words.ts';
import { BODY_SIZE, drawHeading, drawParagraph, GREY } from './flow-text.ts';
import { PageFlow } from './page-layout.ts';
import { createPdf, savePdf } from './pdf-document.ts';
import { drawTable, type TableLayout, type TableRow } from './pdf-table.ts';

export interface AccessLogPdfInput {
  readonly partnershipName: string;
  /** The day it is made (YYYY-MM-DD, England). */
  readonly madeOn: string;
  readonly madeBy: string;
  /** A sentence saying what the filter kept. */
  readonly filterDescription: string;
  readonly entries: readonly AccessLogEntry[];
}

/** As small as the composite chronology's table: the smallest print still read on paper. */
const TABLE_FONT_SIZE = 7.5;

const WEIGHTS: Readonly<Record<(typeof ACCESS_LOG_COLUMNS)[number], number>> = {
  Event: 24,
  // The date above the time: two short lines rather than one wide column.
  'Date and time': 50,
  Action: 60,
  Person: 60,
  Case: 48,
  Agency: 64,
  File: 100,
  Purpose: 100,
  Detail: 130,
};

const LAYOUT: TableLayout = { fontSize: TABLE_FONT_SIZE, columns: ACCESS_LOG_COLUMNS.map((header) => ({ header, weight: WEIGHTS[header] })) };

function* tableRows(entries: readonly AccessLogEntry[]): Iterable<TableRow> {
  for (const entry of entries) yield { kind: 'cells', cells: [String(entry.seq), londonDateTime(entry.at), ...entryWords(entry)] };
}

export async function accessLogPdf(input: AccessLogPdfInput): Promise<Uint8Array> {
  const pdf = await createPdf({ title: ACCESS_LOG_TITLE, author: input.partnershipName });
  const flow = new PageFlow(pdf.doc, pdf.fonts, 'landscape');
  flow.newPage();
  drawParagraph(flow, input.partnershipName, { bold: true, color: GREY, spaceAfter: 2 });
  drawHeading(flow, ACCESS_LOG_TITLE, 1);
  const count = input.entries.length === 1 ? '1 event' : `${input.entries.length.toLocaleString('en-GB')} events`;
  drawParagraph(flow, `Made on ${dateInWords(input.madeOn)} by ${input.madeBy}, with ${count}. Times are in England’s time (GMT or BST).`, { size: BODY_SIZE, spaceAfter: 2 });
  drawParagraph(flow, input.filterDescription, { size: BODY_SIZE, spaceAfter: 6 });
  if (input.entries.length === 0) drawParagraph(flow, 'No events in the log match.', { size: BODY_SIZE });
  else drawTable(flow, LAYOUT, tableRows(input.entries));
  return savePdf(pdf);
}
