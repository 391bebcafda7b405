/**
 * Synthetic inputs for the PDF tests: a letterhead with a logo drawn here as a PNG, a request
 * letter's input, a composite chronology of any length and a meeting pack. Every person is made
 * up; some names use letters outside Latin-1 ("Łukasz", "Zoë", "Siân") to prove the font.
 */
import zlib from 'node:zlib';
import { fakerEN_GB as faker } from '@faker-js/faker';
import { SIGNIFICANCE_TESTS } from '../../../shared/evidence/chronology.ts';
import type { ChronologyGap, CompositeEntry } from '../../../shared/evidence/composite.ts';
import type { Letterhead } from '../../../shared/evidence/letterhead.ts';
import type { CompositePdfInput, MeetingPackInput, RequestLetterInput } from '../../../main/exports/pdf/pdf-inputs.ts';

export const UNICODE_NAMES = ['Łukasz Wójcik', 'Zoë Ó Súilleabháin', 'Siân'] as const;

/** A PNG of the given size: a teal square with a white ring, drawn pixel by pixel. */
export function logoPng(width = 120, height = 80): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const distance = Math.hypot(x - width / 2, y - height / 2);
      const ring = Math.abs(distance - Math.min(width, height) / 3) < Math.min(width, height) / 12;
      row.set(ring ? [255, 255, 255] : [0, 110, 120], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

export function letterhead(overrides: Partial<Letterhead> = {}): Letterhead {
  return {
    partnershipName: 'Northshire Safeguarding Children Partnership',
    addressLines: ['Business Unit, Civic Centre', '1 Market Street', 'Northshire NS1 2AB'],
    contactEmail: 'business.unit@example.com',
    signatoryName: 'Siân Pritchard-Łoś',
    signatoryRole: 'Business Unit Manager',
    logo: { mediaType: 'image/png', contentBase64: logoPng().toString('base64') },
    ...overrides,
  };
}

export function requestLetterInput(overrides: Partial<RequestLetterInput> = {}): RequestLetterInput {
  return {
    letterhead: letterhead(),
    reference: 'RR-2026-014',
    letterDate: '2026-12-02',
    recipient: { name: 'Zoë Ó Súilleabháin', role: 'Designated Safeguarding Lead', agency: 'Northshire Community Health', email: 'zoe.osuilleabhain@example.com' },
    dueOn: '2026-12-09',
    workingDays: 5,
    secureFiles: true,
    meeting: { heldOn: '2026-12-17', startsAt: '10:00' },
    subjects: [
      { role: 'Child', name: 'Łukasz Wójcik', otherNames: ['Luke Wojcik'], datesOfBirth: ['2019-04-03'], addresses: ['14 Orchard Way, Northshire NS4 7QP'] },
      { role: 'Mother', name: 'Agnieszka Wójcik', otherNames: [], datesOfBirth: ['1994-11-21'], addresses: ['14 Orchard Way, Northshire NS4 7QP', '3 Canal Side, Northshire NS2 1RT (until March 2025)'] },
      { role: 'Mother’s partner', name: 'Siân Hughes', otherNames: ['Siân Jones'], datesOfBirth: ['1990-02-14'], addresses: ['Not known'] },
    ],
    ...overrides,
  };
}

const AGENCIES = ['Greater Northshire Police', 'Northshire Community Health', 'Education', 'Children’s Social Care', 'Housing', 'North West Ambulance Service'];

function noTests(): CompositeEntry['tests'] {
  return Object.fromEntries(SIGNIFICANCE_TESTS.map((test) => [test, null])) as CompositeEntry['tests'];
}

/** `count` entries over the years from 2023, in date order, some with long text, some flagged as duplicates. */
export function compositeEntries(count: number, seed = 6): CompositeEntry[] {
  faker.seed(seed);
  let day = Date.UTC(2023, 0, 3);
  const entries: CompositeEntry[] = [];
  for (let id = 1; id <= count; id++) {
    // Now and then a long silence, so the chronology shows gaps.
    day += (id % 250 === 30 ? 45 : faker.number.int({ min: 0, max: 3 })) * 86_400_000;
    const agency = faker.helpers.arrayElement(AGENCIES);
    const tests = noTests();
    for (const test of faker.helpers.arrayElements(SIGNIFICANCE_TESTS, { min: 0, max: 3 })) tests[test] = true;
    const long = id % 97 === 0;
    const flagged = id % 41 === 0 || id % 41 === 1;
    entries.push({
      id,
      agency,
      statedAgency: null,
      sheet: 'Chronology',
      row: id + 5,
      date: new Date(day).toISOString().slice(0, 10),
      time: faker.datatype.boolean() ? `${String(faker.number.int({ min: 8, max: 19 })).padStart(2, '0')}:${faker.helpers.arrayElement(['00', '15', '30', '45'])}` : null,
      source: faker.helpers.arrayElement(['Case notes', 'Home visit record', 'Strategy discussion minutes', 'GP record', 'School log']),
      event: `${faker.helpers.arrayElement(UNICODE_NAMES)} ${faker.lorem.sentence({ min: 6, max: 20 })}${long ? ` ${faker.lorem.paragraphs(3)}` : ''}`,
      risk: faker.lorem.sentence({ min: 4, max: 16 }),
      response: faker.lorem.sentences({ min: 1, max: 2 }),
      impact: faker.lorem.sentence({ min: 3, max: 14 }),
      partnership: faker.lorem.sentence({ min: 3, max: 12 }),
      learning: faker.datatype.boolean() ? faker.lorem.sentence({ min: 4, max: 14 }) : '',
      tests,
      agencies: [agency],
      duplicateGroup: flagged ? Math.ceil(id / 41) : null,
      duplicateState: flagged ? 'flagged' : null,
      mergedRowIds: [],
    });
  }
  return entries;
}

/** The gaps of more than `days` days between consecutive entries. */
export function gapsIn(entries: readonly CompositeEntry[], days = 28): ChronologyGap[] {
  const gaps: ChronologyGap[] = [];
  for (let index = 1; index < entries.length; index++) {
    const from = entries[index - 1]!.date;
    const to = entries[index]!.date;
    const between = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (between > days) gaps.push({ from, to, days: between });
  }
  return gaps;
}

export function compositePdfInput(entries: readonly CompositeEntry[], gaps: readonly ChronologyGap[] = gapsIn(entries)): CompositePdfInput {
  return { letterhead: letterhead(), reference: 'RR-2026-014', madeOn: '2026-12-15', filterDescription: 'All agencies, all significance tests and principles.', entries, gaps };
}

export function meetingPackInput(overrides: Partial<MeetingPackInput> = {}): MeetingPackInput {
  const entries = compositeEntries(60);
  return {
    letterhead: letterhead(),
    reference: 'RR-2026-014',
    madeOn: '2026-12-15',
    meeting: { heldOn: '2026-12-17', startsAt: '10:00' },
    referral: [
      { label: 'Referrer', value: 'Zoë Ó Súilleabháin, Northshire Community Health' },
      { label: 'Date of the incident', value: '24 November 2026' },
      { label: 'Date of the referral', value: '26 November 2026' },
      { label: 'About the child', value: `Łukasz is seven. ${faker.lorem.paragraphs(2)}` },
      { label: 'What happened', value: faker.lorem.paragraphs(3) },
      { label: 'Why there may be learning', value: faker.lorem.paragraphs(2) },
      { label: 'Immediate safety actions', value: '' },
    ],
    summaries: AGENCIES.slice(0, 4).map((agency) => ({
      agency,
      fields: [
        { label: 'Author', value: 'Siân Hughes, Safeguarding Lead' },
        { label: 'Involvement with the child and family', value: faker.lorem.paragraphs(4) },
        { label: 'Analysis of practice', value: faker.lorem.paragraphs(3) },
        { label: 'Learning identified', value: faker.lorem.paragraphs(1) },
      ],
    })),
    awaitedSummaries: ['Housing', 'North West Ambulance Service'],
    composite: { entries, gaps: gapsIn(entries) },
    ...overrides,
  };
}

export { faker };
