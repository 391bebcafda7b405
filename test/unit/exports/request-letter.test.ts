import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { requestLetterPdf } from '../../../main/exports/pdf/request-letter.ts';
import { expectMarkedOnEveryPage, expectOnlyLiberationSansEmbedded, expectProperties } from './pdf-checks.ts';
import { letterhead, requestLetterInput, UNICODE_NAMES } from './pdf-fixtures.ts';
import { firstPageAsJpeg, pdfImages, pdfInfo, pdfText } from './pdf-text.ts';

/** pdftotext breaks lines where the PDF does; join them to read the letter as sentences. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the request letter', () => {
  const input = requestLetterInput();
  let bytes: Uint8Array;
  let text: string;

  beforeAll(async () => {
    bytes = await requestLetterPdf(input);
    text = flat(pdfText(bytes));
  });

  it('prints names with letters outside Latin-1 so they can be found in the text', () => {
    for (const name of UNICODE_NAMES) expect(text).toContain(name);
    expect(text).toContain('Dear Zoë Ó Súilleabháin,');
  });

  it('is addressed, dated and titled as a letter', () => {
    expect(text).toContain('Designated Safeguarding Lead Northshire Community Health');
    expect(text).toContain('Date: Wednesday 2 December 2026');
    expect(text).toContain('Request for information: RR-2026-014');
  });

  it('says what is asked for and by when, in words and in working days', () => {
    expect(text).toContain('a completed Agency Summary Form');
    expect(text).toContain('Significant Practice Event (SPE) chronology');
    expect(text).toContain('Please send both by Wednesday 9 December 2026: 5 working days from the date of this letter.');
  });

  it('states the duty to comply and that non-compliance is escalated', () => {
    expect(text).toContain('Working Together to Safeguard Children 2023');
    expect(text).toContain('escalated');
    expect(text).toContain('Lead Safeguarding Partners for formal action');
  });

  it('names the five principles', () => {
    for (const principle of ['Risk:', 'Response:', 'Impact:', 'Partnership:', 'Learning:']) expect(text).toContain(principle);
  });

  it('gives the meeting date and that papers go out at least 24 hours before', () => {
    expect(text).toContain('Thursday 17 December 2026 at 10:00');
    expect(text).toContain('at least 24 hours before the meeting');
  });

  it('lists the people to search for with their other names, dates of birth and addresses', () => {
    expect(text).toContain('Luke Wojcik');
    expect(text).toContain('3 April 2019');
    expect(text).toContain('3 Canal Side, Northshire NS2 1RT');
  });

  it('is signed by the signatory for the partnership', () => {
    expect(text).toMatch(/Yours sincerely, Siân Pritchard-Łoś Business Unit Manager Northshire Safeguarding Children Partnership/);
  });

  it('asks for records to be secured when the request says so', () => {
    expect(text).toContain('Securing your records');
    expect(text).toContain('nominated representative');
    expect(text).toContain('make a copy and secure it');
  });

  it('is OFFICIAL-SENSITIVE with a page number on every page', () => {
    expectMarkedOnEveryPage(bytes);
  });

  it('embeds Liberation Sans and no standard font', () => {
    expectOnlyLiberationSansEmbedded(bytes);
  });

  it('has a title and the partnership as author, and no person’s name in its properties', async () => {
    const people = [input.recipient.name, input.letterhead.signatoryName, ...input.subjects.map((subject) => subject.name)];
    await expectProperties(bytes, 'Request for information – RR-2026-014', 'Northshire Safeguarding Children Partnership', people);
  });
});

describe('the request letter, varied', () => {
  it('leaves out the securing section when files need not be secured', async () => {
    const text = flat(pdfText(await requestLetterPdf(requestLetterInput({ secureFiles: false }))));
    expect(text).not.toContain('Securing your records');
    expect(text).not.toContain('nominated representative');
    expect(text).toContain('Who to search for');
  });

  it('says the meeting date will follow when none is set', async () => {
    const text = flat(pdfText(await requestLetterPdf(requestLetterInput({ meeting: null }))));
    expect(text).toContain('We will tell you the date of the review meeting once it is set.');
  });

  it('does not throw on emoji or Chinese in a name, printing a question mark for each', async () => {
    const subjects = [{ role: 'Child', name: 'Mia 🌟 王', otherNames: [], datesOfBirth: ['2020-01-05'], addresses: [] }];
    const text = flat(pdfText(await requestLetterPdf(requestLetterInput({ subjects }))));
    expect(text).toContain('Mia ? ?');
  });

  it('draws the logo 25 mm high, keeping its shape', async () => {
    const [logo, ...others] = pdfImages(await requestLetterPdf(requestLetterInput()));
    expect(others).toHaveLength(0);
    expect(logo).toMatchObject({ page: 1, width: 120, height: 80 });
    // 80 pixels over 25 mm is 81 pixels to the inch, the same across as down.
    expect(logo!.yPpi).toBe(81);
    expect(logo!.xPpi).toBe(logo!.yPpi);
  });

  it('takes a JPEG logo', async () => {
    const jpeg = firstPageAsJpeg(await requestLetterPdf(requestLetterInput({ letterhead: letterhead({ logo: null }) })));
    const bytes = await requestLetterPdf(requestLetterInput({ letterhead: letterhead({ logo: { mediaType: 'image/jpeg', contentBase64: jpeg.toString('base64') } }) }));
    expect(pdfImages(bytes).map((image) => image.encoding)).toEqual(['jpeg']);
  });

  it('is made without a logo', async () => {
    const bytes = await requestLetterPdf(requestLetterInput({ letterhead: letterhead({ logo: null }) }));
    expect(pdfImages(bytes)).toHaveLength(0);
    expect(flat(pdfText(bytes, 1))).toContain('Northshire Safeguarding Children Partnership');
  });

  it('refuses a logo that is not the image it claims to be, saying what to do', async () => {
    const logo = { mediaType: 'image/png' as const, contentBase64: Buffer.from('not an image').toString('base64') };
    const made = requestLetterPdf(requestLetterInput({ letterhead: letterhead({ logo }) }));
    await expect(made).rejects.toBeInstanceOf(AppError);
    await expect(made).rejects.toThrow(/logo cannot be read as a PNG image/);
  });

  it('carries a long list of people onto further pages, marking and numbering each', async () => {
    const subjects = Array.from({ length: 40 }, (_, index) => ({
      role: index === 0 ? 'Child' : 'Family member',
      name: `Łukasz Wójcik ${index + 1}`,
      otherNames: ['Luke'],
      datesOfBirth: ['1990-02-14'],
      addresses: [`${index + 1} Orchard Way, Northshire NS4 7QP`, 'Flat 2, 9 Mill Lane, Northshire NS1 4XY'],
    }));
    const bytes = await requestLetterPdf(requestLetterInput({ subjects }));
    expect(Number(pdfInfo(bytes).Pages)).toBeGreaterThanOrEqual(4);
    const pages = expectMarkedOnEveryPage(bytes);
    const text = flat(pages.join(' '));
    for (let index = 1; index <= 40; index++) expect(text).toContain(`Łukasz Wójcik ${index} `);
    // The table's header row is repeated on each page the table reaches.
    const withRows = pages.filter((page) => page.includes('Łukasz Wójcik'));
    for (const page of withRows) expect(page).toContain('Date of birth');
  });
});
