import { useState } from 'react';
import { CASE_KIND_LABELS, CASE_STAGE_LABELS } from '../../../shared/case-kinds.ts';
import type { CaseMove, CaseView } from '../../../shared/ipc/case-calls.ts';
import type { ErrorValue } from '../../../shared/errors.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import type { FieldError } from '../../components/field-errors.ts';
import { useApi } from '../../session/api-context.tsx';

export function moveButtonText(move: CaseMove, currentKind: CaseView['summary']['kind']): string {
  const stage = CASE_STAGE_LABELS[move.to];
  if (move.to === 'closed') return 'Close the case';
  const becomes = move.kind === currentKind ? '' : ` as a ${CASE_KIND_LABELS[move.kind].charAt(0).toLowerCase()}${CASE_KIND_LABELS[move.kind].slice(1)}`;
  return `Move to ${stage}${becomes}`;
}

/** A refused move as the summary lists it: main's message, then each unmet condition it names. */
export function moveErrors(error: ErrorValue): FieldError[] {
  const problems = (error.problems ?? []).map((problem) => problem.message).filter((message) => message !== error.message);
  return [{ message: error.message }, ...problems.map((message) => ({ message }))];
}

export interface CaseMovesProps {
  readonly view: CaseView;
  readonly replaceView: (view: CaseView) => void;
  readonly onMoved: (stageLabel: string) => void;
}

/**
 * The stages the case can move to next. Unmet conditions are listed under each move, but the
 * button still works: main is the judge, and its refusal names what is missing.
 */
export function CaseMoves({ view, replaceView, onMoved }: CaseMovesProps) {
  const call = useApi();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [moving, setMoving] = useState<string | null>(null);

  const move = async (target: CaseMove) => {
    if (moving !== null) return;
    setMoving(target.to);
    const result = await call('cases.move', { reference: view.summary.reference, to: target.to });
    setMoving(null);
    if (result.ok) {
      setErrors([]);
      replaceView(result.value);
      onMoved(CASE_STAGE_LABELS[target.to]);
    } else if (result.error.code !== 'LOCKED') setErrors(moveErrors(result.error));
  };

  return (
    <section aria-labelledby="moves-heading" data-testid="case-moves">
      <h3 className="govuk-heading-m" id="moves-heading">
        Move the case on
      </h3>
      <ErrorSummary errors={errors} />
      {view.moves.length === 0 ? (
        <p className="govuk-body">{view.summary.stage === 'closed' ? 'The case is closed. It has no further stages.' : 'There is no stage this case can move to from here.'}</p>
      ) : (
        view.moves.map((target) => {
          // Main words each move ("Move to Screening"); its own words are the ones its refusals use.
          const text = target.label === '' ? moveButtonText(target, view.summary.kind) : target.label;
          return (
            <div key={`${target.kind}:${target.to}`} className="govuk-!-margin-bottom-6" data-testid={`move-${target.to}`}>
              {target.unmet.length === 0 ? (
                <p className="govuk-body-s">Everything this move needs has been recorded.</p>
              ) : (
                <>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">{`Still needed before it can ${target.to === 'closed' ? 'close' : 'move'}:`}</p>
                  <ul className="govuk-list govuk-list--bullet govuk-body-s">
                    {target.unmet.map((condition) => (
                      <li key={condition}>{condition}</li>
                    ))}
                  </ul>
                </>
              )}
              <button type="button" className={`govuk-button${target.unmet.length === 0 ? '' : ' govuk-button--secondary'} govuk-!-margin-bottom-0`} onClick={() => void move(target)} aria-disabled={moving !== null}>
                {moving === target.to ? 'Moving…' : text}
              </button>
            </div>
          );
        })
      )}
    </section>
  );
}
