/**
 * Synthetic cases for demonstrations and tests: en_GB fake dates and agencies, never a real
 * person. Each case goes through the same audited creation as a real one.
 */
import { fakerEN_GB as faker } from '@faker-js/faker';
import { CASE_KINDS, CASE_STAGES } from '../../shared/case-kinds.ts';
import { AGENCIES } from '../../shared/organisations.ts';
import type { Session } from '../security/session.ts';
import type { CaseSummary } from '../store/repositories/cases.ts';
import { createCase } from './cases.ts';

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDemoCases(session: Session, count: number, now: Date = new Date()): CaseSummary[] {
  const created: CaseSummary[] = [];
  for (let index = 0; index < count; index += 1) {
    const referral = faker.date.recent({ days: 540, refDate: now });
    const incident = new Date(referral.getTime() - faker.number.int({ min: 0, max: 5 }) * 86_400_000);
    created.push(
      createCase(session, {
        kind: faker.helpers.arrayElement(CASE_KINDS),
        stage: faker.helpers.arrayElement(CASE_STAGES),
        incidentDate: isoDate(incident),
        referralDate: isoDate(referral),
        agencies: faker.helpers.arrayElements(AGENCIES, { min: 3, max: 7 }),
      }),
    );
  }
  return created;
}
