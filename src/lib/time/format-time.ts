/**
 * Times as people read them in UTC: exports, file names and tooltips. Every UTC time text of the
 * site is made here; local time in the interface is local-time.ts.
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
