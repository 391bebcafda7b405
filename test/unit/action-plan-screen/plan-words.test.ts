/**
 * The action plan screens' words and the actions they send: an agency's actions go in the
 * bundle's own shape (checked against the exchange's schema), each by its uid, with the
 * recommendation cut to what a bundle carries; the agencies offered are those that own actions.
 */
import { describe, expect, it } from 'vitest';
import type { ActionView, RecommendationView } from '../../../shared/actions/action-plan.ts';
import { sentAction as sentActionSchema } from '../../../shared/exchange/payloads.ts';
import { isEditing, openerId, type PlanEditing, type PlanForm } from '../../../renderer/action-plan/plan-editing.ts';
import { agenciesWithActions, isOpen, shortened, statusTag } from '../../../renderer/action-plan/plan-words.ts';
import { actionsOwnedBy, SENT_RECOMMENDATION_LENGTH, sentAction } from '../../../renderer/action-plan/sent-actions.ts';

const POLICE = 'Greater Manchester Police';
const EDUCATION = 'Education';

function action(id: number, agency: string, change: Partial<ActionView> = {}): ActionView {
  return {
    id,
    uid: `0b6f3c2e-8d1a-4c5e-9f00-00000000000${id}`,
    recommendationId: 1,
    what: `Action number ${id}`,
    agency,
    responsiblePerson: 'Head of Safeguarding',
    dueOn: '2026-09-30',
    intendedOutcome: 'Records follow the child.',
    status: 'not-started',
    completedOn: null,
    evidence: '',
    evidenceFiles: [],
    evidenceAcceptedOn: null,
    overdue: false,
    updatedAt: '2026-06-01T10:00:00.000Z',
    ...change,
  };
}

function recommendation(number: number, actions: ActionView[], text = `Recommendation text ${number}`): RecommendationView {
  return { id: number, number, text, type: 'multi-agency', systemicFactor: 'Moves between areas', fromFinding: '', actions };
}

describe('an agency’s actions as the bundle carries them', () => {
  const view = {
    recommendations: [recommendation(1, [action(1, POLICE), action(2, EDUCATION)]), recommendation(2, [action(3, POLICE, { status: 'complete', completedOn: '2026-05-01' })], 'x'.repeat(20_000))],
  };

  it('lists the agency’s actions in the plan’s order, each with its place under its recommendation', () => {
    const owned = actionsOwnedBy(view, POLICE);
    expect(owned.map((each) => [each.action.id, each.recommendationNumber, each.index])).toEqual([
      [1, 1, 0],
      [3, 2, 0],
    ]);
  });

  it('sends each by its uid, in the exchange’s own shape, with a long recommendation cut to fit', () => {
    const [first, second] = actionsOwnedBy(view, POLICE).map(sentAction);
    expect(first).toEqual({
      actionId: '0b6f3c2e-8d1a-4c5e-9f00-000000000001',
      recommendation: '1. Recommendation text 1',
      what: 'Action number 1',
      responsiblePerson: 'Head of Safeguarding',
      dueOn: '2026-09-30',
      intendedOutcome: 'Records follow the child.',
      status: 'not-started',
    });
    expect(second!.recommendation.length).toBeLessThanOrEqual(SENT_RECOMMENDATION_LENGTH);
    expect(second!.recommendation.endsWith('…')).toBe(true);
    expect(second!.status).toBe('complete');
    for (const sent of [first, second]) expect(sentActionSchema.safeParse(sent).success).toBe(true);
  });

  it('offers the agencies that own actions, in the partnership’s order, and one no longer listed after them', () => {
    const plan = { recommendations: [recommendation(1, [action(1, 'Housing (old name)'), action(2, POLICE), action(3, EDUCATION)])], agencies: [EDUCATION, POLICE, 'Probation'] };
    expect(agenciesWithActions(plan)).toEqual([EDUCATION, POLICE, 'Housing (old name)']);
  });
});

describe('the words on screen', () => {
  it('cuts a long text at a word and says so with an ellipsis', () => {
    expect(shortened('Audit every school transfer of the spring term for records passed on within five days', 40)).toBe('Audit every school transfer of the…');
    expect(shortened('  Short   text  ')).toBe('Short text');
  });

  it('says each status in words, and only complete or stopped actions are no longer owed', () => {
    expect(statusTag('in-progress').words).toBe('In progress');
    expect(statusTag('complete').tagClass).toBe('govuk-tag--green');
    expect(isOpen({ status: 'in-progress' })).toBe(true);
    expect(isOpen({ status: 'no-longer-needed' })).toBe(false);
  });

  it('gives every form’s opening button its own id, so Cancel can return to it', () => {
    const forms: PlanForm[] = [
      { form: 'recommendation', id: null },
      { form: 'recommendation', id: 1 },
      { form: 'remove-recommendation', id: 1 },
      { form: 'action', recommendationId: 1, id: null },
      { form: 'action', recommendationId: 1, id: 1 },
      { form: 'progress', id: 1 },
      { form: 'evidence', id: 1 },
      { form: 'send' },
    ];
    expect(new Set(forms.map(openerId)).size).toBe(forms.length);
    const editing: PlanEditing = { form: 'progress', id: 1, openedFrom: openerId({ form: 'progress', id: 1 }) };
    expect(isEditing(editing, { form: 'progress', id: 1 })).toBe(true);
    expect(isEditing(editing, { form: 'evidence', id: 1 })).toBe(false);
  });
});
