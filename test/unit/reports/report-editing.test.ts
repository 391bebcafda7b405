/**
 * The Report and Case discussion screens' own logic, without a browser: the editor's blocks and
 * their names, where a problem's path lands on screen, and the discussion form's answers.
 * (Proposed for test/unit/reports/report-editing.test.ts; imports are from there.)
 */
import { describe, expect, it } from 'vitest';
import { caseDiscussion } from '../../../shared/reports/discussion.ts';
import { emptyReportContent, reportContent } from '../../../shared/reports/report-document.ts';
import { answersFrom, discussionFieldFor, discussionFrom, scaleProblem } from '../../../renderer/reports/discussion-answers.ts';
import { defaultSectionFor } from '../../../renderer/reports/discussion-frames.ts';
import { blockName, comparableContent, comparableDraft, contentFrom, draftFrom, editorFieldFor, locatedErrors, moveBlock, newBlock, withColumnAdded, withColumnRemoved, withRowAdded } from '../../../renderer/reports/report-draft.ts';

describe('the report editor', () => {
  it('keeps a report through the editor unchanged, lists one item a line with blank lines left out', () => {
    const content = emptyReportContent();
    content.sections[0]!.blocks.push({ type: 'heading', level: 2, text: 'Summary' }, { type: 'list', ordered: true, items: ['One', 'Two'] }, { type: 'table', headerRow: true, rows: [['A', 'B']] });
    const draft = draftFrom(content);
    expect(contentFrom(draft)).toEqual(content);
    const list = draft.sections[0]!.blocks[1]!;
    if (list.type !== 'list') throw new Error('expected a list');
    const edited = { ...draft, sections: draft.sections.map((section, index) => (index === 0 ? { ...section, blocks: section.blocks.map((block, at) => (at === 1 ? { ...list, itemsText: 'One\n\n  Two  \nThree\n' } : block)) } : section)) };
    expect(contentFrom(edited).sections[0]!.blocks[1]).toEqual({ type: 'list', ordered: true, items: ['One', 'Two', 'Three'] });
    expect(reportContent.safeParse(contentFrom(edited)).success).toBe(true);
  });

  it('does not count stray spaces from an imported draft as a change', () => {
    const content = emptyReportContent();
    content.sections[1]!.blocks.push({ type: 'paragraph', text: '  Imported  ' });
    const draft = draftFrom(content);
    expect(comparableDraft(draft)).toBe(comparableContent(content));
    expect(comparableDraft({ ...draft, title: 'A title' })).not.toBe(comparableContent(content));
  });

  it('names a block by its place among blocks of its kind, and moves blocks within bounds', () => {
    const blocks = [newBlock('heading'), newBlock('paragraph'), newBlock('list'), newBlock('paragraph')];
    expect(blocks.map((_, index) => blockName(blocks, index))).toEqual(['heading 1', 'paragraph 1', 'list 1', 'paragraph 2']);
    expect(moveBlock(blocks, 3, -1).map((block) => block.id)).toEqual([blocks[0]!.id, blocks[1]!.id, blocks[3]!.id, blocks[2]!.id]);
    expect(moveBlock(blocks, 0, -1).map((block) => block.id)).toEqual(blocks.map((block) => block.id));
    expect(new Set(blocks.map((block) => block.id)).size).toBe(4);
  });

  it('keeps a table rectangular as rows and columns come and go', () => {
    const rows = withColumnAdded(withRowAdded([['a', 'b']]));
    expect(rows).toEqual([
      ['a', 'b', ''],
      ['', '', ''],
    ]);
    expect(withColumnRemoved(rows, 0)).toEqual([
      ['b', ''],
      ['', ''],
    ]);
  });

  it('shows a problem with one list item on the list’s box, and a row’s on its first cell', () => {
    expect(editorFieldFor('content-sections-2-blocks-0-items-3')).toBe('content-sections-2-blocks-0-items');
    expect(editorFieldFor('content-sections-2-blocks-1-rows-4')).toBe('content-sections-2-blocks-1-rows-4-0');
    expect(editorFieldFor('content-sections-2-blocks-1-rows-4-2')).toBe('content-sections-2-blocks-1-rows-4-2');
    expect(editorFieldFor('reason')).toBe('reason');
  });

  it('names the block and section of each problem in the error summary', () => {
    const content = emptyReportContent();
    content.sections[9]!.blocks.push({ type: 'paragraph', text: 'Intro' }, { type: 'list', ordered: false, items: ['x'] });
    const draft = draftFrom(content);
    const errors = [{ field: 'content-sections-9-blocks-1-items', message: 'A list needs at least one item' }, { field: 'reason', message: 'Say why' }, { message: 'Whole' }];
    expect(locatedErrors(errors, draft).map((error) => error.message)).toEqual(['List 1 in Recommendations: A list needs at least one item', 'Say why', 'Whole']);
  });
});

describe('the case discussion form', () => {
  it('turns its boxes into a discussion main accepts, and back', () => {
    const answers = { ...answersFrom(null), participants: 'Health visitor\n\nSocial worker', scale: '4', scoredBy: 'Social worker', coreProblem: ' Held apart ' };
    const sent = discussionFrom({ ...answers, lists: { ...answers.lists, 'kolb.doDifferently': 'Share the plan\nInvite health\n' } });
    const parsed = caseDiscussion.parse(sent);
    expect(parsed.participants).toEqual(['Health visitor', 'Social worker']);
    expect(parsed.kolb.doDifferently).toEqual(['Share the plan', 'Invite health']);
    expect(parsed.signsOfSafety).toMatchObject({ scale: 4, scoredBy: 'Social worker' });
    expect(parsed.problemTree.coreProblem).toBe('Held apart');
    expect(answersFrom(parsed).lists['kolb.doDifferently']).toBe('Share the plan\nInvite health');
    expect(answersFrom(parsed).scale).toBe('4');
  });

  it('refuses a scale that is not a whole number before sending, and a score with nobody who gave it', () => {
    expect(scaleProblem({ ...answersFrom(null), scale: 'four' })).toMatch(/whole number/);
    expect(scaleProblem({ ...answersFrom(null), scale: '' })).toBeNull();
    const refused = caseDiscussion.safeParse(discussionFrom({ ...answersFrom(null), scale: '4' }));
    expect(refused.success).toBe(false);
  });

  it('shows a problem with one point on its list’s box', () => {
    expect(discussionFieldFor('kolb-analysis-3')).toBe('kolb-analysis');
    expect(discussionFieldFor('participants-0')).toBe('participants');
    expect(discussionFieldFor('signsOfSafety-scoredBy')).toBe('signsOfSafety-scoredBy');
  });

  it('offers the likely report section for each kind of finding', () => {
    expect(defaultSectionFor('kolb.doDifferently.0')).toBe('what-must-change');
    expect(defaultSectionFor('signsOfSafety.needsToHappen.2')).toBe('recommendations');
    expect(defaultSectionFor('kolb.analysis.1')).toBe('key-decisions');
    expect(defaultSectionFor('problemTree.rootCauses.0')).toBe('general-shortcomings');
    expect(defaultSectionFor('problemTree.coreProblem')).toBe('general-shortcomings');
  });
});
