/**
 * Changing a case's action plan: recommendations, actions, progress and evidence files. Every
 * refusal names what is wrong by its path under the call's input and writes nothing; every
 * change writes its audit event (ids, statuses, counts: never the plan's text) in the same
 * transaction as the change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionInput, progressInput } from '../../../shared/actions/action-plan.ts';
import { AppError } from '../../../shared/errors.ts';
import { MAX_DOCUMENT_BYTES } from '../../../shared/ipc/case-calls.ts';
import { readActionPlan } from '../../../main/actions/action-plan-view.ts';
import { attachEvidence, removeRecommendation, saveAction, saveRecommendation, updateProgress } from '../../../main/actions/action-plan-writing.ts';
import { sha256Of } from '../../../main/reviews/documents.ts';
import { findDocument, readDocumentContent } from '../../../main/store/repositories/case-documents.ts';
import {
  actionFields,
  actionIn,
  addAction,
  addRecommendation,
  allActions,
  auditDetails,
  count,
  daysFromToday,
  EDUCATION,
  FAR_AHEAD,
  lastAuditAction,
  makeEvidenceStore,
  newCase,
  POLICE,
  recommendationFields,
  refusalOf,
  testChange,
  type EvidenceStore,
} from './action-plan-fixture.ts';

const PLAN_TABLES = ['plan_recommendations', 'plan_actions', 'plan_action_evidence', 'case_documents', 'case_document_chunks', 'audit_events'] as const;

let store: EvidenceStore;
let reference: string;
let otherReference: string;
let recommendation: number;
let otherRecommendation: number;
let otherAction: number;

beforeAll(async () => {
  store = await makeEvidenceStore();
  reference = newCase(store.officer).reference;
  otherReference = newCase(store.officer).reference;
  recommendation = addRecommendation(store.officer, reference);
  otherRecommendation = addRecommendation(store.officer, otherReference);
  otherAction = addAction(store.officer, otherReference, otherRecommendation);
});
afterAll(() => store.cleanup());

function counts(): Record<string, number> {
  return Object.fromEntries(PLAN_TABLES.map((table) => [table, count(store.officer, table)]));
}

/** The refusal, having checked it wrote nothing at all (not even an audit event). */
function refusedWithNothingWritten(call: () => unknown): AppError {
  const before = counts();
  const refusal = refusalOf(call);
  expect(counts()).toEqual(before);
  return refusal;
}

/** Runs a change and checks it wrote exactly one audit event of this action (and `extra` others), returning its details. */
function auditedOnce<T>(action: string, call: () => T, extra = 0): { result: T; details: Record<string, unknown> } {
  const before = auditDetails(store.officer, action).length;
  const events = count(store.officer, 'audit_events');
  const result = call();
  const after = auditDetails(store.officer, action);
  expect(after).toHaveLength(before + 1);
  expect(count(store.officer, 'audit_events')).toBe(events + 1 + extra);
  return { result, details: after.at(-1)! };
}

const progress = (input: Parameters<typeof progressInput.parse>[0]) => progressInput.parse(input);

