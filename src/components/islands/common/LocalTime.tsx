import { formatLocalTime, formatUtc, formatUtcTime } from '../../../lib/time/format-time.ts';

/** A time in the reader's time zone, with its UTC time in a tooltip. */
export function LocalTime({ iso, now }: { iso: string; now: Date }) {
  return (
    <time dateTime={iso} title={formatUtc(iso)}>
      {formatLocalTime(iso, now)}
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
