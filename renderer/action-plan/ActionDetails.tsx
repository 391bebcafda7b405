/**
 * One SMART action as the plan keeps it: what, who owns it, when it is due (and whether it is
 * overdue), what will change, where it stands, and the evidence of its impact with the date the
 * evidence was accepted. Those who may change the plan get its three buttons.
 */
import type { ActionView } from '../../shared/actions/action-plan.ts';
import { formatDate } from '../components/format-date.ts';
import { SummaryRows } from '../case/stages/SummaryRows.tsx';
import { EvidenceFileLinks } from './EvidenceFileLinks.tsx';
import { ActionTags } from './PlanTagView.tsx';
import { OVERDUE_TAG, statusTag } from './plan-words.ts';
import { openerId, type PlanForm } from './plan-editing.ts';
import type { OpenDocument } from './use-open-document.ts';

const NOT_YET = <span className="prm-secondary-text">Not yet</span>;

export interface ActionDetailsProps {
  readonly action: ActionView;
  /** "Action 1.2". */
  readonly name: string;
  readonly opener: OpenDocument;
  /** Given only to people who may change the plan. */
  readonly onOpen: ((form: PlanForm) => void) | undefined;
}

export function ActionDetails({ action, name, opener, onOpen }: ActionDetailsProps) {
  const rows = [
    { key: 'What', value: action.what },
    { key: 'Owning agency', value: action.agency },
    { key: 'Responsible person', value: action.responsiblePerson },
    {
      key: 'Due',
      value: (
        <>
          <span className="prm-nowrap govuk-!-margin-right-2">{formatDate(action.dueOn)}</span>
          {action.overdue ? <ActionTags tags={[OVERDUE_TAG]} /> : null}
        </>
      ),
    },
    { key: 'Intended outcome', value: action.intendedOutcome },
    { key: 'Status', value: <ActionTags tags={[statusTag(action.status)]} /> },
    ...(action.completedOn === null ? [] : [{ key: 'Completed on', value: formatDate(action.completedOn) }]),
    {
      key: 'Evidence of impact',
      value:
        action.evidence.trim() === '' && action.evidenceFiles.length === 0 ? (
          <span className="prm-secondary-text">None recorded</span>
        ) : (
          <>
            {action.evidence.trim() === '' ? null : <p className="govuk-body govuk-!-margin-bottom-2">{action.evidence}</p>}
            <EvidenceFileLinks files={action.evidenceFiles} opener={opener} />
          </>
        ),
    },
    { key: 'Evidence accepted on', value: action.evidenceAcceptedOn === null ? NOT_YET : formatDate(action.evidenceAcceptedOn) },
  ];
  const lowerName = name.toLowerCase();
  const button = (label: string, hidden: string, form: PlanForm, primary = false) => (
    <button type="button" id={openerId(form)} className={`govuk-button${primary ? '' : ' govuk-button--secondary'} govuk-!-margin-bottom-2`} onClick={() => onOpen?.(form)}>
      {label}
      <span className="govuk-visually-hidden">{` ${hidden}`}</span>
    </button>
  );
  return (
    <div className="prm-plan-action govuk-!-margin-bottom-4" data-testid={`action-${action.id}`}>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{name}</h4>
      <SummaryRows rows={rows} />
      {onOpen === undefined ? null : (
        <div className="govuk-button-group govuk-!-margin-bottom-0">
          {button('Record progress', `on ${lowerName}`, { form: 'progress', id: action.id }, true)}
          {button('Attach evidence', `to ${lowerName}`, { form: 'evidence', id: action.id })}
          {button('Change', lowerName, { form: 'action', recommendationId: action.recommendationId, id: action.id })}
        </div>
      )}
    </div>
  );
}
