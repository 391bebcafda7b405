import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { DEFAULT_CLOCK_POLICY, type ClockPolicy } from '../../../shared/reviews/clocks.ts';
import { addOrganisation, readPolicy, savePolicy, setOrganisationPartner } from '../../../main/reviews/policy.ts';
import { readClockPolicy, readPublicationNaming } from '../../../main/store/repositories/policy-settings.ts';
import { auditActions, makeCaseStore, type CaseStore } from './people-fixture.ts';

function refusal(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the partnership’s policy settings', () => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await makeCaseStore();
  });
  afterEach(() => store.cleanup());

  it('shows the defaults and the agencies to anyone signed in, and says who may change them', () => {
    const seen = readPolicy(store.officer);
    expect(seen.policy).toEqual(DEFAULT_CLOCK_POLICY);
    expect(seen.publicationNaming).toBe('letter-codes');
    expect(seen.canManage).toBe(false);
    expect(seen.organisations).toContainEqual({ name: 'Greater Manchester Police', kind: 'agency', statutoryPartner: 'police' });
    expect(seen.organisations).toContainEqual({ name: 'Business Unit', kind: 'business-unit', statutoryPartner: null });
    expect(readPolicy(store.temp.session).canManage).toBe(true);
  });

  it('saves new amounts and naming for an administrator, audited with what changed from and to', () => {
    const next: ClockPolicy = { amounts: { ...DEFAULT_CLOCK_POLICY.amounts, screening: 7, 'rapid-review-report': 20 }, amberWorkingDays: 3 };
    const view = savePolicy(store.temp.session, next, 'pseudonyms');
    expect(view.policy).toEqual(next);
    expect(view.publicationNaming).toBe('pseudonyms');
    expect(readClockPolicy(store.officer.store.db)).toEqual(next);
    const events = auditActions(store.officer, 'settings.changed').map((event) => JSON.parse(event.body!) as { from: { amounts: Record<string, number> }; to: { amounts: Record<string, number>; publicationNaming: string } });
    expect(events).toHaveLength(1);
    expect(events[0]!.from.amounts.screening).toBe(5);
    expect(events[0]!.to.amounts.screening).toBe(7);
    expect(events[0]!.to.publicationNaming).toBe('pseudonyms');
  });

  it('refuses a Business Unit officer, and a clock of 0 days beside its field, changing nothing', () => {
    const next: ClockPolicy = { amounts: { ...DEFAULT_CLOCK_POLICY.amounts, screening: 9 }, amberWorkingDays: 2 };
    expect(refusal(() => savePolicy(store.officer, next, 'letter-codes')).code).toBe('NOT_ALLOWED');
    expect(refusal(() => savePolicy(store.temp.session, { ...next, amounts: { ...next.amounts, screening: 0 } }, 'letter-codes'))).toMatchObject({
      code: 'INVALID_INPUT',
      problems: [{ path: 'policy.amounts.screening', message: 'Enter at least 1' }],
    });
    expect(readClockPolicy(store.officer.store.db)).toEqual(DEFAULT_CLOCK_POLICY);
    expect(readPublicationNaming(store.officer.store.db)).toBe('letter-codes');
    expect(auditActions(store.officer, 'settings.changed')).toEqual([]);
  });

  it('adds an agency once, and lets it become a statutory partner', () => {
    const added = addOrganisation(store.temp.session, '  Exampleton   Hospice ');
    expect(added.organisations).toContainEqual({ name: 'Exampleton Hospice', kind: 'agency', statutoryPartner: null });
    expect(auditActions(store.officer, 'organisation.added').map((event) => JSON.parse(event.body!))).toEqual([{ name: 'Exampleton Hospice' }]);
    expect(refusal(() => addOrganisation(store.temp.session, 'exampleton hospice'))).toMatchObject({ code: 'CONFLICT', message: 'There is already an agency called Exampleton Hospice' });
    expect(refusal(() => addOrganisation(store.officer, 'Another Agency')).code).toBe('NOT_ALLOWED');
    const changed = setOrganisationPartner(store.temp.session, 'Exampleton Hospice', 'health');
    expect(changed.organisations).toContainEqual({ name: 'Exampleton Hospice', kind: 'agency', statutoryPartner: 'health' });
  });
});
