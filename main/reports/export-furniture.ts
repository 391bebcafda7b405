/**
 * The words the PDF and .docx writers print themselves on every export — page numbers, the
 * protective marking, the watermark and the draft's recipient line. The gate must not refuse an
 * export over them: a family called Page, or a draft sent to a practitioner on the register,
 * could otherwise never leave. Everything else in the bytes is still searched; the body's own
 * "page" or the recipient's name elsewhere was already replaced on the data before rendering.
 */
import type { PrintMarking } from '../../shared/reports/report-document.ts';
import { draftHeaderText } from '../exports/docx/docx-marking.ts';
import { draftNotice } from '../exports/pdf/report-page-marks.ts';

/** The PDF's draft notice is cut after the name when it is too long for the line, so only the part up to the name is relied on. */
function upToRecipient(notice: string, recipient: string): string {
  const at = notice.indexOf(recipient.trim());
  return at === -1 ? notice : notice.slice(0, at + recipient.trim().length);
}

export function exportFurniture(marking: PrintMarking): string[] {
  const common = ['Page', 'Contents'];
  switch (marking.mode) {
    case 'publication':
      return common;
    case 'official-sensitive':
      return [...common, 'OFFICIAL-SENSITIVE'];
    case 'draft':
      return [...common, 'OFFICIAL-SENSITIVE', 'DRAFT', upToRecipient(draftNotice(marking.recipient), marking.recipient), upToRecipient(draftHeaderText(marking.recipient), marking.recipient), 'do not forward without the lead reviewer’s permission'];
  }
}
