/**
 * A case's action plan once loaded: its counts, its recommendations with their actions, the
 * updates agencies sent back, sending an agency its actions, and the assurance report. One form
 * is open at a time, in the place of what it changes; Cancel puts focus back on the button that
 * opened it, and a change made says so in a banner that takes focus.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { ActionPlanView } from '../../shared/actions/action-plan.ts';
import type { Result } from '../../shared/errors.ts';
import { OutcomeBanner } from '../case/components/OutcomeBanner.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { useApi } from '../session/api-context.tsx';
import type { Navigate } from '../session/places.ts';
import { ActionForm } from './ActionForm.tsx';
import { AssuranceDownloads } from './AssuranceDownloads.tsx';
import { EvidenceFileForm } from './EvidenceFileForm.tsx';
import { PlanCounts } from './PlanCounts.tsx';
import { ProgressForm } from './ProgressForm.tsx';
import { RecommendationCard } from './RecommendationCard.tsx';
import { RecommendationForm } from './RecommendationForm.tsx';
import { RemoveRecommendation } from './RemoveRecommendation.tsx';
import { SendActionsPanel } from './SendActionsPanel.tsx';
import type { ActionsSent } from './SendActionsForm.tsx';
import { UpdatesReceived } from './UpdatesReceived.tsx';
import { isEditing, openerId, type PlanEditing, type PlanForm } from './plan-editing.ts';
import { actionNumber } from './plan-words.ts';
import { useOpenDocument } from './use-open-document.ts';
import './action-plan.css';

interface Outcome {
  readonly heading: string;
  readonly body?: ReactNode;
  /** A new banner for each outcome, even one worded as the last, so it takes focus again. */
  readonly count: number;
}

export interface ActionPlanWorkspaceProps {
  readonly view: ActionPlanView;
  readonly applyResult: (result: Result<ActionPlanView>) => Result<ActionPlanView>;
  readonly navigate: Navigate;
  /** Evidence files join the case's documents: the case page around the plan fetches them. */
  readonly onDocumentsChanged: () => void;
}

