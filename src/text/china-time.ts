/** China has one time zone, UTC+8, with no daylight saving: a fixed shift is exact. */
const UTC8_MS = 8 * 3_600_000;

/** The calendar day of a moment where the users are (UTC+8), whatever the server's zone. */
export function chinaDay(ms: number): { year: number; month: number; day: number } {
  const d = new Date(ms + UTC8_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
