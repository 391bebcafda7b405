/** The report calls (shared/ipc/report-calls.ts) in terms of the services in main/reports. */
import { REPORT_CALLS } from '../../shared/ipc/report-calls.ts';
import { exportReport, previewExport } from '../reports/export-report.ts';
import { decideRedaction, pullFinding, removePlace, saveAssurance, saveBriefing, saveDiscussion, savePlace, updateDistribution } from '../reports/report-records.ts';
import { importDocxDraft, saveReport } from '../reports/report-writing.ts';
import { readReports } from '../reports/reports-view.ts';
import { buildRedactedDraftBundle } from '../reports/send-draft.ts';
import { deliver } from './exchange-handlers.ts';
import type { Handlers } from './handlers.ts';

type ReportHandlers = Pick<Handlers, keyof typeof REPORT_CALLS>;

export const REPORT_HANDLERS: ReportHandlers = {
  'reports.get': (desktop, input) => readReports(desktop.requireSession(), input.reference),
  'reports.save': (desktop, input) => saveReport(desktop.requireSession(), input.reference, input.content, input.reason),
  'reports.importDocx': (desktop, input) => importDocxDraft(desktop.requireSession(), input.reference, input.fileName, new Uint8Array(Buffer.from(input.contentBase64, 'base64')), input.reason),
  'reports.saveAssurance': (desktop, input) => saveAssurance(desktop.requireSession(), input.reference, input.assurance),
  'reports.saveDiscussion': (desktop, input) => saveDiscussion(desktop.requireSession(), input.reference, input.discussion),
  'reports.pullFinding': (desktop, input) => pullFinding(desktop.requireSession(), input.reference, input.finding, input.section),
  'reports.savePlace': (desktop, input) => savePlace(desktop.requireSession(), input.reference, input.place),
  'reports.removePlace': (desktop, input) => removePlace(desktop.requireSession(), input.reference, input.id),
  'reports.decide': (desktop, input) => decideRedaction(desktop.requireSession(), input.reference, input.decision),
  'reports.saveBriefing': (desktop, input) => saveBriefing(desktop.requireSession(), input.reference, input.briefing, input.covers),
  'reports.preview': (desktop, input) => previewExport(desktop.requireSession(), input),
  'reports.export': (desktop, input) => exportReport(desktop.requireSession(), input.choice, input.format),
  'reports.sendDraft': async (desktop, input) => {
    const session = desktop.requireSession();
    return deliver(desktop, session, await buildRedactedDraftBundle(session, input));
  },
  'reports.updateDistribution': (desktop, input) => updateDistribution(desktop.requireSession(), input.reference, input.id, input.update),
};
