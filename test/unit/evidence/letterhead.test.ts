import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestLetter } from '../../../main/evidence/evidence-exports.ts';
import { readLetterheadView, saveLetterhead } from '../../../main/evidence/letterhead.ts';
import { saveRequest } from '../../../main/evidence/requests.ts';
import { readEvidence } from '../../../main/evidence/evidence-view.ts';
import { readLetterhead } from '../../../main/store/repositories/letterhead.ts';
import { asyncRefusalOf, auditDetails, evidenceCounts, expectNothingWritten, letterhead, makeEvidenceStore, newCase, POLICE, refusalOf, request, testChange, type EvidenceStore } from './evidence-fixture.ts';

let store: EvidenceStore;
beforeAll(async () => {
  store = await makeEvidenceStore();
});
afterAll(() => store.cleanup());

/** A real 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
/** The start of a JPEG (its magic number and JFIF marker), padded. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), Buffer.alloc(64, 1)]).toString('base64');

describe('the partnership’s letterhead', () => {
  it('is not set at first: anyone signed in may see that, and only an administrator may manage it', () => {
    expect(readLetterheadView(store.officer)).toEqual({ letterhead: null, canManage: false });
    expect(readLetterheadView(store.admin)).toEqual({ letterhead: null, canManage: true });
  });

  it('refuses a Business Unit officer who tries to set it, recording only the refusal', () => {
    const before = evidenceCounts(store.officer);
    const refusal = refusalOf(() => saveLetterhead(store.officer, letterhead()));
    expect(refusal.code).toBe('NOT_ALLOWED');
    expect(refusal.message).toBe('You are not allowed to change the letterhead. Ask an administrator if your role should include it.');
    expect(evidenceCounts(store.officer)).toEqual({ ...before, audit_events: before.audit_events + 1 });
    expect(readLetterhead(store.officer.store.db)).toBeNull();
  });

  it('is set by an administrator, with a PNG logo and names outside Latin-1, and the change is audited', () => {
    const view = saveLetterhead(store.admin, letterhead({ logo: { mediaType: 'image/png', contentBase64: PNG } }));
    expect(view.letterhead).toMatchObject({ partnershipName: 'Northam Safeguarding Children Partnership', signatoryName: 'Łucja Żelazna', logo: { mediaType: 'image/png', contentBase64: PNG } });
    expect(readLetterheadView(store.officer).letterhead?.signatoryName).toBe('Łucja Żelazna');
    expect(auditDetails(store.admin, 'settings.changed').at(-1)).toEqual({
      from: null,
      to: { partnershipName: 'Northam Safeguarding Children Partnership', signatoryName: 'Łucja Żelazna', logo: true },
    });
  });

  it('keeps a logo as what its bytes are, whatever it was labelled', () => {
    const view = saveLetterhead(store.admin, letterhead({ logo: { mediaType: 'image/png', contentBase64: JPEG } }));
    expect(view.letterhead?.logo?.mediaType).toBe('image/jpeg');
  });

  it('refuses a logo that is not a PNG or JPEG, is over 1 MB or is not base64, and changes nothing', () => {
    saveLetterhead(store.admin, letterhead({ partnershipName: 'Before the refusals' }));
    const before = evidenceCounts(store.admin);
    const gif = Buffer.from('GIF89a not really an image').toString('base64');
    expect(refusalOf(() => saveLetterhead(store.admin, letterhead({ logo: { mediaType: 'image/png', contentBase64: gif } }))).problems).toEqual([
      { path: 'letterhead.logo', message: 'The logo must be a PNG or JPEG image: this file is neither' },
    ]);
    const large = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(1024 * 1024)]).toString('base64');
    const tooLarge = refusalOf(() => saveLetterhead(store.admin, letterhead({ logo: { mediaType: 'image/png', contentBase64: large } })));
    expect(tooLarge.code).toBe('INVALID_INPUT');
    expect(tooLarge.problems.map((problem) => problem.message)).toContain('The logo must be at most 1 MB');
    expect(refusalOf(() => saveLetterhead(store.admin, letterhead({ logo: { mediaType: 'image/png', contentBase64: '%%% not base64 %%%' } }))).problems).toEqual([
      { path: 'letterhead.logo', message: 'The logo could not be read: choose the image file again' },
    ]);
    expect(refusalOf(() => saveLetterhead(store.admin, letterhead({ partnershipName: '', contactEmail: 'not an address' }))).problems.map((problem) => problem.path)).toEqual([
      'letterhead.partnershipName',
      'letterhead.contactEmail',
    ]);
    expectNothingWritten(store.admin, before);
    expect(readLetterhead(store.admin.store.db)?.partnershipName).toBe('Before the refusals');
  });

  it('reads a stored letterhead that no longer parses as not set, so letters ask for it again', () => {
    testChange(store.admin, `UPDATE settings SET value = '{"partnershipName": 7}' WHERE key = 'letterhead'`);
    expect(readLetterheadView(store.officer).letterhead).toBeNull();
  });
});

describe('letters without a letterhead', () => {
  it('are refused, saying who must set it and where', async () => {
    testChange(store.admin, `DELETE FROM settings WHERE key = 'letterhead'`);
    const { reference } = newCase(store.officer);
    const requestId = saveRequest(store.officer, reference, null, request(POLICE, '2026-02-02')).requests[0]!.id;
    expect(readEvidence(store.officer, reference).letterheadSet).toBe(false);
    const refusal = await asyncRefusalOf(() => requestLetter(store.officer, reference, requestId));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toBe('An administrator must set the partnership’s letterhead (Policy settings → Letterhead) before letters can be made.');
    saveLetterhead(store.admin, letterhead());
    expect(readEvidence(store.officer, reference).letterheadSet).toBe(true);
  });
});
