/**
 * The incident clock. Elapsed time is always computed from the stored start and the current
 * instant, never counted up tick by tick, so it is right after a reload, a sleeping laptop or a
 * throttled background tab, and across midnight and daylight-saving changes (instants, not wall
 * clock times).
 */
import { twoDigits } from '../time/format-time.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Milliseconds from `startIso` to `now`; 0 for a start in the future (another device's clock) or an unreadable one. */
export function elapsedMs(startIso: string, now: Date): number {
  const elapsed = now.getTime() - Date.parse(startIso);
  return Number.isFinite(elapsed) && elapsed > 0 ? elapsed : 0;
}

/** The clock face: "00:12:03", "26:00:00" after a day and two hours. */
export function formatClock(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / SECOND);
  return `${twoDigits(Math.floor(seconds / 3600))}:${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}`;
}

/** The same, spoken: "12 minutes 3 seconds", for assistive technology. */
export function describeClock(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / SECOND);
  const parts: [number, string][] = [
    [Math.floor(seconds / 3600), 'hour'],
    [Math.floor(seconds / 60) % 60, 'minute'],
    [seconds % 60, 'second'],
  ];
  const spoken = parts
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value} ${unit}${value === 1 ? '' : 's'}`);
  return spoken.length > 0 ? spoken.join(' ') : '0 seconds';
}

/** A duration for a record: "less than a minute", "12 min", "1 h 05 min", "2 d 3 h 05 min". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return 'less than a minute';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return `${days} d ${hours} h ${twoDigits(minutes)} min`;
  if (hours > 0) return `${hours} h ${twoDigits(minutes)} min`;
  return `${minutes} min`;
}

/** How long until the clock face changes, so a timer wakes on the second boundary. */
export function msUntilNextSecond(startIso: string, now: Date): number {
  return SECOND - (elapsedMs(startIso, now) % SECOND);
}
