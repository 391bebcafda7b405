/**
 * The warning above a case's secured sets when a representative's passphrase was reset after
 * files were sealed to them: those files do not open for them until the agency's recovery code
 * seals them to the new key. Each person is told what is theirs to do.
 */
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { WarningText } from '../components/WarningText.tsx';
import type { SealsToRenew } from './use-seals-to-renew.ts';

export interface SealsToRenewNoticeProps {
  readonly sets: SealsToRenew;
  readonly onReseal: (agency: string) => void;
}

const files = (count: number): string => (count === 1 ? '1 file' : `${count.toLocaleString('en-GB')} files`);

export function SealsToRenewNotice({ sets, onReseal }: SealsToRenewNoticeProps) {
  if (sets.length === 0) return null;
  return (
    <div data-testid="seals-to-renew">
      {sets.map((set) => (
        <div key={set.agency} className="govuk-!-margin-bottom-6">
          <WarningText>
            {set.youAreRepresentative
              ? `${files(set.filesToReseal)} in ${set.agency}’s secured files will not open for you: they are sealed to the key you had before your passphrase was reset on ${formatTimestamp(set.resetAt)}.`
              : `${files(set.filesToReseal)} in ${set.agency}’s secured files will not open for ${set.representative}: they are sealed to the key ${set.representative} had before their passphrase was reset on ${formatTimestamp(set.resetAt)}.`}
          </WarningText>
          {set.canReseal ? (
            <>
              <p className="govuk-body">{`Ask someone from ${set.agency} for its recovery code, from the agency’s safe, and seal the files to ${set.representative}’s new key.`}</p>
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onReseal(set.agency)}>
                Re-seal with the recovery code<span className="govuk-visually-hidden">{` for ${set.agency}`}</span>
              </button>
            </>
          ) : (
            <p className="govuk-body">
              {`${set.agency}’s recovery code, from the agency’s safe, seals them to ${set.youAreRepresentative ? 'your' : `${set.representative}’s`} new key. Take it to a Business Unit officer or an administrator: they choose “Re-seal with the recovery code” here and type it in.`}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
