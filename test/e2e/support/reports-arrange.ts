/**
 * An LCSPR ready for its report, arranged through the preview's calls: the child (names, date of
 * birth, address), the mother and the health visitor on the case, and a lead reviewer assigned to
 * it. A case role is given only on the command line (`assign`), so the test runs it, as IT would,
 * against the preview's store folder. The store is left locked.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { todayInLondon } from '../../../shared/reviews/clock-status.ts';
import { createStoreWithOfficer, lock } from './arrange-cases.ts';
import { REPOSITORY_ROOT } from './paths.ts';
import { addUserWithOwnPassphrase, ADMINISTRATOR, call } from './preview-calls.ts';
import type { RunningPreview } from './preview.ts';
import { CHILD, HEALTH_VISITOR, MOTHER } from './reports-docx.ts';
import { HEALTH, lcsprCase } from './stage-cases.ts';

export const LEAD_REVIEWER = { name: 'Saoirse Pendlebury', role: 'lead-reviewer', organisation: 'Business Unit', passphrase: 'velvet kestrel causeway' } as const;

export interface ReportsCase {
  readonly reference: string;
  /** The child's published name, as main chose it ("Child A"). */
  readonly childPseudonym: string;
}

export async function arrangeReportsCase(preview: RunningPreview): Promise<ReportsCase> {
  await createStoreWithOfficer(preview);
  const created = await lcsprCase(preview, todayInLondon());
  const reference = created.summary.reference;
  const child = created.people.find((person) => person.role === 'child')!;
  const people = [
    { ...child, givenNames: CHILD.givenNames, familyName: CHILD.familyName, datesOfBirth: [CHILD.dateOfBirth], addresses: [CHILD.address] },
    { id: null, role: 'family-member' as const, givenNames: MOTHER.givenNames, familyName: MOTHER.familyName, relationship: 'Mother', addresses: [CHILD.address] },
    { id: null, role: 'practitioner' as const, givenNames: HEALTH_VISITOR.givenNames, familyName: HEALTH_VISITOR.familyName, relationship: 'Health visitor', agency: HEALTH },
  ];
  let view = created;
  for (const person of people) view = await call(preview, 'people.save', { reference, person });
  await lock(preview);

  await call(preview, 'session.unlock', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase });
  await addUserWithOwnPassphrase(preview, LEAD_REVIEWER);
  await assignOnCommandLine(preview, reference);
  return { reference, childPseudonym: view.people.find((person) => person.role === 'child')!.publishAs };
}

async function assignOnCommandLine(preview: RunningPreview, reference: string): Promise<void> {
  const args = ['--import', 'tsx', 'main/cli.ts', 'assign', '--store', preview.storeFolder, '--user', ADMINISTRATOR.name, '--target-user', LEAD_REVIEWER.name, '--role', 'lead-reviewer', '--case', reference];
  await promisify(execFile)(process.execPath, args, { cwd: REPOSITORY_ROOT, env: { ...process.env, PRM_PASSPHRASE: ADMINISTRATOR.passphrase } });
}
