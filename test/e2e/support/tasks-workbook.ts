/**
 * The police's completed return, made from the template workbook the representative downloaded
 * from the task: the agency summary sheet answered and a few chronology rows, written with
 * exceljs in the template's own cells, as a person filling it in would leave them. Invented events only.
 */
import ExcelJS from 'exceljs';
import { SUMMARY_FIELDS, type SummaryField } from '../../../shared/evidence/agency-summary.ts';
import { TEMPLATE_SHEETS } from '../../../shared/evidence/chronology.ts';
import { SUMMARY_FIRST_ROW, TEMPLATE_COLUMNS, TEMPLATE_HEADER_ROW } from '../../../main/exports/xlsx/chronology-template.ts';

export const AUTHOR = 'Siân Łukaszewska';

const ANSWERS: Partial<Record<SummaryField, string | Date>> = {
  authorName: AUTHOR,
  authorRole: 'Detective Sergeant, Public Protection',
  completedOn: new Date(Date.UTC(2026, 0, 20)),
  involvementFrom: new Date(Date.UTC(2024, 1, 1)),
  involvementTo: new Date(Date.UTC(2025, 10, 1)),
  involvement: 'Three domestic incidents at the family home were attended (invented for testing).',
  livedExperience: 'Zoë told an officer she hid in her room when her father shouted.',
  analysis: 'Officers did not always record that a child was present.',
  goodPractice: 'A referral was made to children’s social care after the second incident.',
  learning: 'Record every child present at a domestic incident.',
  otherAgencies: 'Children’s Social Care; Education.',
};

export const EVENTS = [
  { date: new Date(Date.UTC(2024, 2, 14)), source: 'Incident log', event: 'Officers attended a verbal argument at the family home; Zoë was present.' },
  { date: new Date(Date.UTC(2024, 8, 3)), source: 'Incident log', event: 'A neighbour reported shouting; the father was spoken to.' },
  { date: new Date(Date.UTC(2025, 0, 22)), source: 'Referral record', event: 'Referral made to children’s social care after a third call.' },
] as const;

export async function completedReturn(template: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const summary = workbook.getWorksheet(TEMPLATE_SHEETS.summary)!;
  for (const [index, field] of SUMMARY_FIELDS.entries()) {
    const answer = ANSWERS[field];
    if (answer !== undefined) summary.getCell(SUMMARY_FIRST_ROW + index, 2).value = answer;
  }
  const chronology = workbook.getWorksheet(TEMPLATE_SHEETS.chronology)!;
  for (const [index, event] of EVENTS.entries()) {
    const row = TEMPLATE_HEADER_ROW + 1 + index;
    chronology.getCell(row, TEMPLATE_COLUMNS.indexOf('date') + 1).value = event.date;
    chronology.getCell(row, TEMPLATE_COLUMNS.indexOf('source') + 1).value = event.source;
    chronology.getCell(row, TEMPLATE_COLUMNS.indexOf('event') + 1).value = event.event;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
