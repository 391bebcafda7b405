/**
 * Whether a workbook counts its dates from 1904 (older Mac workbooks) rather than 1900. The
 * same serial number is then a date four years and a day later, so reading it wrong would move
 * every event in the chronology. exceljs's streaming reader only notices `date1904="1"`; the
 * file format also allows "true", so the flag is read here, straight from xl/workbook.xml.
 */
import yauzl from 'yauzl';

const WORKBOOK_XML = 'xl/workbook.xml';
/** workbook.xml is a few kilobytes; anything far larger is not worth reading for one attribute. */
const MAX_WORKBOOK_XML_BYTES = 4 * 1024 * 1024;
const DATE_1904 = /<(?:\w+:)?workbookPr\b[^>]*?\bdate1904\s*=\s*["'](?:1|true)["']/;

export async function usesDate1904(bytes: Buffer): Promise<boolean> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== WORKBOOK_XML) continue;
      if (entry.uncompressedSize > MAX_WORKBOOK_XML_BYTES) return false;
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return DATE_1904.test(Buffer.concat(chunks).toString('utf8'));
    }
    return false;
  } finally {
    zip.close();
  }
}
