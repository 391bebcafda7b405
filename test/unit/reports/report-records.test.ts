import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSURANCE_QUESTIONS } from '../../../shared/reports/assurance.ts';
import { insertDistribution } from '../../../main/reports/report-data.ts';
import { decideRedaction, pullFinding, removePlace, saveAssurance, saveBriefing, saveDiscussion, savePlace, updateDistribution } from '../../../main/reports/report-records.ts';
import { saveReport } from '../../../main/reports/report-writing.ts';
import { asyncRefusalOf, assurance, auditDetails, count, discussion, lastAuditAction, makeEvidenceStore, newCase, paragraph, reportWith, type EvidenceStore } from './report-fixture.ts';

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

const briefing = (title = 'Learning from the review') => ({ title, sections: Array.from({ length: 7 }, (_, index) => ({ heading: `Part ${index + 1}`, text: `What we learned, part ${index + 1}.` })) });

describe('the assurance checklist', () => {
  it('refuses a checklist with a question unanswered, or an answer short of “yes” without a comment', async () => {
    const { reference, id } = newCase(store.officer);
    const missing = assurance('chair');
    const unanswered = await asyncRefusalOf(() => saveAssurance(store.officer, reference, { ...missing, answers: missing.answers.slice(1) } as never));
    expect(unanswered.code).toBe('INVALID_INPUT');
    expect(unanswered.message).toContain(ASSURANCE_QUESTIONS[0].text);
    const silent = await asyncRefusalOf(() => saveAssurance(store.officer, reference, assurance('chair', { anonymised: { answer: 'partly' } })));
    expect(silent.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('Say what is missing') })]);
    expect(silent.problems[0]!.path).toMatch(/^assurance\.answers\.\d+\.comment$/);
    expect(count(store.officer, 'report_assurance', 'case_id = ?', id)).toBe(0);
  });

  it('keeps each signer’s completion, recorded by the user, and replaces it when completed again', async () => {
    const { reference } = newCase(store.officer);
    await saveAssurance(store.officer, reference, assurance('chair'));
    let view = await saveAssurance(store.officer, reference, assurance('lead-reviewer', { timescales: { answer: 'no', comment: 'Delayed by the criminal trial.' } }));
    expect(view.assurance.map((each) => [each.signer, each.name, each.completedBy])).toEqual([
      ['chair', 'Gwenllian Chair', 'Ffion Officer'],
      ['lead-reviewer', 'Ines Reviewer', 'Ffion Officer'],
    ]);
    expect(view.assurance[1]!.answers.find((answer) => answer.key === 'timescales')).toEqual({ key: 'timescales', answer: 'no', comment: 'Delayed by the criminal trial.' });
    view = await saveAssurance(store.officer, reference, assurance('lead-reviewer'));
    expect(view.assurance).toHaveLength(2);
    expect(view.assurance[1]!.answers.every((answer) => answer.answer === 'yes')).toBe(true);
    expect(auditDetails(store.officer, 'report.assurance-completed').at(-2)).toEqual({ signer: 'Lead reviewer', notYes: ['timescales'] });
  });
});

