/**
 * Where an answer has got to while it is sent and made: the file on its way, then the bundle
 * being made, then the bundle being saved, each in words, with a bar for the bytes that move.
 * A live region says each step once, not every chunk.
 */
import { TransferProgress } from '../vault/TransferProgress.tsx';
import type { AnswerPhase } from './use-answer.ts';

export interface AnswerProgressProps {
  readonly phase: AnswerPhase;
  /** "return bundle", "decision bundle". */
  readonly bundle: string;
  readonly onCancel: () => void;
}

export function AnswerProgress({ phase, bundle, onCancel }: AnswerProgressProps) {
  return (
    <div data-testid="answer-progress">
      <p className="govuk-body govuk-!-font-weight-bold" role="status">
        {stepWords(phase, bundle)}
      </p>
      {phase.state === 'sending-file' ? <TransferProgress id="answer-file-progress" label={`Sending ${phase.name}`} progress={phase.progress} /> : null}
      {phase.state === 'saving' ? <TransferProgress id="answer-save-progress" label={`Saving ${phase.fileName}`} progress={phase.progress} /> : null}
      {phase.state === 'sending-file' || phase.state === 'saving' ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          {phase.state === 'saving' ? 'Cancel saving' : 'Cancel sending'}
        </button>
      ) : null}
    </div>
  );
}

function stepWords(phase: AnswerPhase, bundle: string): string {
  switch (phase.state) {
    case 'idle':
      return '';
    case 'sending-file':
      return phase.count === 1 ? `Sending ${phase.name} to be read…` : `Sending file ${phase.index + 1} of ${phase.count}: ${phase.name}…`;
    case 'making':
      return `Making the ${bundle}: reading what you sent, sealing it for the sender’s install and signing it…`;
    case 'saving':
      return `Saving the ${bundle}…`;
  }
}
