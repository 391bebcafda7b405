// pdfjs-dist ships no types for its worker module; only its message handler is used, to run pdfjs without a worker thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
