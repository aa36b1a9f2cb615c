/**
 * Times as people read them: local time in the interface ("15:52", or "25 Nov, 15:52" on another
 * day), UTC in exports and tooltips. `timeZone` is injectable so tests do not depend on the machine.
 */
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
  return `${at.toISOString().slice(0, 10)} ${at.toISOString().slice(11, 16)} UTC`;
}

/** "15:52 UTC", with the date in front when it is not the reference's day: "2026-11-25 15:52 UTC". */
export function formatUtcTime(iso: string, reference: Date): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'at an unknown time';
  const day = at.toISOString().slice(0, 10);
  const time = at.toISOString().slice(11, 16);
  return day === reference.toISOString().slice(0, 10) ? `${time} UTC` : `${day} ${time} UTC`;
}