describe('recommendations', () => {
  it('saves a new one and edits it, auditing ids and the type, never the text', () => {
    const { result, details } = auditedOnce('action-plan.recommendation-saved', () =>
      saveRecommendation(store.officer, reference, null, recommendationFields({ text: 'Every agency asks who else lives in the house.', type: 'partnership-wide' })),
    );
    const saved = result.recommendations.at(-1)!;
    expect(saved).toMatchObject({ text: 'Every agency asks who else lives in the house.', type: 'partnership-wide', systemicFactor: 'Concerns were held by each agency alone.', fromFinding: '', actions: [] });
    expect(details).toEqual({ recommendationId: saved.id, created: true, type: 'partnership-wide', fromFinding: null });
    expect(JSON.stringify(details)).not.toContain('house');

    const edited = auditedOnce('action-plan.recommendation-saved', () => saveRecommendation(store.officer, reference, saved.id, recommendationFields({ text: 'Every agency asks about every adult.', type: 'national' })));
    expect(edited.result.recommendations.find((each) => each.id === saved.id)).toMatchObject({ text: 'Every agency asks about every adult.', type: 'national', number: saved.number });
    expect(edited.details).toMatchObject({ recommendationId: saved.id, created: false });
  });

  it('refuses a recommendation with a problem, naming each field under "recommendation"', () => {
    const refusal = refusedWithNothingWritten(() => saveRecommendation(store.officer, reference, null, { text: '  ', type: 'regional' as 'national', systemicFactor: '', fromFinding: 'kolb.nowhere.1' }));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems.map((problem) => problem.path).sort()).toEqual(['recommendation.systemicFactor', 'recommendation.text', 'recommendation.type']);
    const finding = refusedWithNothingWritten(() => saveRecommendation(store.officer, reference, null, recommendationFields({ fromFinding: 'kolb.nowhere.1' })));
    expect(finding.problems).toEqual([{ path: 'recommendation.fromFinding', message: 'Choose a finding from the case discussion' }]);
  });

  it('refuses to edit or remove another case’s recommendation', () => {
    const edit = refusedWithNothingWritten(() => saveRecommendation(store.officer, reference, otherRecommendation, recommendationFields()));
    expect(edit.code).toBe('NOT_FOUND');
    expect(edit.message).toBe(`Case ${reference} has no recommendation ${otherRecommendation}. Reload the action plan and choose one of its recommendations.`);
    expect(refusedWithNothingWritten(() => removeRecommendation(store.officer, reference, otherRecommendation)).code).toBe('NOT_FOUND');
    expect(readActionPlan(store.officer, otherReference).recommendations[0]!.text).toBe(recommendationFields().text);
  });

  it('removes a recommendation with no actions, and refuses, clearly, one that still has actions', () => {
    const spare = addRecommendation(store.officer, reference);
    const { result, details } = auditedOnce('action-plan.recommendation-removed', () => removeRecommendation(store.officer, reference, spare));
    expect(result.recommendations.map((each) => each.id)).not.toContain(spare);
    expect(details).toEqual({ recommendationId: spare });

    const busy = addRecommendation(store.officer, reference);
    addAction(store.officer, reference, busy);
    addAction(store.officer, reference, busy);
    const number = readActionPlan(store.officer, reference).recommendations.find((each) => each.id === busy)!.number;
    const refusal = refusedWithNothingWritten(() => removeRecommendation(store.officer, reference, busy));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toBe(`Recommendation ${number} still has 2 actions: move its 2 actions to another recommendation before removing it.`);
  });
});

describe('actions', () => {
  it('adds an action not started, with a new uid, owned by the agency as the partnership lists it', () => {
    const { result, details } = auditedOnce('action-plan.action-saved', () =>
      saveAction(store.officer, reference, null, actionInput.parse(actionFields(recommendation, { agency: '  greater   manchester police ', dueOn: '2028-02-29' }))),
    );
    const added = allActions(result).reduce((newest, action) => (action.id > newest.id ? action : newest));
    expect(added).toMatchObject({ recommendationId: recommendation, agency: POLICE, status: 'not-started', completedOn: null, evidence: '', evidenceFiles: [], evidenceAcceptedOn: null, dueOn: '2028-02-29' });
    expect(details).toMatchObject({ actionId: added.id, recommendationId: recommendation, created: true });
    expect(JSON.stringify(details)).not.toContain('strategy');
  });

  it('edits what an action says and keeps its uid, status and evidence', () => {
    const id = addAction(store.officer, reference, recommendation);
    const before = actionIn(updateProgress(store.officer, reference, id, progress({ status: 'in-progress', evidence: 'Half the audits done.' })), id);
    const other = addRecommendation(store.officer, reference);
    const view = saveAction(store.officer, reference, id, actionInput.parse(actionFields(other, { what: 'Brief every response officer', agency: EDUCATION, dueOn: '2027-01-29' })));
    expect(actionIn(view, id)).toMatchObject({ uid: before.uid, recommendationId: other, what: 'Brief every response officer', agency: EDUCATION, dueOn: '2027-01-29', status: 'in-progress', evidence: 'Half the audits done.' });
    expect(view.recommendations.find((each) => each.id === other)!.actions.map((action) => action.id)).toEqual([id]);
  });

  it('refuses an unknown agency and another case’s recommendation together, by field', () => {
    const refusal = refusedWithNothingWritten(() => saveAction(store.officer, reference, null, actionInput.parse(actionFields(otherRecommendation, { agency: 'Ministry of Magic' }))));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems).toEqual([
      { path: 'action.recommendationId', message: 'Choose one of this case’s recommendations' },
      { path: 'action.agency', message: 'Choose an agency from the partnership’s list: “Ministry of Magic” is not on it' },
    ]);
  });

  it('refuses to change another case’s action, and a due date that is not a real date', () => {
    const edit = refusedWithNothingWritten(() => saveAction(store.officer, reference, otherAction, actionInput.parse(actionFields(recommendation))));
    expect(edit.code).toBe('NOT_FOUND');
    expect(edit.problems).toEqual([{ path: 'id', message: 'Choose one of this case’s actions' }]);
    const date = refusedWithNothingWritten(() => saveAction(store.officer, reference, null, { ...actionFields(recommendation), dueOn: '2027-02-30' }));
    expect(date.problems).toEqual([{ path: 'action.dueOn', message: 'Enter the date the action is due as a real date, for example 2026-03-27' }]);
    expect(refusedWithNothingWritten(() => updateProgress(store.officer, reference, otherAction, progress({ status: 'in-progress' }))).code).toBe('NOT_FOUND');
  });
});

