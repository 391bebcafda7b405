/**
 * OLE compound files: a password-protected workbook (Excel wraps the encrypted .xlsx in one) and a
 * legacy Excel 97–2003 .xls are both OLE files, told apart by the streams in the directory. Each
 * is refused with its own request; any other OLE file (an old Word document, say) is not a
 * spreadsheet at all.
 */
import { oleStreamNames } from './guard-ole-directory.ts';
import { ASK_FOR_XLSX, refuse, refuseNotAWorkbook } from './guard-refusal.ts';

/** Streams that name what an OLE file holds (MS-OFFCRYPTO, MS-XLS, MS-DOC, MS-PPT). */
const OTHER_OFFICE: readonly (readonly [string, string])[] = [
  ['WordDocument', 'a Word 97–2003 document (.doc)'],
  ['PowerPoint Document', 'a PowerPoint 97–2003 presentation (.ppt)'],
  ['__substg1.0_0037001F', 'an Outlook message'],
];

function streamNames(fileName: string, bytes: Buffer): Set<string> {
  const names = oleStreamNames(bytes);
  if (names === null) refuse(`${fileName} is damaged: it starts like an older Microsoft Office file but cannot be read as one. ${ASK_FOR_XLSX}`);
  return names;
}

/** Always refuses: there is no OLE file the reader accepts. */
export function refuseOleFile(fileName: string, bytes: Buffer): never {
  const streams = streamNames(fileName, bytes);
  if (streams.has('EncryptionInfo') && streams.has('EncryptedPackage')) {
    refuse(`${fileName} is protected with a password. Ask the agency to remove the password and send it again.`);
  }
  if (streams.has('Workbook') || streams.has('Book')) {
    refuse(`${fileName} is an old-style Excel 97–2003 (.xls) file. Ask the agency to save it as an Excel Workbook (.xlsx).`);
  }
  const other = OTHER_OFFICE.find(([stream]) => streams.has(stream));
  refuseNotAWorkbook(fileName, other === undefined ? 'an older Microsoft Office file that is not a spreadsheet' : other[1]);
}
