/**
 * Word's own numbering for lists and for a briefing's seven sections, so that a reviewer editing
 * the file in Word gets lists that renumber themselves, and a reader sees w:numPr, not typed bullets.
 */
import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';

export const BULLET_LIST = 'bullet-list';
export const NUMBERED_LIST = 'numbered-list';
export const BRIEFING_SECTIONS = 'briefing-sections';

const LIST_INDENT = { left: 720, hanging: 360 };

export const NUMBERING: INumberingOptions = {
  config: [
    { reference: BULLET_LIST, levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: LIST_INDENT } } }] },
    { reference: NUMBERED_LIST, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT, style: { paragraph: { indent: LIST_INDENT } } }] },
    { reference: BRIEFING_SECTIONS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', start: 1, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }] },
  ],
};

/**
 * Each numbered list is its own instance of the numbering, so the second list in a section starts
 * again at 1 instead of carrying on from the first. Bulleted lists need no such care.
 */
export class ListInstances {
  private next = 0;
  numbered(): number {
    this.next += 1;
    return this.next;
  }
}
