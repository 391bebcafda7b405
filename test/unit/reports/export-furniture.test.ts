import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../../shared/reports/redaction.ts';
import { gateFindings } from '../../../main/exports/redaction/gate.ts';
import { draftNotice } from '../../../main/exports/pdf/report-page-marks.ts';
import { exportFurniture } from '../../../main/reports/export-furniture.ts';

const register: RegisterEntry[] = [
  { id: 'person:1', source: 'person', label: 'Child', pseudonym: 'Child Q', values: [{ kind: 'name', value: 'Ellie Page' }, { kind: 'name', value: 'Page' }] },
  { id: 'person:2', source: 'person', label: 'Health visitor', pseudonym: 'Health visitor', values: [{ kind: 'name', value: 'Priya Nandra' }] },
];

describe('the words the writers print themselves', () => {
  it('let a family called Page and a draft for a practitioner on the register through, and nothing else', () => {
    const marking = { mode: 'draft', recipient: 'Priya Nandra' } as const;
    const printed = `${draftNotice('Priya Nandra')}\nOFFICIAL-SENSITIVE\nDRAFT\nChild Q was seen.\nPage 1 of 3`;
    expect(gateFindings(printed, register, [])).not.toEqual([]);
    expect(gateFindings(printed, register, [], { furniture: exportFurniture(marking) })).toEqual([]);
    // The same names anywhere else are still found. (The word "page" alone is the writer's
    // everywhere: the body's own were replaced on the data before rendering.)
    const leaked = `${printed}\nPriya Nandra visited. ELLIE PAGE'S file was found.`;
    expect(gateFindings(leaked, register, [], { furniture: exportFurniture(marking) }).map((finding) => finding.value)).toEqual(expect.arrayContaining(['Priya Nandra', 'Ellie Page']));
  });

  it('allow only the page numbers on a publication copy: no recipient line', () => {
    const printed = `${draftNotice('Priya Nandra')}\nPage 1 of 3`;
    expect(gateFindings(printed, register, [], { furniture: exportFurniture({ mode: 'publication' }) }).map((finding) => finding.value)).toEqual(['Priya Nandra']);
  });
});
