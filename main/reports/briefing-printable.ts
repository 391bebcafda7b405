/**
 * The 7-minute briefing as a printable document: its seven sections, each keyed `section-1` …
 * `section-7` (the redaction places' section names), set compactly on one or two pages. A
 * briefing is published, so it is redacted like the publication copy.
 */
import type { Block, BriefingContent, PrintableDocument } from '../../shared/reports/report-document.ts';
import { paragraphsOf } from './export-text.ts';

/** "Learning from the review concerning Child Q", or "Learning from 4 reviews" for a theme across several. */
function briefingSubtitle(covers: readonly string[], children: string): string {
  if (covers.length > 0) return `7-minute briefing: learning from ${covers.length + 1} reviews`;
  return children === '' ? '7-minute briefing: learning from this review' : `7-minute briefing: learning from the review concerning ${children}`;
}

export function briefingPrintable(briefing: { content: BriefingContent; covers: readonly string[] }, children: string): PrintableDocument {
  return {
    title: briefing.content.title,
    subtitle: briefingSubtitle(briefing.covers, children),
    sections: briefing.content.sections.map((section, index) => {
      const paragraphs: Block[] = paragraphsOf(section.text);
      return { key: `section-${index + 1}`, heading: section.heading, blocks: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph', text: section.text }] };
    }),
    layout: 'briefing',
  };
}
