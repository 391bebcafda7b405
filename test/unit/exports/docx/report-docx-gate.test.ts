/**
 * The redaction gate reads every part of a .docx, attribute values included. What the writer adds
 * around the report (styles, numbering, namespaces, page furniture) must give it nothing to find,
 * or every Word export would be refused for something no reviewer can redact.
 */
import { describe, expect, it } from 'vitest';
import { renderReportDocx } from '../../../../main/exports/docx/report-docx.ts';
import { extractDocxText } from '../../../../main/exports/redaction/extract-text.ts';
import { gateFindings } from '../../../../main/exports/redaction/gate.ts';
import type { RegisterEntry } from '../../../../shared/reports/redaction.ts';
import type { PrintMarking } from '../../../../shared/reports/report-document.ts';
import { briefingDocument, RECIPIENT, reportDocument } from './docx-fixtures.ts';

const REGISTER: RegisterEntry[] = [
  {
    id: 'person:1',
    source: 'person',
    label: 'Child',
    pseudonym: 'Child Q',
    values: [
      { kind: 'name', value: 'Ellie Marsh' },
      { kind: 'name', value: 'Ellie' },
      { kind: 'name', value: 'Marsh' },
      { kind: 'date-of-birth', value: '2015-03-12' },
      { kind: 'contact', value: '07700 900123' },
    ],
  },
  { id: 'person:2', source: 'person', label: 'Mother', pseudonym: 'Mother', values: [{ kind: 'name', value: 'Dawn Marsh' }, { kind: 'name', value: 'Dawn' }, { kind: 'contact', value: 'QQ 12 34 56 C' }] },
  { id: 'person:3', source: 'person', label: 'Health visitor', pseudonym: 'Health Visitor 1', values: [{ kind: 'name', value: 'Samuel Okafor' }, { kind: 'name', value: 'Samuel' }, { kind: 'name', value: 'Okafor' }] },
  { id: 'place:1', source: 'place', label: 'Place', pseudonym: 'the school', values: [{ kind: 'place', value: 'Hillcrest Primary School' }] },
];

const MARKINGS: PrintMarking[] = [{ mode: 'publication' }, { mode: 'draft', recipient: RECIPIENT }, { mode: 'official-sensitive' }];

describe('a .docx under the redaction gate', () => {
  it.each(MARKINGS)('gives the gate nothing to find in a pseudonymised report ($mode)', async (marking) => {
    const text = await extractDocxText(await renderReportDocx(reportDocument(), marking));
    expect(text).toContain('Child Q lived with Mother');
    expect(gateFindings(text, REGISTER, [])).toEqual([]);
  });

  it('gives the gate nothing to find in a briefing', async () => {
    expect(gateFindings(await extractDocxText(await renderReportDocx(briefingDocument(), { mode: 'publication' })), REGISTER, [])).toEqual([]);
  });

  it('still shows the gate a name, a date of birth and a phone number left in the text', async () => {
    const document = reportDocument();
    const leaky = { ...document, sections: [{ key: 'overview', heading: 'Overview', blocks: [{ type: 'list' as const, ordered: false, items: ['ELLIE’s mother called on 07700 900123.', 'Born 12 March 2015.'] }] }] };
    const findings = gateFindings(await extractDocxText(await renderReportDocx(leaky, { mode: 'publication' })), REGISTER, []);
    expect(findings.map((finding) => finding.kind).sort()).toEqual(expect.arrayContaining(['name', 'contact', 'date-of-birth']));
  });
});
