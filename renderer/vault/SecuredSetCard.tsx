/**
 * One agency's secured set for the case: its representative, state, size and last integrity
 * check, what the person looking may do with it (main checks again on every call), and its files.
 */
import type { IntegrityResult, SecuredFileView, SecuredSetView, SetState } from '../../shared/vault/secured-files.ts';
import { SummaryList, type SummaryRow } from '../case/components/SummaryList.tsx';
import { formatTimestamp } from '../case/components/format-timestamp.ts';
import { formatSize } from '../case/documents/format-size.ts';
import { integrityByline, integrityHeadline } from './integrity-words.ts';
import { IntegrityResultPanel } from './IntegrityResultPanel.tsx';
import { SecuredFilesTable } from './SecuredFilesTable.tsx';

export type SetAction = 'add' | 'change' | 'release' | 'destroy';

const STATE_TAGS: Readonly<Record<SetState, { label: string; className: string }>> = {
  active: { label: 'Secured', className: 'govuk-tag govuk-tag--green' },
  released: { label: 'Released', className: 'govuk-tag govuk-tag--grey' },
  destroyed: { label: 'Destroyed', className: 'govuk-tag govuk-tag--red' },
};

export interface SecuredSetCardProps {
  readonly set: SecuredSetView;
  readonly headingId: string;
  /** The integrity check just run on this set, if any, to show at its top. */
  readonly integrity: IntegrityResult | null;
  readonly checking: boolean;
  readonly onAction: (action: SetAction) => void;
  readonly onCheck: () => void;
  readonly onOpen: (file: SecuredFileView) => void;
}

export function SecuredSetCard({ set, headingId, integrity, checking, onAction, onCheck, onOpen }: SecuredSetCardProps) {
  const active = set.state === 'active';
  // A released set's files stay until the agency instructs their destruction: still opened and checked by the representative.
  const kept = set.state !== 'destroyed';
  const hasFiles = set.files.length > 0;
  const tag = STATE_TAGS[set.state];
  const hidden = <span className="govuk-visually-hidden">{` for ${set.agency}`}</span>;
  const rows: SummaryRow[] = [
    { label: 'Nominated representative', value: set.youAreRepresentative ? `${set.representative} (you)` : set.representative },
    { label: 'State', value: <strong className={tag.className}>{tag.label}</strong> },
    { label: 'Files', value: hasFiles ? `${set.files.length === 1 ? '1 file' : `${set.files.length.toLocaleString('en-GB')} files`}, ${formatSize(set.totalBytes)} in all` : kept ? 'None yet' : 'None: they were destroyed' },
    { label: 'Set up', value: formatTimestamp(set.createdAt) },
    ...(set.closedAt === null ? [] : [{ label: set.state === 'destroyed' ? 'Destroyed' : 'Released', value: formatTimestamp(set.closedAt) }]),
    {
      label: 'Last integrity check',
      value:
        set.lastIntegrityCheck === null ? (
          <span className="prm-secondary-text">Not checked yet</span>
        ) : (
          <>
            {set.lastIntegrityCheck.damaged.length === 0 ? integrityHeadline(set.lastIntegrityCheck) : <strong className="govuk-tag govuk-tag--red">{integrityHeadline(set.lastIntegrityCheck)}</strong>}
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 prm-secondary-text">{integrityByline(set.lastIntegrityCheck)}</span>
          </>
        ),
    },
  ];

  const actions = [
    set.canAdd && active ? (
      <button key="add" type="button" className="govuk-button" onClick={() => onAction('add')}>
        Add files{hidden}
      </button>
    ) : null,
    set.canOpen && kept && hasFiles ? (
      <button key="check" type="button" className="govuk-button govuk-button--secondary" onClick={onCheck} aria-disabled={checking}>
        {checking ? 'Checking…' : 'Check integrity'}
        {hidden}
      </button>
    ) : null,
    kept && (set.canOpen || set.canManage) ? (
      <button key="change" type="button" className="govuk-button govuk-button--secondary" onClick={() => onAction('change')}>
        Change representative{hidden}
      </button>
    ) : null,
    set.canOpen && active && hasFiles ? (
      <button key="release" type="button" className="govuk-button govuk-button--secondary" onClick={() => onAction('release')}>
        Release{hidden}
      </button>
    ) : null,
    set.canOpen && kept ? (
      <button key="destroy" type="button" className="govuk-button govuk-button--warning" onClick={() => onAction('destroy')}>
        Destroy{hidden}
      </button>
    ) : null,
  ].filter((action) => action !== null);

  return (
    <section className="govuk-!-margin-bottom-9" aria-labelledby={headingId} data-testid="secured-set">
      <h3 className="govuk-heading-m" id={headingId}>
        {set.agency}
      </h3>
      {integrity === null ? null : <IntegrityResultPanel agency={set.agency} result={integrity} />}
      <SummaryList rows={rows} />
      <AccessNotice set={set} />
      {actions.length === 0 ? null : <div className="govuk-button-group">{actions}</div>}
      <p className="govuk-body prm-status" role="status">
        {checking ? `Checking every file in ${set.agency}’s set against its fingerprint…` : ''}
      </p>
      {hasFiles ? (
        <SecuredFilesTable agency={set.agency} files={set.files} onOpen={set.canOpen && kept ? onOpen : undefined} />
      ) : (
        <p className="govuk-body" data-testid="secured-set-empty">
          {set.state === 'destroyed'
            ? 'The files were destroyed on the agency’s instruction. The access log keeps the record of them.'
            : set.canAdd
              ? `No files have been placed in ${set.agency}’s set yet. Use “Add files” to add a file or a whole folder.`
              : `No files have been placed in ${set.agency}’s set yet.`}
        </p>
      )}
    </section>
  );
}

/** Who can open the files, said to everyone who is not the one person who can. */
function AccessNotice({ set }: { set: SecuredSetView }) {
  if (set.youAreRepresentative || set.state === 'destroyed') return null;
  return (
    <div className="govuk-inset-text" data-testid="secured-set-access">
      {set.canAdd && set.state === 'active'
        ? `You can add files for ${set.agency}, but you cannot open them: only ${set.representative}, its nominated representative, can.`
        : `Only ${set.representative}, ${set.agency}’s nominated representative, can open these files.`}
    </div>
  );
}
