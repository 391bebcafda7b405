/** "10 minutes", "1 minute", "45 seconds": the idle time as a person would say it. */
export function describeIdleTime(seconds: number): string {
  if (seconds % 60 !== 0 || seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = seconds / 60;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