describe('the case discussion and its findings', () => {
  it('saves the discussion whole and replaces it when saved again', async () => {
    const { reference, id } = newCase(store.officer);
    await saveDiscussion(store.officer, reference, discussion());
    const view = await saveDiscussion(store.officer, reference, discussion({ participants: ['Health visitor'] }));
    expect(view.discussion?.participants).toEqual(['Health visitor']);
    expect(view.discussion?.signsOfSafety.scale).toBe(4);
    expect(count(store.officer, 'case_discussions', 'case_id = ?', id)).toBe(1);
  });

  it('refuses a score on the scale without who gave it', async () => {
    const { reference } = newCase(store.officer);
    const refusal = await asyncRefusalOf(() => saveDiscussion(store.officer, reference, discussion({ signsOfSafety: { worries: [], workingWell: [], needsToHappen: [], scale: 6, scoredBy: '' } })));
    expect(refusal.problems[0]).toMatchObject({ path: 'discussion.signsOfSafety.scoredBy' });
  });

  it('pulls a finding into a section of the report as a new version that says where it came from', async () => {
    const { reference } = newCase(store.officer);
    await saveReport(store.officer, reference, reportWith({ 'what-must-change': [paragraph('The partnership agreed three changes.')] }), 'First draft');
    await saveDiscussion(store.officer, reference, discussion());
    const view = await pullFinding(store.officer, reference, 'kolb.doDifferently.1', 'what-must-change');
    expect(view.version).toBe(2);
    expect(view.versions[0]).toMatchObject({ version: 2, reason: 'Finding from the case discussion pulled into What must change', savedBy: 'Ffion Officer' });
    expect(view.content.sections.find((section) => section.key === 'what-must-change')!.blocks).toEqual([
      paragraph('The partnership agreed three changes.'),
      paragraph('Ask about every adult in the household at each visit.'),
    ]);
    const core = await pullFinding(store.officer, reference, 'problemTree.coreProblem', 'learning-points');
    expect(core.content.sections.find((section) => section.key === 'learning-points')!.blocks).toEqual([paragraph('Concerns were held by each agency alone.')]);
    expect(auditDetails(store.officer, 'report.finding-pulled').at(-1)).toEqual({ version: 3, finding: 'problemTree.coreProblem', section: 'learning-points' });
  });

  it('starts the report with the finding when no version was saved yet', async () => {
    const { reference } = newCase(store.officer);
    await saveDiscussion(store.officer, reference, discussion());
    const view = await pullFinding(store.officer, reference, 'signsOfSafety.worries.0', 'overview');
    expect(view.version).toBe(1);
    expect(view.content.sections.find((section) => section.key === 'overview')!.blocks).toEqual([paragraph('Missed health appointments.')]);
  });

  it('refuses clearly when there is no discussion, or nothing at the finding’s place, writing no version', async () => {
    const { reference, id } = newCase(store.officer);
    const none = await asyncRefusalOf(() => pullFinding(store.officer, reference, 'kolb.analysis.0', 'overview'));
    expect(none.code).toBe('NOT_FOUND');
    expect(none.message).toContain('There is no case discussion recorded');
    await saveDiscussion(store.officer, reference, discussion({ problemTree: { rootCauses: [], coreProblem: '', effects: [] } }));
    const empty = await asyncRefusalOf(() => pullFinding(store.officer, reference, 'kolb.analysis.5', 'overview'));
    expect(empty.message).toContain('point 6 of “Analysis”');
    const noCore = await asyncRefusalOf(() => pullFinding(store.officer, reference, 'problemTree.coreProblem', 'overview'));
    expect(noCore.message).toContain('the core problem');
    const badPath = await asyncRefusalOf(() => pullFinding(store.officer, reference, 'kolb.feelings.0', 'overview'));
    expect(badPath.code).toBe('INVALID_INPUT');
    expect(count(store.officer, 'report_versions', 'case_id = ?', id)).toBe(0);
  });
});

describe('the places on the redaction register', () => {
  it('adds, renames and removes a place, auditing without its name', async () => {
    const { reference } = newCase(store.officer);
    let view = await savePlace(store.officer, reference, { id: null, name: 'Larkspur Primary School', pseudonym: 'the school' });
    const id = view.places[0]!.id;
    expect(view.places).toEqual([{ id, name: 'Larkspur Primary School', pseudonym: 'the school' }]);
    view = await savePlace(store.officer, reference, { id, name: 'Larkspur Primary Academy', pseudonym: 'the primary school' });
    expect(view.places).toEqual([{ id, name: 'Larkspur Primary Academy', pseudonym: 'the primary school' }]);
    expect(JSON.stringify(auditDetails(store.officer, 'redaction.place-saved'))).not.toContain('Larkspur');
    view = await removePlace(store.officer, reference, id);
    expect(view.places).toEqual([]);
    expect(auditDetails(store.officer, 'redaction.place-removed').at(-1)).toEqual({ placeId: id });
  });

  it('refuses to remove or change another case’s place, as not found', async () => {
    const mine = newCase(store.officer).reference;
    const theirs = newCase(store.officer).reference;
    const theirPlace = (await savePlace(store.officer, theirs, { id: null, name: 'Harbour Street', pseudonym: 'a street' })).places[0]!.id;
    const removal = await asyncRefusalOf(() => removePlace(store.officer, mine, theirPlace));
    expect(removal.code).toBe('NOT_FOUND');
    const change = await asyncRefusalOf(() => savePlace(store.officer, mine, { id: theirPlace, name: 'Elsewhere', pseudonym: 'a town' }));
    expect(change.code).toBe('NOT_FOUND');
    expect(store.officer.store.db.prepare('SELECT name FROM redaction_places WHERE id = ?').get(theirPlace)).toEqual({ name: 'Harbour Street' });
  });

  it('refuses a pseudonym that is the place’s own name', async () => {
    const { reference } = newCase(store.officer);
    const refusal = await asyncRefusalOf(() => savePlace(store.officer, reference, { id: null, name: 'Harbour Street', pseudonym: 'harbour  street' }));
    expect(refusal.problems).toEqual([expect.objectContaining({ path: 'place.pseudonym' })]);
  });
});

