/**
 * One recommendation as a GOV.UK summary card: its number and type, what it recommends, the
 * systemic factor it addresses and the finding it came from, then its actions. A form opened on
 * the recommendation or one of its actions takes that thing's place, so the person keeps their
 * place in the plan.
 */
import type { ReactNode } from 'react';
import type { ActionPlanView, RecommendationView } from '../../shared/actions/action-plan.ts';
import { SummaryRows } from '../case/stages/SummaryRows.tsx';
import { ActionDetails } from './ActionDetails.tsx';
import { PlanTagView } from './PlanTagView.tsx';
import { isEditing, openerId, type PlanEditing, type PlanForm } from './plan-editing.ts';
import { actionNumber, shortened, typeTag } from './plan-words.ts';
import type { OpenDocument } from './use-open-document.ts';

export interface RecommendationCardProps {
  readonly recommendation: RecommendationView;
  readonly findings: ActionPlanView['findings'];
  readonly editing: PlanEditing | null;
  /** Given only to people who may change the plan. */
  readonly onOpen: ((form: PlanForm) => void) | undefined;
  /** The open form, drawn where the thing it changes was. */
  readonly renderForm: (editing: PlanEditing) => ReactNode;
  readonly opener: OpenDocument;
}

export function RecommendationCard({ recommendation, findings, editing, onOpen, renderForm, opener }: RecommendationCardProps) {
  const title = `Recommendation ${recommendation.number}`;
  const changing = { form: 'recommendation', id: recommendation.id } as const;
  const removing = { form: 'remove-recommendation', id: recommendation.id } as const;
  const adding = { form: 'action', recommendationId: recommendation.id, id: null } as const;
  const finding = findings.find((each) => each.path === recommendation.fromFinding);
  const rows = [
    { key: 'Recommendation', value: recommendation.text },
    { key: 'Systemic factor', value: recommendation.systemicFactor },
    ...(recommendation.fromFinding === ''
      ? []
      : [{ key: 'From the finding', value: finding === undefined ? `A finding of the case discussion (${recommendation.fromFinding}) that has since changed` : `${finding.frame}: “${shortened(finding.text, 140)}”` }]),
  ];

  if (editing !== null && (isEditing(editing, changing) || isEditing(editing, removing))) return <div data-testid={`recommendation-${recommendation.number}`}>{renderForm(editing)}</div>;

  return (
    <div className="govuk-summary-card" data-testid={`recommendation-${recommendation.number}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title prm-plan-card-title">
          <span>{title}</span>
          <PlanTagView tag={typeTag(recommendation.type)} />
        </h3>
        {onOpen === undefined ? null : (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <button type="button" id={openerId(changing)} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onOpen(changing)}>
                Change<span className="govuk-visually-hidden"> {title.toLowerCase()}</span>
              </button>
            </li>
            {recommendation.actions.length > 0 ? null : (
              <li className="govuk-summary-card__action">
                <button type="button" id={openerId(removing)} className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" onClick={() => onOpen(removing)}>
                  Remove<span className="govuk-visually-hidden"> {title.toLowerCase()}</span>
                </button>
              </li>
            )}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">
        <SummaryRows rows={rows} />
        {recommendation.actions.length === 0 ? (
          <p className="govuk-body prm-secondary-text govuk-!-margin-top-4">No actions yet.{onOpen === undefined ? '' : ' Add the SMART actions that will carry this recommendation out.'}</p>
        ) : (
          recommendation.actions.map((action, index) => {
            const name = actionNumber(recommendation.number, index);
            const open = editing !== null && editing.form !== 'recommendation' && editing.form !== 'remove-recommendation' && editing.form !== 'send' && editing.id === action.id;
            return open ? (
              <div key={action.id} className="prm-plan-action" data-testid={`action-${action.id}`}>
                {renderForm(editing)}
              </div>
            ) : (
              <ActionDetails key={action.id} action={action} name={name} opener={opener} onOpen={onOpen} />
            );
          })
        )}
        {onOpen === undefined ? null : editing !== null && isEditing(editing, adding) ? (
          renderForm(editing)
        ) : (
          <button type="button" id={openerId(adding)} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onOpen(adding)}>
            Add an action<span className="govuk-visually-hidden"> to {title.toLowerCase()}</span>
          </button>
        )}
      </div>
    </div>
  );
}
