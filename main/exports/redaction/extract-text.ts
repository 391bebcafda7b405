/** The text of written bytes, read back with the extractors the app ships (pdfjs-dist for PDF, yauzl for .docx). */
export { extractDocxText } from './extract-docx-text.ts';
export { extractPdfText, preparePdfExtraction } from './extract-pdf-text.ts';