describe('decisions on detected identifiers', () => {
  const decisions = (caseId: number) =>
    store.officer.store.db.prepare('SELECT value, place, decision, reason FROM redaction_decisions WHERE case_id = ? ORDER BY place').all(caseId) as { value: string; place: string; decision: string; reason: string }[];

  it('replaces a decision on the same value at the same place, and keeps one per place', async () => {
    const { reference, id } = newCase(store.officer);
    await decideRedaction(store.officer, reference, { decision: 'accept', document: 'report', kind: 'date-of-birth', value: '14 March 2018', place: 'report/overview/2' });
    await decideRedaction(store.officer, reference, { decision: 'dismiss', document: 'report', kind: 'date-of-birth', value: '14 March 2018', place: 'report/overview/2', reason: 'The date of a national report' });
    expect(decisions(id)).toEqual([{ value: '14 March 2018', place: 'report/overview/2', decision: 'dismiss', reason: 'The date of a national report' }]);
    await decideRedaction(store.officer, reference, { decision: 'accept', document: 'report', kind: 'date-of-birth', value: '14 March 2018', place: 'report/overview/5' });
    expect(decisions(id).map((row) => [row.place, row.decision])).toEqual([
      ['report/overview/2', 'dismiss'],
      ['report/overview/5', 'accept'],
    ]);
    const decidedBy = store.officer.store.db.prepare('SELECT DISTINCT decided_by AS who FROM redaction_decisions WHERE case_id = ?').all(id);
    expect(decidedBy).toEqual([{ who: store.officer.userId }]);
  });

  it('audits the document, kind, place and decision, never the value', async () => {
    const { reference } = newCase(store.officer);
    await decideRedaction(store.officer, reference, { decision: 'accept', document: 'briefing', kind: 'phone', value: '07700 900456', place: 'briefing/section-2/0' });
    expect(lastAuditAction(store.officer)).toBe('redaction.decided');
    expect(auditDetails(store.officer, 'redaction.decided').at(-1)).toEqual({ document: 'briefing', kind: 'phone', place: 'briefing/section-2/0', decision: 'accept' });
    expect(JSON.stringify(auditDetails(store.officer, 'redaction.decided'))).not.toContain('900456');
  });

  it('refuses a dismissal without a reason, and a place the app did not make', async () => {
    const { reference } = newCase(store.officer);
    const noReason = await asyncRefusalOf(() => decideRedaction(store.officer, reference, { decision: 'dismiss', document: 'report', kind: 'postcode', value: 'M1 1AA', place: 'report/overview/0', reason: '' } as never));
    expect(noReason.code).toBe('INVALID_INPUT');
    const badPlace = await asyncRefusalOf(() => decideRedaction(store.officer, reference, { decision: 'accept', document: 'report', kind: 'postcode', value: 'M1 1AA', place: '../overview' }));
    expect(badPlace.code).toBe('INVALID_INPUT');
  });
});

