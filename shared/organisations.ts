/**
 * The partnership's organisations: the agencies DOMAIN.md names and the Business Unit itself.
 * Which organisation counts as which statutory partner is data (an editable mapping in the
 * store); these are its defaults.
 */

export const BUSINESS_UNIT = 'Business Unit';

export const AGENCIES = [
  'CAMHS',
  'NHS GM ICB Salford locality',
  'HM Prisons and Probation Service',
  'Education',
  'Greater Manchester Police',
  'Greater Manchester Mental Health Trust',
  'Home Office',
  'Housing',
  'North West Ambulance Service',
  'Public Health',
  "Salford City Council Children's Services",
  'Early Help',
  'Northern Care Alliance',
  'Community Safety',
  'Youth Justice',
] as const;

export const STATUTORY_PARTNERS = ['local-authority', 'police', 'health'] as const;
export type StatutoryPartner = (typeof STATUTORY_PARTNERS)[number];

export const STATUTORY_PARTNER_LABELS: Readonly<Record<StatutoryPartner, string>> = {
  'local-authority': 'Local Authority',
  police: 'Police',
  health: 'ICB (health)',
};

export const DEFAULT_STATUTORY_PARTNER_MAP: ReadonlyArray<{ organisation: string; partner: StatutoryPartner }> = [
  { organisation: 'NHS GM ICB Salford locality', partner: 'health' },
  { organisation: 'Greater Manchester Police', partner: 'police' },
  { organisation: "Salford City Council Children's Services", partner: 'local-authority' },
  { organisation: 'Early Help', partner: 'local-authority' },
];
