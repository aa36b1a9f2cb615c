/**
 * Times as people read them: local time in the interface ("15:52", or "25 Nov, 15:52" on another
 * day), the whole date on demand, UTC in exports, file names and tooltips. `timeZone` is injectable so tests do not depend
 * on the machine. Every UTC time text of the site is made here.
 */

/** 7 → "07": hours, minutes and days as clocks and dates write them. */
export function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** "2026-11-26": the UTC day of an instant. */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** "15:52": the UTC time of an instant, to the minute. */
export function utcHoursMinutes(at: Date): string {
  return at.toISOString().slice(11, 16);
}

/** The named parts of an instant in a time zone, read from Intl, so that texts are put together the same way everywhere. */
function zonedParts(at: Date, options: Intl.DateTimeFormatOptions, timeZone?: string): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', ...options }).formatToParts(at);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/**
 * "15:52" today, "25 Nov, 15:52" on another day, "25 Nov 2025, 15:52" in another year: a release
 * that runs over several days never shows yesterday's tick as if it were today's.
 */
export function formatLocalTime(iso: string, now: Date, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'unknown time';
  const { year, month, day, hour, minute } = zonedParts(at, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }, timeZone);
  const today = zonedParts(now, { year: 'numeric', month: 'short', day: 'numeric' }, timeZone);
  const time = `${hour}:${minute}`;
  if (year === today.year && month === today.month && day === today.day) return time;
  return year === today.year ? `${day} ${month}, ${time}` : `${day} ${month} ${year}, ${time}`;
}

/** "Wednesday 25 November 2026, 15:52 GMT+1": the whole local date and time, for a tooltip and a screen reader. */
export function formatFullLocalTime(iso: string, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'unknown time';
  const options = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;
  const { weekday, day, month, year, hour, minute, timeZoneName } = zonedParts(at, options, timeZone);
  return `${weekday} ${day} ${month} ${year}, ${hour}:${minute} ${timeZoneName}`;
}

/** "2026-11-26 15:52 UTC" */
export function formatUtc(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'unknown time';
  return `${utcDate(at)} ${utcHoursMinutes(at)} UTC`;
}

/** "2026-11-26 16:05 UTC", from an instant. */
export function formatUtcDateTime(at: Date): string {
  return formatUtc(at.toISOString());
}

/** "15:52 UTC", with the date in front when it is not the reference's day: "2026-11-25 15:52 UTC". */
export function formatUtcTime(iso: string, reference: Date): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'at an unknown time';
  const day = utcDate(at);
  const time = utcHoursMinutes(at);
  return day === utcDate(reference) ? `${time} UTC` : `${day} ${time} UTC`;
}

/** "2026-11-26" in the reader's own time zone (the day they write, say). */
export function localIsoDate(at: Date): string {
  return `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`;
}
