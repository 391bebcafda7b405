/**
 * A file's type as a person at an agency would name it ("PDF", "Word document"), from the media
 * type main sniffed from its content at intake. Anything not listed shows the media type itself:
 * exact, if not friendly, and never a guess from the file's name.
 */
const NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.ms-excel': 'Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
  'application/vnd.ms-powerpoint': 'PowerPoint presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.ms-outlook': 'Outlook message',
  'message/rfc822': 'Email message',
  'application/zip': 'Zip archive',
  'application/rtf': 'Rich text',
  'text/plain': 'Text',
  'text/csv': 'CSV',
  'text/html': 'Web page',
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'image/gif': 'GIF image',
  'image/tiff': 'TIFF image',
  'image/heic': 'HEIC photo',
  'audio/mpeg': 'MP3 audio',
  'audio/wav': 'WAV audio',
  'audio/x-wav': 'WAV audio',
  'video/mp4': 'MP4 video',
  'video/quicktime': 'QuickTime video',
  'application/octet-stream': 'Not recognised',
};

export function describeMediaType(mediaType: string): string {
  return NAMES[mediaType.toLowerCase()] ?? mediaType;
}
