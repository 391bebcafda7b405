/** The whole number typed, or null when the box is empty or holds something else. */
export function numberFrom(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : null;
}
