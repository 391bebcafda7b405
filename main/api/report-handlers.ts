/** The report calls (shared/ipc/report-calls.ts) in terms of the services in main/reports. */
import type { z } from 'zod';
import { REPORT_CALLS } from '../../shared/ipc/report-calls.ts';
import { exportReport, previewExport } from '../reports/export-report.ts';
import { decideRedaction, pullFinding, removePlace, saveAssurance, saveBriefing, saveDiscussion, savePlace, updateDistribution } from '../reports/report-records.ts';
import { importDocxDraft, saveReport } from '../reports/report-writing.ts';
import { readReports } from '../reports/reports-view.ts';
import { buildRedactedDraftBundle } from '../reports/send-draft.ts';
import { deliver } from './exchange-handlers.ts';
import type { Handlers } from './handlers.ts';

type ReportHandlers = Pick<Handlers, keyof typeof REPORT_CALLS>;
type ReportCall = keyof typeof REPORT_CALLS;

/** The pipeline parsed the input already; parsing again here gives the handler its defaults' types. */
function parsed<K extends ReportCall>(name: K, input: unknown): z.output<(typeof REPORT_CALLS)[K]['input']> {
  return REPORT_CALLS[name].input.parse(input) as z.output<(typeof REPORT_CALLS)[K]['input']>;
}

export const REPORT_HANDLERS: ReportHandlers = {
  'reports.get': (desktop, input) => readReports(desktop.requireSession(), input.reference),
  'reports.save': (desktop, raw) => {
    const input = parsed('reports.save', raw);
    return saveReport(desktop.requireSession(), input.reference, input.content, input.reason);
  },
  'reports.importDocx': (desktop, input) => importDocxDraft(desktop.requireSession(), input.reference, input.fileName, new Uint8Array(Buffer.from(input.contentBase64, 'base64')), input.reason),
  'reports.saveAssurance': (desktop, raw) => saveAssurance(desktop.requireSession(), raw.reference, parsed('reports.saveAssurance', raw).assurance),
  'reports.saveDiscussion': (desktop, raw) => saveDiscussion(desktop.requireSession(), raw.reference, parsed('reports.saveDiscussion', raw).discussion),
  'reports.pullFinding': (desktop, input) => pullFinding(desktop.requireSession(), input.reference, input.finding, input.section),
  'reports.savePlace': (desktop, raw) => savePlace(desktop.requireSession(), raw.reference, parsed('reports.savePlace', raw).place),
  'reports.removePlace': (desktop, input) => removePlace(desktop.requireSession(), input.reference, input.id),
  'reports.decide': (desktop, input) => decideRedaction(desktop.requireSession(), input.reference, input.decision),
  'reports.saveBriefing': (desktop, raw) => {
    const input = parsed('reports.saveBriefing', raw);
    return saveBriefing(desktop.requireSession(), input.reference, input.briefing, input.covers);
  },
  'reports.preview': (desktop, raw) => previewExport(desktop.requireSession(), parsed('reports.preview', raw)),
  'reports.export': (desktop, raw) => {
    const input = parsed('reports.export', raw);
    return exportReport(desktop.requireSession(), input.choice, input.format);
  },
  'reports.sendDraft': async (desktop, raw) => {
    const session = desktop.requireSession();
    const input = parsed('reports.sendDraft', raw);
    return deliver(desktop, session, await buildRedactedDraftBundle(session, input));
  },
  'reports.updateDistribution': (desktop, raw) => updateDistribution(desktop.requireSession(), raw.reference, raw.id, parsed('reports.updateDistribution', raw).update),
};
