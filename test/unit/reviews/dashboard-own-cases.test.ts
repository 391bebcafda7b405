/**
 * People whose roles are for particular cases see those cases on the dashboard, and no others:
 * an agency's nominated representative reaches the case whose secured files they hold, a lead
 * reviewer the case they review. Someone with no case at all is refused, as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../helpers/temp-store.ts';
import { call, makeSetsFixture, PEOPLE, POLICE, refused, signIn, type SetsFixture } from '../vault/sets-fixture.ts';

interface Dashboard {
  cases: { reference: string }[];
}

describe('the dashboard for people whose roles are for particular cases', () => {
  let fixture: SetsFixture;

  beforeAll(async () => {
    fixture = await makeSetsFixture();
    await signIn(fixture, ADMIN);
    await call(fixture, 'vault.setUp', { reference: fixture.reference, agency: POLICE, representative: PEOPLE.policeRep });
  }, 120_000);
  afterAll(() => fixture.cleanup());

  it('shows an agency’s representative the case they represent it on, and not the other case', async () => {
    await signIn(fixture, PEOPLE.policeRep);
    const dashboard = await call<Dashboard>(fixture, 'cases.dashboard', { includeClosed: true });
    expect(dashboard.cases.map((row) => row.reference)).toEqual([fixture.reference]);
  });

  it('shows a lead reviewer the case they review', async () => {
    await signIn(fixture, PEOPLE.leadReviewer);
    const dashboard = await call<Dashboard>(fixture, 'cases.dashboard', { includeClosed: false });
    expect(dashboard.cases.map((row) => row.reference)).toEqual([fixture.reference]);
  });

  it('still refuses someone with no case, and the Business Unit still sees both', async () => {
    await signIn(fixture, PEOPLE.housingDeputy);
    expect(await refused(fixture, 'cases.dashboard', { includeClosed: false })).toMatchObject({ code: 'NOT_ALLOWED' });
    await signIn(fixture, PEOPLE.businessUnit);
    const dashboard = await call<Dashboard>(fixture, 'cases.dashboard', { includeClosed: false });
    expect(dashboard.cases.map((row) => row.reference).sort()).toEqual([fixture.reference, fixture.otherReference].sort());
  });
});
