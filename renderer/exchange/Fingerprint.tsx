/**
 * An install's fingerprint as people read it to each other: its groups of four spaced apart, in
 * a face where similar letters and digits differ. A screen reader hears it group by group.
 */
import { groupFingerprint } from '../../shared/exchange/contacts.ts';
import './exchange.css';

export function Fingerprint({ value, small = false, testId }: { readonly value: string; readonly small?: boolean; readonly testId?: string }) {
  // Main may send it grouped or compact: either way it is shown in the same groups.
  const groups = groupFingerprint(value.replace(/\s+/g, '')).split(' ');
  return (
    <span className={`prm-fingerprint${small ? ' prm-fingerprint--small' : ''}`} data-testid={testId}>
      {groups.map((group, index) => (
        <span key={index}>
          {group}
          {/* Spoken with a pause between groups; kept in a copy as the spaces people type. */}
          {index < groups.length - 1 ? <span className="govuk-visually-hidden"> </span> : null}
        </span>
      ))}
    </span>
  );
}
