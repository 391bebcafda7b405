import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeIdleLockMinutes, changeStatutoryPartner, parsePartner } from '../../../main/security/partnership-settings.ts';
import { unlock } from '../../../main/security/unlock.ts';
import { addUser } from '../../../main/security/user-admin.ts';
import { listOrganisations } from '../../../main/store/repositories/organisations.ts';
import { idleLockMinutes } from '../../../main/store/repositories/settings.ts';
import { makeTempStore, type TempStore } from '../helpers/temp-store.ts';

describe('the partnership’s settings', () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await makeTempStore();
  });
  afterEach(() => temp.cleanup());

  it('starts with the default statutory partners and lets an administrator change them, audited', () => {
    const partnerOf = (name: string) => listOrganisations(temp.session.store.db).find((organisation) => organisation.name === name)!.statutoryPartner;
    expect(partnerOf('Greater Manchester Police')).toBe('police');
    expect(partnerOf('NHS GM ICB Salford locality')).toBe('health');
    expect(partnerOf('Housing')).toBeNull();
    changeStatutoryPartner(temp.session, 'Housing', 'local-authority');
    changeStatutoryPartner(temp.session, 'Early Help', parsePartner('none'));
    expect(partnerOf('Housing')).toBe('local-authority');
    expect(partnerOf('Early Help')).toBeNull();
    const events = temp.session.store.db.prepare(`SELECT count(*) AS n FROM audit_events WHERE action = 'settings.changed'`).get();
    expect(events).toEqual({ n: 2 });
    expect(() => parsePartner('fire-service')).toThrow(/not a statutory partner/);
    expect(() => changeStatutoryPartner(temp.session, 'Business Unit', 'police')).toThrow(/not an agency/);
  });

  it('changes the idle-lock time within bounds, and only for an administrator', async () => {
    changeIdleLockMinutes(temp.session, 15);
    expect(idleLockMinutes(temp.session.store.db)).toBe(15);
    expect(() => changeIdleLockMinutes(temp.session, 0)).toThrow(/from 1 to 240/);
    await addUser(temp.session, { name: 'Nico Officer', role: 'business-unit', organisation: 'Business Unit', passphrase: 'tidal fennel comet' });
    const officer = await unlock(temp.folder, 'Nico Officer', 'tidal fennel comet');
    try {
      expect(() => changeIdleLockMinutes(officer, 5)).toThrow(/not allowed/);
    } finally {
      officer.lock();
    }
    expect(idleLockMinutes(temp.session.store.db)).toBe(15);
  });
});