describe('the 7-minute briefing', () => {
  it('saves the briefing with the other reviews it covers, as the store spells their references', async () => {
    const { reference } = newCase(store.officer);
    const other = newCase(store.officer).reference;
    const view = await saveBriefing(store.officer, reference, briefing(), [other.toLowerCase(), other]);
    expect(view.briefing?.title).toBe('Learning from the review');
    expect(view.briefingCovers).toEqual([other]);
    expect(auditDetails(store.officer, 'report.briefing-saved').at(-1)).toEqual({ covers: [other] });
  });

  it('refuses a covered review that does not exist, or is this case, naming each', async () => {
    const { reference, id } = newCase(store.officer);
    const refusal = await asyncRefusalOf(() => saveBriefing(store.officer, reference, briefing(), ['PRM-1999-404', reference]));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.problems).toEqual([
      { path: 'covers.0', message: 'There is no case with reference PRM-1999-404' },
      { path: 'covers.1', message: expect.stringContaining(`${reference} is this case`) },
    ]);
    expect(count(store.officer, 'report_briefings', 'case_id = ?', id)).toBe(0);
  });

  it('refuses, naming it, a covered review the writer may not read, and audits the refusal', async () => {
    const own = newCase(store.officer).reference;
    const unseen = newCase(store.officer).reference;
    const lead = await store.signIn('Carys Leadreviewer', 'lead-reviewer', own);
    const refusal = await asyncRefusalOf(() => saveBriefing(lead, own, briefing(), [unseen]));
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(refusal.message).toContain(unseen);
    expect(lastAuditAction(store.officer)).toBe('access.refused');
  });

  it('refuses a briefing without seven sections', async () => {
    const { reference } = newCase(store.officer);
    const refusal = await asyncRefusalOf(() => saveBriefing(store.officer, reference, { title: 'Short', sections: briefing().sections.slice(0, 6) }, []));
    expect(refusal.code).toBe('INVALID_INPUT');
  });
});

describe('the distribution register', () => {
  function sent(caseId: number): number {
    return store.officer.store.change((db, audit) => {
      const distributionId = insertDistribution(db, caseId, { version: 1, recipient: 'Priya Okonkwo', agency: 'Example Health Trust', via: 'file', bundleId: null, mayForward: false, sentBy: store.officer.userId, sentAt: '2026-02-02T10:00:00.000Z' });
      audit({ actorId: store.officer.userId, action: 'test.draft-sent', recordType: 'case', recordId: caseId });
      return distributionId;
    });
  }

  it('records the reply and the confirmation of deletion against the draft sent', async () => {
    const { reference, id } = newCase(store.officer);
    const distributionId = sent(id);
    const view = await updateDistribution(store.officer, reference, distributionId, { mayForward: true, replyReceivedOn: '2026-02-10', reply: 'Two corrections to the dates.', deletionConfirmedOn: '2026-03-01' });
    expect(view.distributions).toEqual([
      {
        id: distributionId,
        version: 1,
        recipient: 'Priya Okonkwo',
        agency: 'Example Health Trust',
        sentAt: '2026-02-02T10:00:00.000Z',
        sentBy: 'Ffion Officer',
        via: 'file',
        mayForward: true,
        replyReceivedOn: '2026-02-10',
        reply: 'Two corrections to the dates.',
        deletionConfirmedOn: '2026-03-01',
      },
    ]);
    expect(auditDetails(store.officer, 'report.distribution-updated').at(-1)).toEqual({ distributionId, version: 1, mayForward: true, replied: true, deletionConfirmed: true });
  });

  it('refuses a draft sent on another case, and dates before it was sent or in the future', async () => {
    const { reference, id } = newCase(store.officer);
    const other = newCase(store.officer);
    const theirs = sent(other.id);
    const notMine = await asyncRefusalOf(() => updateDistribution(store.officer, reference, theirs, { mayForward: false, replyReceivedOn: null, reply: '', deletionConfirmedOn: null }));
    expect(notMine.code).toBe('NOT_FOUND');
    const mine = sent(id);
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const early = await asyncRefusalOf(() => updateDistribution(store.officer, reference, mine, { mayForward: false, replyReceivedOn: '2026-01-30', reply: '', deletionConfirmedOn: soon }));
    expect(early.problems).toEqual([
      { path: 'update.replyReceivedOn', message: 'The date of their reply cannot be before the draft was sent (2026-02-02)' },
      { path: 'update.deletionConfirmedOn', message: 'The date they confirmed deleting it cannot be in the future' },
    ]);
    expect(store.officer.store.db.prepare('SELECT reply_received_on AS replied FROM report_distributions WHERE id = ?').get(mine)).toEqual({ replied: null });
  });
});
