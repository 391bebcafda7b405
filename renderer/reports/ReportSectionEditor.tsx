/**
 * One of the report's sections being edited: its heading, its blocks in order, and buttons to
 * add a heading, paragraph, list or table at its end. Focus follows what was done: to the new
 * block's first box, to the moved block's button, or to the section's heading after a removal,
 * since the button pressed has gone.
 */
import { memo, useEffect, useRef } from 'react';
import { REPORT_SECTION_TITLES, type ReportSectionKey } from '../../shared/reports/report-document.ts';
import type { ReportsView } from '../../shared/reports/reports-view.ts';
import { BlockEditor } from './BlockEditor.tsx';
import { ExecutiveSummaryLength } from './ExecutiveSummaryLength.tsx';
import { blockFieldId, blockIdBase, blockName, moveBlock, newBlock, type BlockType, type DraftBlock } from './report-draft.ts';

export interface ReportSectionEditorProps {
  readonly sectionIndex: number;
  readonly sectionKey: ReportSectionKey;
  readonly blocks: readonly DraftBlock[];
  /** Stable across renders (with errorFor), so only the section being edited is drawn again. */
  readonly onChange: (sectionIndex: number, blocks: DraftBlock[]) => void;
  readonly errorFor: (field: string) => string | undefined;
  /** The executive summary's length as last saved, shown under its heading. */
  readonly summaryLength: ReportsView['executiveSummary'] | undefined;
  /** Whether any version has been saved. */
  readonly saved: boolean;
}

const ADDABLE: readonly { readonly type: BlockType; readonly words: string }[] = [
  { type: 'heading', words: 'Add a heading' },
  { type: 'paragraph', words: 'Add a paragraph' },
  { type: 'list', words: 'Add a list' },
  { type: 'table', words: 'Add a table' },
];

/** The box a new block's editing starts in. */
function firstField(type: BlockType): string {
  switch (type) {
    case 'heading':
    case 'paragraph':
      return 'text';
    case 'list':
      return 'items';
    case 'table':
      return 'rows-0-0';
  }
}

export const ReportSectionEditor = memo(function ReportSectionEditor({ sectionIndex, sectionKey, blocks, onChange: onSectionChange, errorFor, summaryLength, saved }: ReportSectionEditorProps) {
  const title = REPORT_SECTION_TITLES[sectionKey];
  const headingId = `report-section-${sectionKey}-heading`;
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const onChange = (changed: DraftBlock[]) => onSectionChange(sectionIndex, changed);
  const fieldId = (blockIndex: number, field: string) => blockFieldId(sectionIndex, blockIndex, field);

  const add = (type: BlockType) => {
    focusNext.current = fieldId(blocks.length, firstField(type));
    onChange([...blocks, newBlock(type)]);
  };
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    // Stay on the same button if the block can still move that way; otherwise on the other one.
    const stillMoves = by === -1 ? to > 0 : to < blocks.length - 1;
    const [same, other] = by === -1 ? ['up', 'down'] : ['down', 'up'];
    focusNext.current = fieldId(to, stillMoves ? same : other);
    onChange(moveBlock(blocks, index, by));
  };
  const remove = (index: number) => {
    focusNext.current = headingId;
    onChange(blocks.filter((_, at) => at !== index));
  };

  return (
    <section className="prm-report-section" aria-labelledby={headingId} data-testid={`report-section-${sectionKey}`}>
      <h4 className="govuk-heading-m prm-page-heading" id={headingId} tabIndex={-1}>
        {title}
      </h4>
      {summaryLength === undefined ? null : <ExecutiveSummaryLength length={summaryLength} saved={saved} />}
      {blocks.length === 0 ? <p className="govuk-body prm-secondary-text">Nothing written in this section yet.</p> : null}
      {blocks.map((block, index) => (
        <BlockEditor
          key={block.id}
          block={block}
          idBase={blockIdBase(sectionIndex, index)}
          name={blockName(blocks, index)}
          sectionTitle={title}
          canMoveUp={index > 0}
          canMoveDown={index < blocks.length - 1}
          onChange={(changed) => onChange(blocks.map((each, at) => (at === index ? changed : each)))}
          onMove={(by) => move(index, by)}
          onRemove={() => remove(index)}
          errorFor={errorFor}
        />
      ))}
      <div className="govuk-button-group">
        {ADDABLE.map(({ type, words }) => (
          <button key={type} type="button" className="govuk-button govuk-button--secondary" onClick={() => add(type)}>
            {words}
            <span className="govuk-visually-hidden">{` to ${title}`}</span>
          </button>
        ))}
      </div>
    </section>
  );
});
