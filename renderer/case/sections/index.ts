/** Each section of a case's page: its name in the navigation, its component, and the kinds of case it is for. */
import type { ComponentType } from 'react';
import type { CaseKind } from '../../../shared/case-kinds.ts';
import type { CaseSection } from '../../session/places.ts';
import type { SectionProps } from '../section-props.ts';
import { DeclarationsSection } from './DeclarationsSection.tsx';
import { DocumentsSection } from './DocumentsSection.tsx';
import { FactualAccuracySection } from './FactualAccuracySection.tsx';
import { LcsprSection } from './LcsprSection.tsx';
import { MediaEnquiriesSection } from './MediaEnquiriesSection.tsx';
import { MeetingsSection } from './MeetingsSection.tsx';
import { NationalPanelSection } from './NationalPanelSection.tsx';
import { OverviewSection } from './OverviewSection.tsx';
import { ParallelProcessesSection } from './ParallelProcessesSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { ReferralSection } from './ReferralSection.tsx';
import { RequestsSection } from './RequestsSection.tsx';
import { SecuredFilesSection } from './SecuredFilesSection.tsx';
import { SecuringSection } from './SecuringSection.tsx';
import { SummariesSection } from './SummariesSection.tsx';
import { ChronologySection } from './ChronologySection.tsx';
import { ScreeningSection } from './ScreeningSection.tsx';
import { SignOffAndPublicationSection } from './SignOffAndPublicationSection.tsx';
import { ExchangeSection } from './ExchangeSection.tsx';
import { ReportSection } from '../../reports/ReportSection.tsx';
import { CaseDiscussionSection } from '../../reports/CaseDiscussionSection.tsx';
import { RedactionSection } from '../../redaction/RedactionSection.tsx';
import { ActionPlanSection } from '../../action-plan/ActionPlanSection.tsx';
import { CaseLearningSection } from '../../learning/CaseLearningSection.tsx';

export const SECTION_COMPONENTS: Readonly<Record<CaseSection, ComponentType<SectionProps>>> = {
  overview: OverviewSection,
  referral: ReferralSection,
  people: PeopleSection,
  screening: ScreeningSection,
  requests: RequestsSection,
  securing: SecuringSection,
  summaries: SummariesSection,
  chronology: ChronologySection,
  meetings: MeetingsSection,
  'national-panel': NationalPanelSection,
  lcspr: LcsprSection,
  declarations: DeclarationsSection,
  'parallel-processes': ParallelProcessesSection,
  'factual-accuracy': FactualAccuracySection,
  'sign-off-and-publication': SignOffAndPublicationSection,
  'media-enquiries': MediaEnquiriesSection,
  documents: DocumentsSection,
  'secured-files': SecuredFilesSection,
  exchange: ExchangeSection,
  report: ReportSection,
  'case-discussion': CaseDiscussionSection,
  redaction: RedactionSection,
  'action-plan': ActionPlanSection,
  learning: CaseLearningSection,
};

export const SECTION_LABELS: Readonly<Record<CaseSection, string>> = {
  overview: 'Overview',
  referral: 'Referral',
  people: 'People',
  screening: 'Screening',
  requests: 'Information requests',
  securing: 'Securing files',
  summaries: 'Agency summaries',
  chronology: 'Chronology',
  meetings: 'Meetings',
  'national-panel': 'National Panel',
  lcspr: 'LCSPR set-up',
  declarations: 'Declarations of interest',
  'parallel-processes': 'Linked and parallel processes',
  'factual-accuracy': 'Factual accuracy',
  'sign-off-and-publication': 'Sign-off and publication',
  'media-enquiries': 'Media enquiries',
  documents: 'Documents',
  'secured-files': 'Secured files',
  exchange: 'Send and receive',
  report: 'Report',
  'case-discussion': 'Case discussion',
  redaction: 'Redaction and exports',
  'action-plan': 'Action plan',
  learning: 'Learning and feedback',
};

const REVIEWS: readonly CaseKind[] = ['lcspr', 'non-statutory-review', 'serious-offence-review', 'good-outcome-review'];
/** Agencies' summaries and chronologies are gathered for a rapid review and for every kind of review. */
const EVIDENCE_KINDS: readonly CaseKind[] = ['rapid-review', ...REVIEWS];
const EVERY_KIND: readonly CaseKind[] = ['rapid-review', 'lcspr', 'non-statutory-review', 'serious-offence-review', 'good-outcome-review', 'care-leaver-signpost'];

/**
 * Which kinds of case each section is for (DOMAIN.md's stages). An LCSPR was a rapid review
 * first and keeps that history, so the rapid review's sections stay in use for it.
 */
const SECTION_KINDS: Readonly<Record<CaseSection, readonly CaseKind[]>> = {
  overview: EVERY_KIND,
  referral: EVERY_KIND,
  people: EVERY_KIND,
  screening: EVERY_KIND,
  requests: EVIDENCE_KINDS,
  securing: EVIDENCE_KINDS,
  summaries: EVIDENCE_KINDS,
  chronology: EVIDENCE_KINDS,
  meetings: ['rapid-review', 'lcspr', 'serious-offence-review'],
  'national-panel': ['rapid-review', 'lcspr'],
  lcspr: REVIEWS,
  declarations: REVIEWS,
  'parallel-processes': EVERY_KIND,
  'factual-accuracy': REVIEWS,
  'sign-off-and-publication': REVIEWS,
  'media-enquiries': EVERY_KIND,
  documents: EVERY_KIND,
  'secured-files': EVIDENCE_KINDS,
  exchange: EVERY_KIND,
  report: REVIEWS,
  'case-discussion': REVIEWS,
  redaction: EVIDENCE_KINDS,
  // Every review ends in an action plan; a good outcome review's findings may still recommend actions.
  'action-plan': REVIEWS,
  learning: EVERY_KIND,
};

export function sectionUsedFor(section: CaseSection, kind: CaseKind): boolean {
  return SECTION_KINDS[section].includes(kind);
}

/** The set-up section holds an LCSPR's set-up, or the method and findings of the other reviews. */
export function sectionLabel(section: CaseSection, kind: CaseKind): string {
  return section === 'lcspr' && kind !== 'lcspr' ? 'Review arrangements' : SECTION_LABELS[section];
}
