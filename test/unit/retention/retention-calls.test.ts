/**
 * The retention calls through the Desktop's one pipeline, as the app's transports make them:
 * only the retention permission reaches them, the contract refuses a period or a date that is not
 * one, and a deletion answers with its report and the screen's fresh view, both matching the
 * contract's output.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Desktop } from '../../../main/api/desktop.ts';
import type { CallInput, CallName, CallOutput } from '../../../shared/ipc/contract.ts';
import type { ErrorValue } from '../../../shared/errors.ts';
import { ADMIN, ADMIN_PASSPHRASE } from '../helpers/temp-store.ts';
import { caseWithChild, closeOn, makeRetentionStore, type MadeCase, type RetentionStore } from './retention-fixture.ts';

describe('the retention calls', () => {
  let fixture: RetentionStore;
  let desktop: Desktop;
  let old: MadeCase;

  const signIn = async (name: string, passphrase: string) => {
    const result = await desktop.invoke('session.unlock', { name, passphrase });
    expect(result.ok).toBe(true);
  };
  const ok = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
    const result = await desktop.invoke(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as CallOutput<K>;
  };
  const refused = async <K extends CallName>(name: K, input: unknown): Promise<ErrorValue> => {
    const result = await desktop.invoke(name, input);
    if (result.ok) throw new Error(`${name} was not refused`);
    return result.error;
  };

  beforeAll(async () => {
    fixture = await makeRetentionStore();
    old = caseWithChild(fixture);
    closeOn(fixture.admin, old, '2020-01-06');
    desktop = new Desktop({ storeFolder: fixture.store.temp.folder, openCopiesFolder: path.join(fixture.store.temp.root, 'open-copies') });
  }, 60_000);
  afterAll(() => {
    desktop.lock();
    fixture.cleanup();
  });

  it('are refused to a Business Unit officer, whose role does not include retention', async () => {
    await signIn('Ffion Officer', 'lantern pebble orchard');
    expect(await refused('retention.view', {})).toMatchObject({ code: 'NOT_ALLOWED', message: 'You are not allowed to see what the retention policy makes due. Ask an administrator if your role should include it.' });
    expect((await refused('retention.delete', { rule: 'closed-cases', reference: old.reference, confirmReference: old.reference })).code).toBe('NOT_ALLOWED');
  });

  it('refuse a period that is not a whole number of years from 1 to 100, and a date that is not one', async () => {
    await signIn(ADMIN, ADMIN_PASSPHRASE);
    for (const years of [0, 101, 2.5, '7']) {
      expect(await refused('retention.setClosedCasePeriod', { years }), String(years)).toMatchObject({
        code: 'INVALID_INPUT',
        problems: [{ path: 'years', message: 'Enter a whole number of years from 1 to 100, or leave it blank for no period' }],
      });
    }
    expect((await refused('retention.recordTakenOff', { reference: old.reference, takenOffOn: '2026-02-30' })).problems).toEqual([
      { path: 'takenOffOn', message: 'Enter the date it was taken off the website as a real date, for example 2026-03-27' },
    ]);
  });

  it('set the period, list the case as due, and delete it with a report that names what went', async () => {
    const view = await ok('retention.setClosedCasePeriod', { years: 1 });
    expect(view.closedCaseYears).toBe(1);
    expect(view.closedCases.map((item) => item.reference)).toEqual([old.reference]);
    const report = await ok('retention.delete', { rule: 'closed-cases', reference: old.reference, confirmReference: old.reference });
    expect(report.deletion).toMatchObject({ rule: 'closed-cases', reference: old.reference, deletedBy: ADMIN });
    expect(report.deletion.tables.cases).toBe(1);
    expect(report.bytesAfter).toBeLessThanOrEqual(report.bytesBefore);
    expect(report.view.closedCases).toEqual([]);
    expect(report.view.history.map((deletion) => deletion.reference)).toEqual([old.reference]);
  });
});
