/**
 * What a passphrase reset does to a nominated representative's secured files, said before the
 * reset and again after it: each file's key is sealed to the representative's own key pair,
 * and the reset replaces it, so the files open again only once the agency's recovery code has
 * sealed them to the new one. Neither the administrator nor the store's recovery code can
 * open them: that is the point of securing them.
 */
import type { RepresentativeHolding } from '../../shared/accounts/accounts.ts';
import { WarningText } from '../components/WarningText.tsx';
import { holdingInWords } from './account-words.ts';

export interface HoldingsNoticeProps {
  readonly name: string;
  readonly holdings: readonly RepresentativeHolding[];
  /** Before the reset, the warning; after it, what to do now. */
  readonly when: 'before' | 'after';
  readonly headingLevel?: 2 | 3;
}

export function HoldingsNotice({ name, holdings, when, headingLevel = 3 }: HoldingsNoticeProps) {
  if (holdings.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const agencies = [...new Set(holdings.map((holding) => holding.agency))];
  return (
    <div data-testid="holdings-notice">
      <Heading className="govuk-heading-s">{`${name} is a nominated representative holding secured files`}</Heading>
      <WarningText>
        {when === 'before'
          ? `After the reset, ${name} cannot open these files until ${agencies.length === 1 ? `${agencies[0]}’s recovery code` : 'each agency’s recovery code'} has sealed them to their new key.`
          : `${name} cannot open these files until ${agencies.length === 1 ? `${agencies[0]}’s recovery code` : 'each agency’s recovery code'} has sealed them to their new key.`}
      </WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {holdings.map((holding) => (
          <li key={`${holding.reference}|${holding.agency}`}>{holdingInWords(holding)}</li>
        ))}
      </ul>
      <p className="govuk-body">
        Each file’s key is sealed to {name}’s own key, which the reset replaces. Nobody at the partnership can open the files for them: only the agency’s recovery
        code, kept in the agency’s own safe, can seal them again.
      </p>
      <p className="govuk-body">To open them again:</p>
      <ol className="govuk-list govuk-list--number">
        <li>{`${name} signs in with the temporary passphrase and chooses their own.`}</li>
        <li>
          {agencies.length === 1 ? `Someone from ${agencies[0]} brings its recovery code` : 'Someone from each agency brings its recovery code'} to a Business Unit officer or an
          administrator.
        </li>
        <li>
          They open the case, go to its “Secured files” section, choose “Re-seal with the recovery code” under the agency, and type the code. This is recorded in the access
          log.
        </li>
        <li>{`${name} can then open every file again.`}</li>
      </ol>
    </div>
  );
}
