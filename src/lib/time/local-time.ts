/**
 * Times in the reader's time zone, as the interface shows them: "15:52" today, with the date on
 * another day, and the whole date and time on demand. A module of its own so that only the pages
 * that show times load it. `timeZone` is injectable so that tests do not depend on the machine.
 */

/** Day, month, year and time of an instant in a time zone, by name, so that texts are put together the same way everywhere. */
function localParts(
  at: Date,
  timeZone?: string,
): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
}

/**
 * "15:52" today, "25 Nov, 15:52" on another day, "25 Nov 2025, 15:52" in another year: a release
 * that runs over several days never shows yesterday's tick as if it were today's.
 */
export function formatLocalTime(iso: string, now: Date, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'unknown time';
  const { year, month, day, hour, minute } = localParts(at, timeZone);
  const today = localParts(now, timeZone);
  const time = `${hour}:${minute}`;
  if (year === today.year && month === today.month && day === today.day) return time;
  return year === today.year ? `${day} ${month}, ${time}` : `${day} ${month} ${year}, ${time}`;
}

/** "Wednesday, 25 November 2026 at 15:52": the whole local date and time, for a tooltip and a screen reader. */
export function formatFullLocalTime(iso: string, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'unknown time';
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(at);
}