describe('progress', () => {
  it('completes an action on a past date with accepted evidence, and clears the completion when it reopens', () => {
    const id = addAction(store.officer, reference, recommendation);
    const { result, details } = auditedOnce('action-plan.progress-recorded', () =>
      updateProgress(store.officer, reference, id, progress({ status: 'complete', completedOn: daysFromToday(-2), evidence: 'Ten audits: every child seen.', evidenceAcceptedOn: daysFromToday(0) })),
    );
    expect(actionIn(result, id)).toMatchObject({ status: 'complete', completedOn: daysFromToday(-2), evidence: 'Ten audits: every child seen.', evidenceAcceptedOn: daysFromToday(0), overdue: false });
    expect(details).toEqual({ actionId: id, from: 'not-started', status: 'complete', evidenceFiles: 0, evidenceAccepted: true });
    expect(JSON.stringify(details)).not.toContain('audits');
    const reopened = updateProgress(store.officer, reference, id, progress({ status: 'in-progress', evidence: 'Ten audits: every child seen.' }));
    expect(actionIn(reopened, id)).toMatchObject({ status: 'in-progress', completedOn: null, evidenceAcceptedOn: null });
  });

  it('refuses a completion or an acceptance in the future', () => {
    const id = addAction(store.officer, reference, recommendation);
    const completed = refusedWithNothingWritten(() => updateProgress(store.officer, reference, id, progress({ status: 'complete', completedOn: daysFromToday(1), evidence: 'Done.' })));
    expect(completed.problems).toEqual([{ path: 'progress.completedOn', message: 'Enter a completion date that is today or in the past' }]);
    const accepted = refusedWithNothingWritten(() => updateProgress(store.officer, reference, id, progress({ status: 'in-progress', evidence: 'Some.', evidenceAcceptedOn: FAR_AHEAD })));
    expect(accepted.problems).toEqual([{ path: 'progress.evidenceAcceptedOn', message: 'Enter a date the evidence was accepted that is today or in the past' }]);
  });

  it('refuses to accept evidence when there is none, and a complete action with no completion date', () => {
    const id = addAction(store.officer, reference, recommendation);
    const none = refusedWithNothingWritten(() => updateProgress(store.officer, reference, id, progress({ status: 'in-progress', evidence: '   ', evidenceAcceptedOn: daysFromToday(0) })));
    expect(none.problems).toEqual([{ path: 'progress.evidenceAcceptedOn', message: 'Add the evidence of impact (text or a file) before recording that it was accepted' }]);
    const undated = refusedWithNothingWritten(() => updateProgress(store.officer, reference, id, { status: 'complete', completedOn: null, evidence: '', evidenceAcceptedOn: null }));
    expect(undated.problems).toEqual([{ path: 'progress.completedOn', message: 'Enter the date the action was completed' }]);
    expect(actionIn(readActionPlan(store.officer, reference), id).status).toBe('not-started');
  });
});

