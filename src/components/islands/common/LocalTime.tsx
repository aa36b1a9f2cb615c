import { formatUtc, formatUtcTime } from '../../../lib/time/format-time.ts';
import { formatFullLocalTime, formatLocalTime } from '../../../lib/time/local-time.ts';

/**
 * A time in the reader's time zone, with the date when it is not today. The whole date and time
 * (and UTC) are its title, the accessible description; styles show the whole date while the
 * pointer is on the time or the focus is in its row, from `data-full`, so the text stays short.
 * `timeZone` is for tests; the page uses the reader's.
 */
export function LocalTime({ iso, now, timeZone }: { iso: string; now: Date; timeZone?: string }) {
  const full = formatFullLocalTime(iso, timeZone);
  return (
    <time
      className="local-time"
      dateTime={iso}
      title={`${full} · ${formatUtc(iso)}`}
      data-full={full}
    >
      {formatLocalTime(iso, now, timeZone)}
    </time>
  );
}

/**
 * The same time in UTC, for a team spread over time zones. Styles decide when it shows: steps
 * keep its space and show it while the pointer or the focus is on the row, so nothing moves.
 */
export function UtcTime({ iso, now }: { iso: string; now: Date }) {
  return <span className="utc-time"> {formatUtcTime(iso, now)}</span>;
}
