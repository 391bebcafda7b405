/**
 * One block of a report section being edited: its text boxes, and its actions (move up, move
 * down, remove), each named for the block it acts on ("Remove paragraph 2 in Executive summary"),
 * since a screen reader hears the buttons one after another, not beside their block.
 */
import { Radios } from '../components/form/Radios.tsx';
import { Select } from '../components/form/Select.tsx';
import { TextArea } from '../components/form/TextArea.tsx';
import { TextInput } from '../case/components/TextInput.tsx';
import type { DraftBlock, HeadingLevel } from './report-draft.ts';
import { TableEditor } from './TableEditor.tsx';

export interface BlockEditorProps {
  readonly block: DraftBlock;
  /** `${idBase}-text`, `-items`, `-rows-R-C`: the block's path in what is saved, as ids. */
  readonly idBase: string;
  /** "paragraph 2". */
  readonly name: string;
  /** "Executive summary". */
  readonly sectionTitle: string;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  readonly onChange: (block: DraftBlock) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
  readonly errorFor: (field: string) => string | undefined;
}

const HEADING_LEVELS = [
  { value: '2', label: 'Heading' },
  { value: '3', label: 'Subheading' },
];
/** A Word draft's top-level heading comes in as level 1; it keeps that level until changed. */
const WITH_LEVEL_ONE = [{ value: '1', label: 'Main heading (from a Word draft)' }, ...HEADING_LEVELS];

/** A box tall enough to read a long paragraph without scrolling inside it, within reason. */
function rowsFor(text: string): number {
  return Math.min(14, Math.max(3, Math.ceil(text.length / 95) + text.split('\n').length));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function BlockEditor({ block, idBase, name, sectionTitle, canMoveUp, canMoveDown, onChange, onMove, onRemove, errorFor }: BlockEditorProps) {
  const fullName = `${name} in ${sectionTitle}`;
  const label = capitalise(name);
  // The visible words name the block ("Remove table 1"), so they stand apart from a table's own
  // row and column actions; the section is added for a screen reader, which hears them out of place.
  const action = (words: string, onClick: () => void, id: string) => (
    <li>
      <button type="button" className="prm-action-button" id={id} onClick={onClick}>
        {words}
        <span className="govuk-visually-hidden">{` in ${sectionTitle}`}</span>
      </button>
    </li>
  );

  return (
    <div className="prm-report-block" data-testid="report-block">
      {blockFields(block, idBase, label, fullName, onChange, errorFor)}
      <ul className="prm-block-actions prm-block-actions--block">
        {canMoveUp ? action(`Move ${name} up`, () => onMove(-1), `${idBase}-up`) : null}
        {canMoveDown ? action(`Move ${name} down`, () => onMove(1), `${idBase}-down`) : null}
        {action(`Remove ${name}`, onRemove, `${idBase}-remove`)}
      </ul>
    </div>
  );
}

function blockFields(block: DraftBlock, idBase: string, label: string, fullName: string, onChange: (block: DraftBlock) => void, errorFor: (field: string) => string | undefined) {
  switch (block.type) {
    case 'paragraph':
      return <TextArea id={`${idBase}-text`} label={label} value={block.text} onChange={(text) => onChange({ ...block, text })} error={errorFor(`${idBase}-text`)} rows={rowsFor(block.text)} />;
    case 'heading':
      return (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <TextInput id={`${idBase}-text`} label="Text" value={block.text} onChange={(text) => onChange({ ...block, text })} error={errorFor(`${idBase}-text`)} widthClass="govuk-!-width-full" />
            </div>
            <div className="govuk-grid-column-one-third">
              <Select
                id={`${idBase}-level`}
                label="Level"
                value={String(block.level)}
                onChange={(level) => onChange({ ...block, level: (Number(level) || 2) as HeadingLevel })}
                options={block.level === 1 ? WITH_LEVEL_ONE : HEADING_LEVELS}
                emptyLabel="Choose a level"
              />
            </div>
          </div>
        </fieldset>
      );
    case 'list':
      return (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
          <Radios
            id={`${idBase}-ordered`}
            legend="Kind of list"
            value={block.ordered ? 'numbered' : 'bulleted'}
            onChange={(kind) => onChange({ ...block, ordered: kind === 'numbered' })}
            options={[
              { value: 'bulleted', label: 'Bulleted' },
              { value: 'numbered', label: 'Numbered' },
            ]}
            inline
          />
          <TextArea
            id={`${idBase}-items`}
            label="Items"
            hint="One item a line. Blank lines are left out."
            value={block.itemsText}
            onChange={(itemsText) => onChange({ ...block, itemsText })}
            error={errorFor(`${idBase}-items`)}
            rows={4}
          />
        </fieldset>
      );
    case 'table':
      return (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
          <TableEditor idBase={idBase} name={fullName} headerRow={block.headerRow} rows={block.rows} onChange={(change) => onChange({ ...block, ...change })} errorFor={errorFor} />
        </fieldset>
      );
  }
}
