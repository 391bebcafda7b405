/**
 * A table block as a Word table. The header row repeats at the top of each page (w:tblHeader) and
 * is bold; rows shorter than the widest are padded with empty cells, because a row without cells
 * is invalid in Word and ragged rows print as a broken grid.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType, type ITableBordersOptions } from 'docx';
import type { Block } from '../../../shared/reports/report-document.ts';
import { textRuns } from './docx-text-runs.ts';

type TableBlock = Extract<Block, { type: 'table' }>;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' };
const BORDERS: ITableBordersOptions = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const HEADER_SHADING = { fill: 'F3F2F1' };

export function docxTable(block: TableBlock, textWidth: number): Table {
  const columns = Math.max(1, ...block.rows.map((row) => row.length));
  const columnWidth = Math.floor(textWidth / columns);
  const rows = block.rows.map((cells, rowIndex) => {
    const header = block.headerRow && rowIndex === 0;
    const padded = [...cells, ...Array.from({ length: columns - cells.length }, () => '')];
    return new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: padded.map(
        (cell) =>
          new TableCell({
            width: { size: columnWidth, type: WidthType.DXA },
            ...(header ? { shading: HEADER_SHADING } : {}),
            children: [new Paragraph({ spacing: { after: 0 }, children: textRuns(cell, header ? { bold: true } : {}) })],
          }),
      ),
    });
  });
  return new Table({
    rows,
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    borders: BORDERS,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}
