/** PLACEHOLDER (helper A): the text of written bytes, read back with the extractors the app ships. */

/** Every page's text, by pdfjs-dist's legacy build (council desktops have no pdftotext). */
export async function extractPdfText(_bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  throw new Error('not built yet');
}

/** The text of every part of a .docx package: XML text, attribute values, and anything else readable. */
export async function extractDocxText(_bytes: Uint8Array): Promise<string> {
  throw new Error('not built yet');
}