describe('evidence files', () => {
  const bytes = new TextEncoder().encode('%PDF-1.4 invented audit findings: 10 of 10 children seen.');

  it('keeps the file in the case’s documents, linked to the action, so its evidence can be accepted', () => {
    const id = addAction(store.officer, reference, recommendation);
    const before = count(store.officer, 'case_documents');
    const { result, details } = auditedOnce('action-plan.evidence-attached', () => attachEvidence(store.officer, reference, id, { name: ' Audit findings.pdf ', mediaType: 'application/octet-stream', bytes }), 1);
    const [file] = actionIn(result, id).evidenceFiles;
    expect(file).toMatchObject({ name: 'Audit findings.pdf', size: bytes.length, addedOn: daysFromToday(0) });
    expect(details).toEqual({ actionId: id, documentId: file!.documentId });
    expect(lastAuditAction(store.officer)).toBe('action-plan.evidence-attached');
    expect(auditDetails(store.officer, 'document.added').at(-1)).toEqual({ documentId: file!.documentId, sha256: sha256Of(Buffer.from(bytes)), size: bytes.length });
    expect(count(store.officer, 'case_documents')).toBe(before + 1);
    const caseId = store.officer.store.db.prepare('SELECT id FROM cases WHERE reference = ?').pluck().get(reference) as number;
    const document = findDocument(store.officer.store.db, caseId, file!.documentId)!;
    expect(document).toMatchObject({ mediaType: 'application/pdf', note: `Evidence of impact for the action “${actionFields(recommendation).what.slice(0, 79)}…” (${POLICE})` });
    expect(Buffer.compare(readDocumentContent(store.officer.store.db, document.id), Buffer.from(bytes))).toBe(0);

    // A file alone is evidence enough to accept.
    const accepted = updateProgress(store.officer, reference, id, progress({ status: 'in-progress', evidenceAcceptedOn: daysFromToday(0) }));
    expect(actionIn(accepted, id)).toMatchObject({ evidence: '', evidenceAcceptedOn: daysFromToday(0) });
    expect(auditDetails(store.officer, 'action-plan.progress-recorded').at(-1)).toMatchObject({ actionId: id, evidenceFiles: 1, evidenceAccepted: true });
  });

  it('refuses an empty file, one over 50 MB, and another case’s action', () => {
    const id = addAction(store.officer, reference, recommendation);
    expect(refusedWithNothingWritten(() => attachEvidence(store.officer, reference, id, { name: 'empty.pdf', mediaType: 'application/pdf', bytes: new Uint8Array() })).problems).toEqual([
      { path: 'contentBase64', message: 'Choose a file that is not empty' },
    ]);
    expect(refusedWithNothingWritten(() => attachEvidence(store.officer, reference, id, { name: 'huge.pdf', mediaType: 'application/pdf', bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1) })).problems).toEqual([
      { path: 'contentBase64', message: 'The file is larger than 50 MB' },
    ]);
    expect(refusedWithNothingWritten(() => attachEvidence(store.officer, reference, id, { name: '  ', mediaType: 'application/pdf', bytes })).problems).toEqual([{ path: 'name', message: 'Choose a file' }]);
    expect(refusedWithNothingWritten(() => attachEvidence(store.officer, reference, otherAction, { name: 'a.pdf', mediaType: 'application/pdf', bytes })).code).toBe('NOT_FOUND');
  });
});

describe('one transaction', () => {
  it('writes nothing of a change whose audit event cannot be written', () => {
    testChange(
      store.officer,
      `CREATE TRIGGER refuse_action_audit BEFORE INSERT ON audit_events WHEN NEW.action IN ('action-plan.action-saved', 'action-plan.evidence-attached') BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`,
    );
    try {
      const actions = count(store.officer, 'plan_actions');
      const documents = count(store.officer, 'case_documents');
      expect(() => addAction(store.officer, reference, recommendation)).toThrow(/simulated failure/);
      expect(count(store.officer, 'plan_actions')).toBe(actions);
      const existing = allActions(readActionPlan(store.officer, reference))[0]!.id;
      expect(() => attachEvidence(store.officer, reference, existing, { name: 'x.pdf', mediaType: 'application/pdf', bytes: new Uint8Array([1, 2, 3]) })).toThrow(/simulated failure/);
      expect(count(store.officer, 'case_documents')).toBe(documents);
      expect(count(store.officer, 'plan_action_evidence', 'action_id = ?', existing)).toBe(0);
    } finally {
      testChange(store.officer, 'DROP TRIGGER refuse_action_audit');
    }
  });
});
