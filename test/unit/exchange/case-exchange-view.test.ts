/**
 * A case's "Send and receive" view on a real store: the trusted contacts only; each request with
 * the bundle that carried it and the return that answered it; each decision with whose it is, the
 * request for their own, the signed one that replaced the on-behalf entry and the entry it
 * replaced; each draft round; the documents; and every bundle about the case, newest first.
 *
 * Bundles and signatures are written straight into the store, as the exchange and the flows
 * leave them, so these tests do not wait on the flows' own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleKind } from '../../../shared/exchange/bundle.ts';
import { readExchangeCase } from '../../../main/exchange/case-exchange-view.ts';
import { fingerprintOf } from '../../../main/exchange/fingerprint.ts';
import { makeIdentityKeys } from '../../../main/exchange/identity-keys.ts';
import type { Session } from '../../../main/security/session.ts';
import { insertDocument } from '../../../main/store/repositories/case-documents.ts';
import { insertRecord } from '../../../main/store/repositories/case-records.ts';
import { insertBundleRow } from '../../../main/store/repositories/exchange-bundles.ts';
import { insertContact, markContactTrusted } from '../../../main/store/repositories/exchange-contacts.ts';
import { insertRequest } from '../../../main/store/repositories/information-requests.ts';
import { organisationByName } from '../../../main/store/repositories/organisations.ts';
import { addCase, makeCaseStore, OFFICER, type CaseRow, type CaseStore } from '../reviews/people-fixture.ts';

const POLICE = 'Greater Manchester Police';

describe('a case’s bundles and where each thing sent stands', () => {
  let store: CaseStore;
  let officer: Session;
  let theCase: CaseRow;
  let police: number;
  let panel: number;
  let requestId: number;
  let screeningId: number;
  let endorsementId: number;
  let declarationId: number;
  let draftId: number;
  let documentId: number;
  let bundles = 0;

  function contact(organisation: string, installName: string, trusted: boolean): number {
    const keys = makeIdentityKeys();
    return officer.store.change((db, audit) => {
      const at = new Date().toISOString();
      const id = insertContact(db, { installId: keys.installId, organisation, installName, sealingPublic: keys.sealingPublic, signingPublic: keys.signingPublic, fingerprint: fingerprintOf(keys.sealingPublic, keys.signingPublic) }, officer.userId, at);
      if (trusted) markContactTrusted(db, id, officer.userId, at);
      audit({ actorId: officer.userId, action: 'exchange.contact-added', recordType: 'contact', recordId: id });
      return id;
    });
  }

  function bundle(direction: 'sent' | 'received', kind: BundleKind, contactId: number, subject: string, at: string): string {
    bundles += 1;
    const bundleId = `00000000-0000-4000-8000-${String(bundles).padStart(12, '0')}`;
    officer.store.change((db, audit) => {
      insertBundleRow(db, {
        bundleId,
        direction,
        kind,
        contactId,
        caseId: theCase.id,
        ourReference: theCase.reference,
        theirReference: direction === 'received' ? 'GMP/2026/17' : null,
        inReplyTo: null,
        subject,
        sha256: 'a'.repeat(64),
        size: 100,
        summary: [`${kind} ${subject}`, ...(kind === 'decision-request' ? ['A decision asked of Bea Second (Greater Manchester Police)'] : [])],
        byUser: officer.userId,
        at,
      });
      audit({ actorId: officer.userId, action: `exchange.bundle-${direction}`, recordType: 'case', recordId: theCase.id });
    });
    return bundleId;
  }

  function record(type: 'screening' | 'endorsement' | 'declaration' | 'factual-accuracy', data: Record<string, unknown>): number {
    return officer.store.change((db, audit) => {
      const id = insertRecord(db, { caseId: theCase.id, type, data, enteredBy: officer.userId, enteredAt: '2026-05-01T09:00:00.000Z' });
      audit({ actorId: officer.userId, action: 'case.record-saved', recordType: 'case', recordId: theCase.id });
      return id;
    });
  }

  beforeAll(async () => {
    store = await makeCaseStore();
    officer = store.officer;
    theCase = addCase(officer, { referralDate: '2026-04-20', agencies: [POLICE] });
    police = contact(POLICE, 'Public Protection desk', true);
    panel = contact('Independent Scrutineer', 'Scrutineer laptop', true);
    contact('Housing', 'Housing desk', false);
    officer.store.change((db, audit) => {
      requestId = insertRequest(
        db,
        theCase.id,
        { organisationId: organisationByName(db, POLICE).id, recipientName: 'Dana Lead', recipientRole: 'Safeguarding lead', recipientEmail: 'dana.lead@example.com', sentOn: '2026-05-02', dueOn: '2099-06-01', secureFiles: true, note: '' },
        officer.userId,
        new Date().toISOString(),
      );
      documentId = insertDocument(db, theCase.id, { name: 'Draft report.pdf', mediaType: 'application/pdf', note: '', sha256: 'b'.repeat(64), content: Buffer.from('%PDF-1.7 synthetic'), addedBy: officer.userId, addedAt: new Date().toISOString() });
      audit({ actorId: officer.userId, action: 'requests.saved', recordType: 'case', recordId: theCase.id });
    });
    screeningId = record('screening', {
      decidedOn: '2026-05-03',
      decision: 'rapid-review',
      rationale: 'Synthetic rationale',
      panel: [
        { name: 'Abe First', organisation: 'Business Unit' },
        { name: 'Bea Second', organisation: POLICE },
      ],
      scrutineerName: '',
      scrutineerComment: '',
      scrutineerCommentedOn: null,
    });
    endorsementId = record('endorsement', {
      meetingId: 1,
      capacity: 'police',
      person: { name: 'Cal Partner', organisation: POLICE },
      endorses: true,
      comment: 'Recorded by the Business Unit after the meeting',
      recordedOn: '2026-05-10',
      escalatedOn: null,
      escalationOutcome: '',
    });
    declarationId = record('declaration', { person: { name: 'Dee Member', organisation: 'Housing' }, declaredOn: '2026-05-04', hasInterest: false, details: '' });
    draftId = record('factual-accuracy', { agency: POLICE, sentOn: '2026-06-01', returnedOn: null, comments: '' });

    bundle('sent', 'request', police, `request:${requestId}`, '2026-05-02T10:00:00.000Z');
    bundle('received', 'return', police, `request:${requestId}`, '2026-05-20T10:00:00.000Z');
    bundle('sent', 'decision-request', police, `record:${screeningId}`, '2026-05-04T10:00:00.000Z');
    bundle('sent', 'decision-request', police, `record:${endorsementId}`, '2026-05-11T10:00:00.000Z');
    const signed = bundle('received', 'decision', police, `record:${endorsementId}`, '2026-05-12T10:00:00.000Z');
    bundle('sent', 'draft', police, `record:${draftId}`, '2026-06-01T10:00:00.000Z');
    bundle('sent', 'case', panel, `case:${theCase.reference}`, '2026-06-02T10:00:00.000Z');
    // The partner's signed endorsement replaced the one entered on their behalf, which is kept.
    officer.store.change((db, audit) => {
      const replacedAt = '2026-05-12T10:00:01.000Z';
      db.prepare('INSERT INTO case_record_versions (record_id, data, entered_by, entered_at, replaced_at, replaced_by_bundle) VALUES (?, ?, ?, ?, ?, ?)').run(
        endorsementId,
        JSON.stringify({ endorses: true, comment: 'Recorded by the Business Unit after the meeting' }),
        OFFICER,
        '2026-05-01T09:00:00.000Z',
        replacedAt,
        signed,
      );
      db.prepare(`UPDATE case_records SET data = json_set(data, '$.endorses', json('false'), '$.comment', ?), updated_by = ?, updated_at = ? WHERE id = ?`).run('I do not endorse it', officer.userId, replacedAt, endorsementId);
      db.prepare('INSERT INTO signed_records (record_id, bundle_id, contact_id, signed_by, signed_at) VALUES (?, ?, ?, ?, ?)').run(endorsementId, signed, police, 'Cal Partner', '2026-05-12T09:00:00.000Z');
      audit({ actorId: officer.userId, action: 'case.record-signed', recordType: 'case', recordId: theCase.id });
    });
  });
  afterAll(() => store?.cleanup());

  it('offers only trusted contacts to send to, and lets those who may change the case send', () => {
    const view = readExchangeCase(officer, theCase.reference);
    expect(view.reference).toBe(theCase.reference);
    expect(view.contacts).toEqual([
      { contactId: police, organisation: POLICE, installName: 'Public Protection desk' },
      { contactId: panel, organisation: 'Independent Scrutineer', installName: 'Scrutineer laptop' },
    ]);
    expect(view.canSend).toBe(true);
  });

  it('shows each request with the bundle that carried it and the return that answered it', () => {
    const [request] = readExchangeCase(officer, theCase.reference).requests;
    expect(request).toEqual({
      requestId,
      agency: POLICE,
      state: 'awaiting',
      dueOn: '2099-06-01',
      receivedOn: null,
      sent: { bundleId: expect.any(String), to: { contactId: police, organisation: POLICE, installName: 'Public Protection desk' }, at: '2026-05-02T10:00:00.000Z' },
      returned: { bundleId: expect.any(String), from: { contactId: police, organisation: POLICE, installName: 'Public Protection desk' }, at: '2026-05-20T10:00:00.000Z' },
    });
  });

  it('shows each decision with whose it is, what was asked, what came back signed, and the entry it replaced', () => {
    const decisions = readExchangeCase(officer, theCase.reference).decisions;
    expect(decisions.map((decision) => [decision.recordId, decision.label, decision.onBehalf])).toEqual([
      // The request for the screening decision named the second panel member.
      [screeningId, `Screening decision by Bea Second (${POLICE})`, true],
      [endorsementId, `Endorsement by Cal Partner (${POLICE})`, false],
      [declarationId, 'Declaration of interest by Dee Member (Housing)', true],
    ]);
    const [screening, endorsement, declaration] = decisions;
    expect(screening).toMatchObject({ personName: 'Bea Second', requested: { at: '2026-05-04T10:00:00.000Z' }, signed: null, history: [] });
    expect(endorsement).toMatchObject({
      personName: 'Cal Partner',
      requested: { at: '2026-05-11T10:00:00.000Z' },
      signed: { at: '2026-05-12T10:00:00.000Z', from: { contactId: police } },
      history: [{ enteredBy: OFFICER, enteredAt: '2026-05-01T09:00:00.000Z', replacedAt: '2026-05-12T10:00:01.000Z', summary: 'Endorsed the outcome: “Recorded by the Business Unit after the meeting”' }],
    });
    expect(declaration).toMatchObject({ requested: null, signed: null, history: [] });
  });

  it('counts a signed record changed here afterwards as the Business Unit’s entry again', () => {
    officer.store.change((db, audit) => {
      db.prepare('UPDATE case_records SET updated_at = ? WHERE id = ?').run('2026-05-13T08:00:00.000Z', endorsementId);
      audit({ actorId: officer.userId, action: 'case.record-saved', recordType: 'case', recordId: theCase.id });
    });
    const endorsement = readExchangeCase(officer, theCase.reference).decisions.find((decision) => decision.recordId === endorsementId)!;
    expect(endorsement.onBehalf).toBe(true);
    expect(endorsement.history).toHaveLength(1);
  });

  it('shows each draft round, the case’s documents and every bundle about the case, newest first', () => {
    const view = readExchangeCase(officer, theCase.reference);
    expect(view.drafts).toEqual([{ recordId: draftId, agency: POLICE, sentOn: '2026-06-01', returnedOn: null, sent: expect.objectContaining({ at: '2026-06-01T10:00:00.000Z' }), reply: null }]);
    expect(view.documents).toEqual([{ id: documentId, name: 'Draft report.pdf', mediaType: 'application/pdf', size: 18 }]);
    expect(view.log.map((row) => [row.direction, row.kind, row.contact.organisation])).toEqual([
      ['sent', 'case', 'Independent Scrutineer'],
      ['sent', 'draft', POLICE],
      ['received', 'return', POLICE],
      ['received', 'decision', POLICE],
      ['sent', 'decision-request', POLICE],
      ['sent', 'decision-request', POLICE],
      ['sent', 'request', POLICE],
    ]);
    expect(view.log[2]).toMatchObject({ ourReference: theCase.reference, theirReference: 'GMP/2026/17', summary: [`return request:${requestId}`], by: OFFICER });
  });

  it('lets those who may only read the case see it without sending, and refuses those who may not read it', async () => {
    const panelMember = await store.signIn('Eve Panel', 'screening-panel');
    const view = readExchangeCase(panelMember, theCase.reference);
    expect(view.canSend).toBe(false);
    expect(view.log).toHaveLength(7);
    expect(() => readExchangeCase(store.temp.session, theCase.reference)).toThrow('You are not allowed to see this case’s bundles.');
    expect(() => readExchangeCase(officer, 'PRM-1999-001')).toThrow(/PRM-1999-001/);
  });
});
