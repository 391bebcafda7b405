/**
 * The papers for the rapid review meeting as one PDF (policy section 18), to share at least 24
 * hours before it: a cover on the letterhead, the contents, then 1 the referral, 2 each agency's
 * summary (each on a new page, then the agencies still awaited) and 3 the composite chronology on
 * landscape pages, drawn by the same table code as the chronology's own PDF.
 */
import type { PDFPage } from 'pdf-lib';
import { addDays, dateInWords, dateWithWeekday } from './date-words.ts';
import { drawChronologyLegend, drawChronologyTable } from './chronology-table.ts';
import { insertContents, type ContentsEntry } from './contents-page.ts';
import { BODY_SIZE, drawHeading, drawParagraph, GREY } from './flow-text.ts';
import { drawLabelledFields } from './labelled-fields.ts';
import { drawLetterhead } from './letterhead-block.ts';
import { PageFlow, PROTECTIVE_MARKING } from './page-layout.ts';
import { createPdf, savePdf } from './pdf-document.ts';
import type { MeetingPackInput } from './pdf-inputs.ts';
import { addOutline, type OutlineItem } from './pdf-outline.ts';

export function meetingPackTitle(reference: string): string {
  return `Meeting pack – ${reference}`;
}

/** A heading in the pack, with the page it landed on, for the contents and the bookmarks. */
interface PlacedHeading {
  readonly title: string;
  readonly page: PDFPage;
  readonly children: PlacedHeading[];
}

async function drawCover(flow: PageFlow, input: MeetingPackInput): Promise<void> {
  flow.newPage('portrait');
  await drawLetterhead(flow, input.letterhead);
  flow.moveDown(70);
  drawParagraph(flow, 'Rapid review meeting pack', { bold: true, size: 24, spaceAfter: 10 });
  drawParagraph(flow, `Case reference: ${input.reference}`, { bold: true, size: 14, spaceAfter: 18 });
  if (input.meeting) {
    drawParagraph(flow, `Meeting: ${dateWithWeekday(input.meeting.heldOn)} at ${input.meeting.startsAt}`, { size: 12, spaceAfter: 4 });
  } else {
    drawParagraph(flow, 'Meeting: the date is not set yet', { size: 12, spaceAfter: 4 });
  }
  drawParagraph(flow, `Pack made on ${dateInWords(input.madeOn)}`, { size: 12, spaceAfter: 24 });

  drawParagraph(flow, 'Share at least 24 hours before the meeting', { bold: true, size: 13, spaceAfter: 4 });
  if (input.meeting) {
    const shareBy = `${dateWithWeekday(addDays(input.meeting.heldOn, -1))} at ${input.meeting.startsAt}`;
    drawParagraph(flow, `Send this pack to everyone attending by ${shareBy}, so they have time to read it.`, { spaceAfter: 24 });
  } else {
    drawParagraph(flow, 'Send this pack to everyone attending, so they have time to read it.', { spaceAfter: 24 });
  }
  drawParagraph(flow, `This pack is ${PROTECTIVE_MARKING}: it names a child and their family. Share it only with those attending the meeting, keep it securely and do not forward it.`, {
    color: GREY,
  });
}

function drawReferral(flow: PageFlow, input: MeetingPackInput): PlacedHeading {
  flow.newPage('portrait');
  drawHeading(flow, '1 Referral', 1);
  const heading = { title: '1 Referral', page: flow.page, children: [] };
  if (input.referral.length === 0) drawParagraph(flow, 'The referral has not been recorded.');
  else drawLabelledFields(flow, input.referral);
  return heading;
}

function drawSummaries(flow: PageFlow, input: MeetingPackInput): PlacedHeading {
  flow.newPage('portrait');
  drawHeading(flow, '2 Agency summaries', 1);
  const heading: PlacedHeading = { title: '2 Agency summaries', page: flow.page, children: [] };
  if (input.summaries.length === 0) drawParagraph(flow, 'No agency summaries have been received yet.');
  input.summaries.forEach((summary, index) => {
    if (index > 0) flow.newPage('portrait');
    const title = `2.${index + 1} ${summary.agency}`;
    drawHeading(flow, title, 2);
    heading.children.push({ title, page: flow.page, children: [] });
    drawLabelledFields(flow, summary.fields);
  });
  if (input.awaitedSummaries.length > 0) {
    flow.moveDown(BODY_SIZE);
    drawParagraph(flow, `Summaries still awaited from: ${input.awaitedSummaries.join(', ')}.`, { bold: true });
  }
  return heading;
}

function drawComposite(flow: PageFlow, input: MeetingPackInput): PlacedHeading {
  flow.newPage('landscape');
  drawHeading(flow, '3 Composite chronology', 1);
  const heading = { title: '3 Composite chronology', page: flow.page, children: [] };
  const count = input.composite.entries.length === 1 ? '1 entry' : `${input.composite.entries.length} entries`;
  drawParagraph(flow, `Every agency’s chronology in date order, each row attributed to the agencies that recorded it: ${count}.`, { spaceAfter: 4 });
  drawChronologyLegend(flow);
  drawChronologyTable(flow, input.composite.entries, input.composite.gaps);
  return heading;
}

function contentsEntries(headings: readonly PlacedHeading[]): ContentsEntry[] {
  return headings.flatMap((heading) => [{ title: heading.title, level: 1 as const, page: heading.page }, ...heading.children.map((child) => ({ title: child.title, level: 2 as const, page: child.page }))]);
}

export async function meetingPackPdf(input: MeetingPackInput): Promise<Uint8Array> {
  const pdf = await createPdf({ title: meetingPackTitle(input.reference), author: input.letterhead.partnershipName });
  const flow = new PageFlow(pdf.doc, pdf.fonts, 'portrait');
  await drawCover(flow, input);
  const headings = [drawReferral(flow, input), drawSummaries(flow, input), drawComposite(flow, input)];
  // After the cover, now that every heading's page is known.
  insertContents(pdf.doc, pdf.fonts, contentsEntries(headings), 1);
  const contentsPage = pdf.doc.getPage(1);
  const outline: OutlineItem[] = [{ title: 'Cover', page: pdf.doc.getPage(0), children: [] }, { title: 'Contents', page: contentsPage, children: [] }, ...headings];
  addOutline(pdf.doc, outline);
  return savePdf(pdf);
}
