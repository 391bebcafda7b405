/** The agency evidence calls (shared/ipc/evidence-calls.ts) in terms of the services in main/evidence. */
import type { EVIDENCE_CALLS } from '../../shared/ipc/evidence-calls.ts';
import { acceptChronology, previewChronology, removeReturn } from '../evidence/chronology-returns.ts';
import { resolveDuplicates, undoDuplicateResolution } from '../evidence/composite-decisions.ts';
import { exportComposite, exportMeetingPack, requestLetter, requestTemplate } from '../evidence/evidence-exports.ts';
import { readEvidence } from '../evidence/evidence-view.ts';
import { readLetterheadView, saveLetterhead } from '../evidence/letterhead.ts';
import { recordChase, recordReceived, removeRequest, saveEscalation, saveRequest } from '../evidence/requests.ts';
import { importSummary, rateSummary, saveSummary } from '../evidence/summaries.ts';
import type { ReturnedFile } from '../evidence/chronology/returned-file.ts';
import type { Handlers } from './handlers.ts';

type EvidenceHandlers = Pick<Handlers, keyof typeof EVIDENCE_CALLS>;

const returnedFile = (input: { fileName: string; contentBase64: string }): ReturnedFile => ({ fileName: input.fileName, bytes: Buffer.from(input.contentBase64, 'base64') });

export const EVIDENCE_HANDLERS: EvidenceHandlers = {
  'evidence.get': (desktop, input) => readEvidence(desktop.requireSession(), input.reference),
  'requests.save': (desktop, input) => saveRequest(desktop.requireSession(), input.reference, input.id, input.request),
  'requests.remove': (desktop, input) => removeRequest(desktop.requireSession(), input.reference, input.id),
  'requests.received': (desktop, input) => recordReceived(desktop.requireSession(), input.reference, input.id, input.receivedOn),
  'requests.chase': (desktop, input) => recordChase(desktop.requireSession(), input.reference, input.id, input.chase),
  'requests.escalate': (desktop, input) => saveEscalation(desktop.requireSession(), input.reference, input.id, input.escalationId, input.escalation),
  'requests.letter': (desktop, input) => requestLetter(desktop.requireSession(), input.reference, input.id),
  'requests.template': (desktop, input) => requestTemplate(desktop.requireSession(), input.reference, input.agency),
  'summaries.save': (desktop, input) => saveSummary(desktop.requireSession(), input.reference, input.agency, input.summary),
  'summaries.import': (desktop, input) => importSummary(desktop.requireSession(), input.reference, input.agency, returnedFile(input)),
  'summaries.rate': (desktop, input) => rateSummary(desktop.requireSession(), input.reference, input.agency, input.rating),
  'chronology.preview': (desktop, input) => previewChronology(desktop.requireSession(), input.reference, input.agency, returnedFile(input)),
  'chronology.accept': (desktop, input) =>
    acceptChronology(desktop.requireSession(), input.reference, input.agency, returnedFile(input), { sha256: input.sha256, acceptProblems: input.acceptProblems }),
  'chronology.removeReturn': (desktop, input) => removeReturn(desktop.requireSession(), input.reference, input.id),
  'composite.resolve': (desktop, input) => resolveDuplicates(desktop.requireSession(), input.reference, input.resolution),
  'composite.undoResolution': (desktop, input) => undoDuplicateResolution(desktop.requireSession(), input.reference, input.rowIds),
  'composite.export': (desktop, input) =>
    exportComposite(desktop.requireSession(), input.reference, input.format, { agencies: input.filter.agencies, tests: input.filter.tests, principles: input.filter.principles }),
  'meetingPack.export': (desktop, input) => exportMeetingPack(desktop.requireSession(), input.reference),
  'letterhead.get': (desktop) => readLetterheadView(desktop.requireSession()),
  'letterhead.save': (desktop, input) => saveLetterhead(desktop.requireSession(), input.letterhead),
};
