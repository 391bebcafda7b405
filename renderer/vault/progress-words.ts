/**
 * How far a transfer has gone, in words: beside a progress bar ("12 MB of 20 MB, 60%"), and for
 * screen readers, quantised so a live region speaks a few times per file, not at every chunk.
 */
import { formatSize } from '../case/documents/format-size.ts';

export interface Progress {
  readonly done: number;
  /** Null when the length is not known ahead (a watermarked PDF, a release). */
  readonly total: number | null;
}

/** Whole percent, never 100 before the end: a bar at 100% while the last chunk is sealed would mislead. */
export function percentOf({ done, total }: Progress): number | null {
  if (total === null) return null;
  if (total === 0) return 100;
  if (done >= total) return 100;
  return Math.min(99, Math.floor((done / total) * 100));
}

export function progressWords(progress: Progress): string {
  const percent = percentOf(progress);
  if (percent === null || progress.total === null) return `${formatSize(progress.done)} so far`;
  return `${formatSize(progress.done)} of ${formatSize(progress.total)}, ${percent}%`;
}

/** The step a live region announces at: 0, 25, 50, 75 or 100 (null while the length is unknown). */
export function announcedStep(progress: Progress): number | null {
  const percent = percentOf(progress);
  return percent === null ? null : percent === 100 ? 100 : Math.floor(percent / 25) * 25;
}
