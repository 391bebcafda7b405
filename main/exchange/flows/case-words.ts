/** The words a case handed over is described in: counts and sizes as people say them. */

/** "1 record", "12 records". */
export function counted(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** "820 bytes", "14 KB", "3.2 MB" (1 KB = 1,024 bytes, as Windows counts, and as the case's documents list shows). */
export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return counted(bytes, 'byte', 'bytes');
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-GB')} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes).toLocaleString('en-GB')} MB`;
}
