/** Small helpers shared by the benchmark modules: medians, rounding, and the output line. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mib(bytes: number): number {
  return bytes / (1024 * 1024);
}

export function fixed(value: number, digits: number): string {
  return value.toFixed(digits);
}
