/**
 * The partnership's letterhead at the top of a letter's first page and the meeting pack's cover:
 * the logo on the left, no more than 25 mm high (its shape kept), and the partnership's name,
 * address and contact email on the right, with a rule beneath.
 */
import { rgb, type PDFImage } from 'pdf-lib';
import { AppError } from '../../../shared/errors.ts';
import type { Letterhead } from '../../../shared/evidence/letterhead.ts';
import { GREY } from './flow-text.ts';
import type { PageFlow } from './page-layout.ts';
import { drawTextLine, lineHeight, wrapText } from './pdf-text.ts';

const MM = 72 / 25.4;
const LOGO_MAX_HEIGHT = 25 * MM;
const LOGO_MAX_WIDTH = 60 * MM;
const GAP_BESIDE_LOGO = 14;
const NAME_SIZE = 13;
const ADDRESS_SIZE = 9.5;

async function embedLogo(flow: PageFlow, logo: NonNullable<Letterhead['logo']>): Promise<PDFImage> {
  const bytes = Buffer.from(logo.contentBase64, 'base64');
  try {
    return logo.mediaType === 'image/png' ? await flow.doc.embedPng(bytes) : await flow.doc.embedJpg(bytes);
  } catch {
    const kind = logo.mediaType === 'image/png' ? 'PNG' : 'JPEG';
    throw new AppError('INVALID_INPUT', `The letterhead’s logo cannot be read as a ${kind} image. An administrator can choose another logo in the letterhead settings.`);
  }
}

export async function drawLetterhead(flow: PageFlow, letterhead: Letterhead): Promise<void> {
  const page = flow.page;
  const top = flow.y;
  let logoWidth = 0;
  let logoHeight = 0;
  if (letterhead.logo !== null) {
    const image = await embedLogo(flow, letterhead.logo);
    const scale = Math.min(LOGO_MAX_HEIGHT / image.height, LOGO_MAX_WIDTH / image.width);
    logoWidth = image.width * scale;
    logoHeight = image.height * scale;
    page.drawImage(image, { x: flow.left, y: top - logoHeight, width: logoWidth, height: logoHeight });
  }

  const textWidth = flow.width - (logoWidth > 0 ? logoWidth + GAP_BESIDE_LOGO : 0);
  const nameStyle = { font: flow.fonts.bold, size: NAME_SIZE };
  const addressStyle = { font: flow.fonts.regular, size: ADDRESS_SIZE, color: GREY };
  const blocks = [
    { style: nameStyle, lines: wrapText(letterhead.partnershipName, flow.fonts, nameStyle, textWidth) },
    ...[...letterhead.addressLines, letterhead.contactEmail]
      .filter((line) => line.trim() !== '')
      .map((line) => ({ style: addressStyle, lines: wrapText(line, flow.fonts, addressStyle, textWidth) })),
  ];
  let y = top;
  for (const { style, lines } of blocks) {
    for (const line of lines) {
      drawTextLine(page, line, flow.fonts, style, flow.right, y - style.size, 'right');
      y -= lineHeight(style.size);
    }
    if (style === nameStyle) y -= 2;
  }

  const ruleY = Math.min(y, top - logoHeight) - 8;
  page.drawLine({ start: { x: flow.left, y: ruleY }, end: { x: flow.right, y: ruleY }, thickness: 0.75, color: rgb(0.6, 0.6, 0.6) });
  flow.y = ruleY - 18;
}
