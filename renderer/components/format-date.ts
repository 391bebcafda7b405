const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A calendar date (YYYY-MM-DD) as GOV.UK writes it: "3 March 2025". Read as text, not as a
 * Date, so no time zone can move it to the day before. A date and time (YYYY-MM-DDTHH:MM, as
 * the papers clock has) keeps its time: "3 March 2025 at 10:00".
 */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return isoDate;
  const date = `${Number(match[3])} ${month} ${match[1]}`;
  return match[4] === undefined ? date : `${date} at ${match[4]}`;
}
