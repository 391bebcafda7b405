/**
 * The data-protection calls through the app's one pipeline (main/api/desktop.ts): each starts a
 * long task for the administrator and answers with its id at once; the task's result is the
 * review or the workbook; the task is theirs alone; and a refusal or a name that will not do
 * answers at once, without starting anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileOutput } from '../../../shared/evidence/letterhead.ts';
import type { Result } from '../../../shared/errors.ts';
import { dataProtectionReview } from '../../../shared/ipc/data-protection-calls.ts';
import { jobStarted, type JobView } from '../../../shared/ipc/jobs-calls.ts';
import { Desktop } from '../../../main/api/desktop.ts';
import { savePerson } from '../../../main/reviews/people.ts';
import { ADMIN, ADMIN_PASSPHRASE } from '../helpers/temp-store.ts';
import { DATA_PROTECTION_SEARCHED } from '../../../main/data-protection/data-protection-request.ts';
import { auditDetails, makeEvidenceStore, newCase, type EvidenceStore } from '../evidence/evidence-fixture.ts';

let store: EvidenceStore;
let reference: string;
let desktop: Desktop;

async function unlocked(name: string, passphrase: string): Promise<Desktop> {
  const made = new Desktop({ storeFolder: store.temp.folder });
  expect(await made.invoke('session.unlock', { name, passphrase })).toMatchObject({ ok: true });
  return made;
}

async function finished(on: Desktop, jobId: string): Promise<JobView> {
  for (;;) {
    const read = (await on.invoke('jobs.read', { jobId })) as Result<JobView>;
    if (!read.ok) throw new Error(read.error.message);
    if (read.value.state !== 'running') return read.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  store = await makeEvidenceStore();
  reference = newCase(store.officer).reference;
  savePerson(store.officer, reference, { role: 'child', givenNames: 'Zofia', familyName: 'Nowak-Ellis', datesOfBirth: ['2019-04-11'], notes: 'Zofia likes drawing.' });
  desktop = await unlocked(ADMIN, ADMIN_PASSPHRASE);
}, 120_000);

afterAll(() => {
  desktop?.lock();
  store?.cleanup();
});

describe('the data-protection calls', () => {
  it('search in the background and answer with the review', async () => {
    const started = await desktop.invoke('data-protection.search', { name: 'zofia nowak ellis', dateOfBirth: '2019-04-11' });
    const { jobId } = jobStarted.parse((started as { value: unknown }).value);
    const job = await finished(desktop, jobId);
    expect(job.state).toBe('finished');
    const review = dataProtectionReview.parse(job.result);
    expect(review.records).toEqual([{ caseReference: reference, role: 'child', relationship: '', name: 'Zofia Nowak-Ellis', otherNames: [], datesOfBirth: ['2019-04-11'] }]);
    expect(review.cases.map((found) => found.reference)).toEqual([reference]);
    expect(review.places.find((place) => place.place === 'people')?.found).toBe(1);
  });

  it('say that nothing names someone however often they are searched for: a request’s own record is not a finding', async () => {
    for (let time = 0; time < 2; time += 1) {
      const started = await desktop.invoke('data-protection.search', { name: 'Zebedee Quartermaine' });
      const job = await finished(desktop, jobStarted.parse((started as { value: unknown }).value).jobId);
      expect(dataProtectionReview.parse(job.result).found, `search ${time + 1}`).toBe(0);
    }
    expect(auditDetails(store.admin, DATA_PROTECTION_SEARCHED).at(-1)).toMatchObject({ name: 'Zebedee Quartermaine', found: 0 });
  });

  it('export in the background and answer with the workbook, for the one who asked only', async () => {
    const started = await desktop.invoke('data-protection.export', { name: 'Nowak-Ellis Zofia', dateOfBirth: null });
    const { jobId } = jobStarted.parse((started as { value: unknown }).value);
    const job = await finished(desktop, jobId);
    const file = fileOutput.parse(job.result);
    expect(file.fileName).toMatch(/^data-protection-request-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');

    const other = await unlocked('Ffion Officer', 'lantern pebble orchard');
    expect(await other.invoke('jobs.read', { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    other.lock();
  });

  it('refuse at once someone whose role does not include it, and a name that is not one', async () => {
    const officer = await unlocked('Ffion Officer', 'lantern pebble orchard');
    expect(await officer.invoke('data-protection.search', { name: 'Zofia Nowak-Ellis' })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(await officer.invoke('data-protection.export', { name: 'Zofia Nowak-Ellis' })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    officer.lock();
    expect(await desktop.invoke('data-protection.search', { name: '--' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Enter the person’s name, at least 2 letters' } });
    expect(await desktop.invoke('data-protection.export', { name: 'Zofia', dateOfBirth: '2019-02-30' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
