/**
 * Reading docs/figures.md the way a person does: each figure's name in backticks, a part in
 * angle brackets standing for a value. `<clock>` stands for each value the page lists after
 * "`<clock>` is one of:"; any other placeholder (an agency, a theme) for any name part.
 */

const NAME = /`([a-z_]+(?:\.[a-z0-9_<>]+)+)`/g;
const PLACEHOLDER = /<([a-z]+)>/g;

/** The values the page lists for each listed placeholder. */
function placeholderValues(page: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const match of page.matchAll(/^`<([a-z]+)>` is one of: (.+)\.$/gm)) {
    values.set(match[1]!, [...match[2]!.matchAll(/`([a-z0-9_]+)`/g)].map((value) => value[1]!));
  }
  return values;
}

function expand(name: string, values: Map<string, string[]>): string[] {
  const match = /<([a-z]+)>/.exec(name);
  if (match === null) return [name];
  const listed = values.get(match[1]!);
  if (listed === undefined) return [name];
  return listed.flatMap((value) => expand(name.replace(match[0], value), values));
}

export function documentedNames(page: string): { patterns: RegExp[]; fixed: string[] } {
  const values = placeholderValues(page);
  const names = [...new Set([...page.matchAll(NAME)].map((match) => match[1]!))].flatMap((name) => expand(name, values));
  const patterns = names.map((name) => new RegExp(`^${name.replace(/\./g, '\\.').replace(PLACEHOLDER, '[a-z0-9_]+')}$`));
  return { patterns, fixed: names.filter((name) => !name.includes('<')) };
}

/** The table keys the section "The tables" names, in its order. */
export function documentedTableKeys(page: string): string[] {
  const section = page.split(/^## The tables$/m)[1] ?? '';
  return [...section.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]!);
}
