/**
 * Times as people read them: local time in the interface ("15:52", or "25 Nov, 15:52" on another
 * day), UTC in exports, file names and tooltips. `timeZone` is injectable so tests do not depend
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

export function formatLocalTime(iso: string, now: Date, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'unknown time';
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  if (day(at) === day(now)) return time;
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' }).format(at);
  return `${date}, ${time}`;
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
