/**
 * Cases made through the preview's calls, for the dashboard and person-search tests: a known,
 * small set (the demo store's cases are random). Invented people only.
 */
import type { CallInput } from '../../../shared/ipc/contract.ts';
import type { CaseView } from '../../../shared/ipc/case-calls.ts';
import { addUserWithOwnPassphrase, ADMINISTRATOR, call } from './preview-calls.ts';
import type { RunningPreview } from './preview.ts';

type Referral = CallInput<'cases.create'>['referral'];

export function referral(change: Partial<Referral> & Pick<Referral, 'referralDate' | 'incidentDate'>): Referral {
  return {
    kindRequested: 'rapid-review',
    referrerName: 'Priya Shah',
    referrerAgency: 'Greater Manchester Police',
    criteriaDeathOrSeriousHarm: 'serious-harm',
    criteriaAbuseOrNeglect: true,
    leadConsulted: true,
    leadConsultedName: 'Sam Rowe',
    familyConsulted: false,
    familyNotConsultedReason: 'A police investigation is under way.',
    aboutTheChild: 'A lively child who loves football and drawing.',
    whatHappened: 'An invented incident for testing.',
    whyLearning: 'Agencies may not have shared what they knew.',
    immediateSafetyActions: '',
    agencies: ['Greater Manchester Police', 'Education'],
    goodOutcome: null,
    ...change,
  };
}

/** A Business Unit officer: the role that records referrals, people and decisions. */
export const OFFICER = { name: 'Robin Clarke', passphrase: 'harbour pebble orchard' } as const;

/**
 * A new store with its administrator and a Business Unit officer, left signed in as the officer
 * (through calls) to arrange cases; lock it before the browser signs in.
 */
export async function createStoreWithOfficer(preview: RunningPreview): Promise<void> {
  await call(preview, 'store.create', { name: ADMINISTRATOR.name, passphrase: ADMINISTRATOR.passphrase, confirmPassphrase: ADMINISTRATOR.passphrase });
  await addUserWithOwnPassphrase(preview, { name: OFFICER.name, role: 'business-unit', organisation: 'Business Unit', passphrase: OFFICER.passphrase });
  await call(preview, 'session.unlock', { name: OFFICER.name, passphrase: OFFICER.passphrase });
}

export async function lock(preview: RunningPreview): Promise<void> {
  await call(preview, 'session.lock', {});
}

export async function createCase(preview: RunningPreview, details: Referral): Promise<CaseView> {
  return call(preview, 'cases.create', { referral: details });
}

export async function addChild(preview: RunningPreview, reference: string, child: { givenNames: string; familyName: string; otherNames?: string[]; datesOfBirth?: string[] }): Promise<CaseView> {
  return call(preview, 'people.save', { reference, person: { role: 'child', otherNames: [], datesOfBirth: [], ...child } });
}

/** Screens the case out (no further action) and closes it: a case in the past, closed. */
export async function screenOutAndClose(preview: RunningPreview, reference: string, decidedOn: string): Promise<CaseView> {
  await call(preview, 'cases.move', { reference, to: 'screening' });
  await call(preview, 'records.save', {
    reference,
    id: null,
    record: {
      type: 'screening',
      data: {
        decidedOn,
        decision: 'no-further-action',
        rationale: 'The criteria for a review are not met.',
        panel: [{ name: 'Morgan Ellis', organisation: 'Business Unit' }],
        scrutineerName: '',
        scrutineerComment: '',
        scrutineerCommentedOn: null,
      },
    },
  });
  return call(preview, 'cases.move', { reference, to: 'closed' });
}
