/**
 * The agency a piece of evidence is from, as the partnership lists it. Evidence is filed by the
 * organisation, not by the text typed, so "greater manchester police" and "Greater Manchester
 * Police" are one agency and the name shown is always the list's own.
 */
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/open-database.ts';
import { listOrganisations, type Organisation } from '../store/repositories/organisations.ts';

export function knownAgencies(db: Db): Organisation[] {
  return listOrganisations(db)
    .filter((organisation) => organisation.kind === 'agency')
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** The listed agency of that name (any case); refused, naming the field at `path`, when there is none. */
export function requireAgency(db: Db, name: string, path: string): Organisation {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
  const found = knownAgencies(db).find((agency) => agency.name.toLowerCase() === wanted);
  if (found === undefined) {
    const message = `Choose an agency from the partnership’s list: “${name.trim()}” is not on it`;
    throw new AppError('INVALID_INPUT', `${message}.`, [{ path, message }]);
  }
  return found;
}
