import { AppError } from '../../../shared/errors.ts';
import { STATUTORY_PARTNERS, type StatutoryPartner } from '../../../shared/organisations.ts';
import type { Db } from '../open-database.ts';

export interface Organisation {
  readonly id: number;
  readonly name: string;
  readonly kind: 'agency' | 'business-unit';
  readonly statutoryPartner: StatutoryPartner | null;
}

export function listOrganisations(db: Db): Organisation[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.kind, s.partner AS statutoryPartner
       FROM organisations o LEFT JOIN statutory_partners s ON s.organisation_id = o.id ORDER BY o.kind DESC, o.name`,
    )
    .all() as Organisation[];
  return rows;
}

/** Looks an organisation up by its listed name; the error lists the names to choose from. */
export function organisationByName(db: Db, name: string): Organisation {
  const found = listOrganisations(db).find((organisation) => organisation.name.toLowerCase() === name.trim().toLowerCase());
  if (found === undefined) {
    const names = listOrganisations(db).map((organisation) => organisation.name).join('; ');
    throw new AppError('INVALID_INPUT', `There is no organisation called "${name}". Use one of: ${names}.`);
  }
  return found;
}

export function setStatutoryPartner(db: Db, organisationId: number, partner: StatutoryPartner | null): void {
  if (partner !== null && !STATUTORY_PARTNERS.includes(partner)) throw new AppError('INVALID_INPUT', `"${partner}" is not a statutory partner.`);
  db.prepare('DELETE FROM statutory_partners WHERE organisation_id = ?').run(organisationId);
  if (partner !== null) db.prepare('INSERT INTO statutory_partners (organisation_id, partner) VALUES (?, ?)').run(organisationId, partner);
}

/** A new agency; the name is unique whatever its case (the column collates without case). */
export function insertAgency(db: Db, name: string): number {
  return Number(db.prepare(`INSERT INTO organisations (name, kind) VALUES (?, 'agency')`).run(name).lastInsertRowid);
}
