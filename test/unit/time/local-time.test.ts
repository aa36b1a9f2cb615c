// Local times with fixed clocks and fixed time zones: the machine's own zone never decides.
import { describe, expect, it } from 'vitest';
import { formatFullLocalTime, formatLocalTime } from '../../../src/lib/time/local-time.ts';

describe('formatFullLocalTime', () => {
  it('writes the weekday, the whole date and the time in the reader’s zone, whatever day it is', () => {
    expect(formatFullLocalTime('2026-11-25T14:52:00Z', 'UTC')).toBe(
      'Wednesday, 25 November 2026 at 14:52',
    );
    expect(formatFullLocalTime('2026-11-25T14:52:00Z', 'Europe/Paris')).toBe(
      'Wednesday, 25 November 2026 at 15:52',
    );
    expect(formatFullLocalTime('2026-11-25T23:30:00Z', 'Asia/Tokyo')).toBe(
      'Thursday, 26 November 2026 at 08:30',
    );
  });
});

describe('formatLocalTime', () => {
  const now = new Date('2026-11-26T16:05:00Z');
  it('shows the time alone on the same local day, with the date otherwise', () => {
    expect(formatLocalTime('2026-11-26T15:52:00Z', now, 'UTC')).toBe('15:52');
    expect(formatLocalTime('2026-11-25T09:00:00Z', now, 'UTC')).toBe('25 Nov, 09:00');
  });

  it('uses the reader’s time zone, where the day may differ from UTC', () => {
    expect(formatLocalTime('2026-11-26T15:52:00Z', now, 'Asia/Tokyo')).toBe('00:52');
    expect(formatLocalTime('2026-11-26T14:52:00Z', now, 'Asia/Tokyo')).toBe('26 Nov, 23:52');
    expect(formatLocalTime('2026-11-26T15:52:00Z', now, 'America/New_York')).toBe('10:52');
  });

  it('shows the year when the time is from another year, and midnight as 00:00', () => {
    expect(formatLocalTime('2025-11-26T15:52:00Z', now, 'UTC')).toBe('26 Nov 2025, 15:52');
    expect(formatLocalTime('2026-11-26T00:00:00Z', now, 'UTC')).toBe('00:00');
    // New Year's Eve in New York is already New Year's Day in UTC: the reader's year decides.
    const newYear = new Date('2027-01-01T03:00:00Z');
    expect(formatLocalTime('2027-01-01T02:00:00Z', newYear, 'America/New_York')).toBe('21:00');
    expect(formatLocalTime('2026-12-31T20:00:00Z', newYear, 'UTC')).toBe('31 Dec 2026, 20:00');
  });

  it('says so when the time cannot be read', () => {
    expect(formatLocalTime('yesterday', now, 'UTC')).toBe('unknown time');
    expect(formatFullLocalTime('yesterday', 'UTC')).toBe('unknown time');
  });
});