export function ActionPlanWorkspace({ view, applyResult, navigate, onDocumentsChanged }: ActionPlanWorkspaceProps) {
  const call = useApi();
  const opener = useOpenDocument(view.reference);
  const [editing, setEditing] = useState<PlanEditing | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [outcome, setOutcomeState] = useState<Outcome | null>(null);

  // After Cancel the form has gone: focus goes back to the button that opened it, once it is drawn again.
  useEffect(() => {
    if (editing !== null || returnTo === null) return;
    document.getElementById(returnTo)?.focus();
    setReturnTo(null);
  }, [editing, returnTo]);

  const open = (form: PlanForm) => {
    setOutcomeState(null);
    setEditing({ ...form, openedFrom: openerId(form) });
  };
  const cancel = () => {
    setReturnTo(editing?.openedFrom ?? null);
    setEditing(null);
  };
  const done = (heading: string, body?: ReactNode) => {
    setEditing(null);
    setOutcomeState((current) => ({ heading, body, count: (current?.count ?? 0) + 1 }));
  };
  const onOpen = view.canChange ? open : undefined;

  const sent = ({ saved, agency, actions }: ActionsSent) =>
    done(
      `${actions.length === 1 ? '1 action' : `${actions.length} actions`} for ${agency} saved as ${saved.savedAs}`,
      <>
        <p className="govuk-body">Send the file to {agency} by your organisation’s secure transfer. The bundle holds:</p>
        <ul className="govuk-list govuk-list--bullet" data-testid="actions-sent">
          {actions.map((action) => (
            <li key={action}>{action}</li>
          ))}
        </ul>
      </>,
    );

  const renderForm = (current: PlanEditing): ReactNode => {
    const recommendationOf = (id: number) => view.recommendations.find((recommendation) => recommendation.id === id);
    const actionOf = (id: number) => {
      for (const recommendation of view.recommendations) {
        const index = recommendation.actions.findIndex((action) => action.id === id);
        if (index >= 0) return { action: recommendation.actions[index]!, name: actionNumber(recommendation.number, index) };
      }
      return undefined;
    };
    const common = { view, applyResult, onSaved: (heading: string) => done(heading), onCancel: cancel };
    switch (current.form) {
      case 'recommendation':
        return <RecommendationForm {...common} recommendation={current.id === null ? undefined : recommendationOf(current.id)} />;
      case 'remove-recommendation': {
        const recommendation = recommendationOf(current.id);
        return recommendation === undefined ? null : <RemoveRecommendation {...common} recommendation={recommendation} />;
      }
      case 'action': {
        const recommendation = recommendationOf(current.recommendationId);
        if (recommendation === undefined) return null;
        return <ActionForm {...common} recommendation={recommendation} action={current.id === null ? undefined : actionOf(current.id)?.action} />;
      }
      case 'progress':
      case 'evidence': {
        const found = actionOf(current.id);
        if (found === undefined) return null;
        if (current.form === 'progress') return <ProgressForm {...common} action={found.action} name={found.name} />;
        const attached = (heading: string) => {
          onDocumentsChanged();
          done(heading);
        };
        return <EvidenceFileForm {...common} onSaved={attached} action={found.action} name={found.name} />;
      }
      case 'send':
        return <SendActionsPanel view={view} navigate={navigate} onSent={sent} onCancel={cancel} />;
    }
  };

  const adding = { form: 'recommendation', id: null } as const;
  const sending = { form: 'send' } as const;
  const hasActions = view.counts.actions > 0;

  return (
    <>
      {outcome === null ? null : (
        <OutcomeBanner key={outcome.count} heading={outcome.heading}>
          {outcome.body}
        </OutcomeBanner>
      )}
      {view.canChange ? null : (
        <div className="govuk-inset-text" data-testid="action-plan-read-only">
          You can read this action plan but not change it. The Business Unit records the recommendations, the actions and their progress. If something needs changing, ask them.
        </div>
      )}

      {view.recommendations.length === 0 ? null : <PlanCounts counts={view.counts} />}
      <ErrorSummary errors={opener.errors} />
      <p className="govuk-body prm-status" role="status" data-testid="evidence-open-status">
        {opener.status}
      </p>

      <h3 className="govuk-heading-m">Recommendations</h3>
      {view.recommendations.length === 0 ? (
        <div data-testid="action-plan-empty">
          <p className="govuk-body govuk-!-font-weight-bold">No recommendations yet.</p>
          <p className="govuk-body">
            {view.canChange
              ? 'Add each recommendation of the review, then the SMART actions that will carry it out: who does what, by when, and what will change. A recommendation can start from a finding of the case discussion.'
              : 'When the Business Unit adds the review’s recommendations and their actions, they will appear here.'}
          </p>
        </div>
      ) : (
        view.recommendations.map((recommendation) => (
          <RecommendationCard key={recommendation.id} recommendation={recommendation} findings={view.findings} editing={editing} onOpen={onOpen} renderForm={renderForm} opener={opener} />
        ))
      )}
      {onOpen === undefined ? null : editing !== null && isEditing(editing, adding) ? (
        renderForm(editing)
      ) : (
        <button type="button" id={openerId(adding)} className="govuk-button" onClick={() => open(adding)}>
          Add a recommendation
        </button>
      )}

      <UpdatesReceived
        view={view}
        applyResult={applyResult}
        opener={opener}
        onTakenUp={(heading) => {
          onDocumentsChanged();
          done(heading);
        }}
      />

      {view.canChange ? (
        <>
          {/* The open form has this heading itself. */}
          {editing !== null && isEditing(editing, sending) ? null : <h3 className="govuk-heading-m">Send an agency its actions</h3>}
          {!hasActions ? (
            <p className="govuk-body">Once the plan has actions, you can send each agency the actions it owns, for it to record its progress and send an update back.</p>
          ) : editing !== null && isEditing(editing, sending) ? (
            renderForm(editing)
          ) : (
            <>
              <p className="govuk-body">Send an agency the actions it owns as a sealed bundle for its install. It records its progress there and sends an update back.</p>
              <button type="button" id={openerId(sending)} className="govuk-button govuk-button--secondary" onClick={() => open(sending)}>
                Send an agency its actions
              </button>
            </>
          )}
        </>
      ) : null}

      <AssuranceDownloads what="this case’s action plan" make={(format) => call('actionPlan.export', { reference: view.reference, format })} testId="plan-downloads" />
    </>
  );
}
