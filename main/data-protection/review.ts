/**
 * What the search found, summed up for the screen: how many findings in each place (every place,
 * so the officer sees where the search looked), the cases they are on, their people records, and
 * what could not be searched here.
 */
import { DATA_PROTECTION_PLACE_LABELS, DATA_PROTECTION_PLACES, type DataProtectionPlace, type DataProtectionReview } from '../../shared/ipc/data-protection-calls.ts';
import type { CaseInfo, Finding } from './findings.ts';
import { filesFound } from './request-zip.ts';
import type { StoreSearch } from './search-store.ts';

export function countByPlace(findings: readonly Finding[]): Map<DataProtectionPlace, number> {
  const counts = new Map<DataProtectionPlace, number>(DATA_PROTECTION_PLACES.map((place) => [place, 0]));
  for (const finding of findings) counts.set(finding.place, counts.get(finding.place)! + 1);
  return counts;
}

export interface CaseFound {
  readonly info: CaseInfo;
  readonly found: number;
  readonly places: readonly DataProtectionPlace[];
}

/** The cases with a finding, by reference. */
export function casesFound(search: StoreSearch): CaseFound[] {
  const byCase = new Map<number, Finding[]>();
  for (const finding of search.findings) {
    if (finding.caseId === null) continue;
    const list = byCase.get(finding.caseId);
    if (list === undefined) byCase.set(finding.caseId, [finding]);
    else list.push(finding);
  }
  return [...byCase]
    .flatMap(([caseId, findings]) => {
      const info = search.cases.get(caseId);
      if (info === undefined) return [];
      const places = DATA_PROTECTION_PLACES.filter((place) => findings.some((finding) => finding.place === place));
      return [{ info, found: findings.length, places }];
    })
    .sort((a, b) => a.info.reference.localeCompare(b.info.reference));
}

export function reviewOf(search: StoreSearch): DataProtectionReview {
  const counts = countByPlace(search.findings);
  const reference = (caseId: number) => search.cases.get(caseId)?.reference ?? String(caseId);
  return {
    name: search.subject.name,
    dateOfBirth: search.subject.dateOfBirth,
    found: search.findings.length,
    places: DATA_PROTECTION_PLACES.map((place) => ({ place, label: DATA_PROTECTION_PLACE_LABELS[place], found: counts.get(place)! })),
    cases: casesFound(search).map(({ info, found, places }) => ({
      reference: info.reference,
      kind: info.kind,
      stage: info.stage,
      open: info.open,
      found,
      places: places.map((place) => DATA_PROTECTION_PLACE_LABELS[place]),
    })),
    records: search.records.records.map((record) => ({
      caseReference: reference(record.caseId),
      role: record.role,
      relationship: record.details.relationship,
      name: `${record.givenNames} ${record.familyName}`,
      otherNames: [...record.details.otherNames],
      datesOfBirth: [...record.details.datesOfBirth],
    })),
    leftOutByDateOfBirth: search.records.leftOut.length,
    securedSets: search.securedSets.map((set) => ({ caseReference: reference(set.caseId), agency: set.agency, representative: set.representative, state: set.state, files: set.files })),
    documentsNotRead: search.notRead.length,
    filesFound: filesFound(search).length,
  };
}
