/**
 * A synthetic register and report for the redaction benchmark: names from fakerEN_GB, seeded so
 * every run measures the same text; about 500 words a page, and one register value in roughly
 * every other paragraph, written in the forms the register must catch (capitals, possessive).
 */
import { fakerEN_GB as faker } from '@faker-js/faker';
import type { RegisterEntry } from '../../shared/reports/redaction.ts';
import { REPORT_SECTIONS, REPORT_SECTION_TITLES, type Block, type PrintableDocument } from '../../shared/reports/report-document.ts';

const WORDS_PER_PAGE = 500;
const WORDS_PER_PARAGRAPH = 100;

export function syntheticRegister(entries: number): RegisterEntry[] {
  faker.seed(9);
  return Array.from({ length: entries }, (_, index) => {
    const given = faker.person.firstName();
    const family = `${faker.person.lastName()}${index}`;
    return {
      id: `person:${index + 1}`,
      source: 'person' as const,
      label: index % 4 === 0 ? 'Child' : 'Family member',
      pseudonym: index % 4 === 0 ? `Child ${index}` : `Adult ${index}`,
      values: [
        { kind: 'name' as const, value: `${given} ${family}` },
        { kind: 'name' as const, value: family },
      ],
    };
  });
}

export function syntheticReport(register: readonly RegisterEntry[], pages: number): PrintableDocument {
  faker.seed(10);
  const paragraphs = Math.ceil((pages * WORDS_PER_PAGE) / WORDS_PER_PARAGRAPH);
  const perSection = Math.ceil(paragraphs / REPORT_SECTIONS.length);
  let written = 0;
  const sections = REPORT_SECTIONS.map((key) => {
    const blocks: Block[] = [];
    for (let index = 0; index < perSection && written < paragraphs; index += 1, written += 1) {
      let text = faker.lorem.words(WORDS_PER_PARAGRAPH);
      if (written % 2 === 0) {
        const entry = register[written % register.length]!;
        const name = entry.values[0]!.value;
        const form = written % 6 === 0 ? name.toUpperCase() : written % 6 === 2 ? `${name}'s` : name;
        text = `${text.slice(0, 200)} ${form} ${text.slice(200)}`;
      }
      blocks.push({ type: 'paragraph', text });
    }
    return { key, heading: REPORT_SECTION_TITLES[key], blocks };
  });
  return { title: 'Local child safeguarding practice review', subtitle: 'Benchmark', layout: 'report', sections };
}
