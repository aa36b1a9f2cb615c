import { describe, expect, it } from 'vitest';
import { formatFullLocalTime, formatLocalTime, formatUtc, formatUtcDateTime, formatUtcTime, localIsoDate, twoDigits, utcDate, utcHoursMinutes } from '../../../src/lib/time/format-time.ts';

describe('formatFullLocalTime', () => {
  it('writes the weekday, the whole date, the time and the zone, whatever day it is', () => {
    expect(formatFullLocalTime('2026-11-25T14:52:00Z', 'UTC')).toBe('Wednesday 25 November 2026, 14:52 UTC');
    expect(formatFullLocalTime('2026-11-25T14:52:00Z', 'Europe/Paris')).toBe('Wednesday 25 November 2026, 15:52 CET');
    expect(formatFullLocalTime('2026-11-25T23:30:00Z', 'Asia/Tokyo')).toBe('Thursday 26 November 2026, 08:30 GMT+9');
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
    expect(formatUtc('nope')).toBe('unknown time');
    expect(formatUtc('2026-11-26T15:52:30Z')).toBe('2026-11-26 15:52 UTC');
  });
});

describe('formatUtcTime', () => {
  it('shows the UTC time alone on the reference’s UTC day, with the date otherwise', () => {
    const reference = new Date('2026-11-26T23:30:00Z');
    expect(formatUtcTime('2026-11-26T15:52:30Z', reference)).toBe('15:52 UTC');
    expect(formatUtcTime('2026-11-27T00:10:00Z', reference)).toBe('2026-11-27 00:10 UTC');
    expect(formatUtcTime('soon', reference)).toBe('at an unknown time');
  });
});

describe('localIsoDate', () => {
  it('writes the local calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('UTC parts', () => {
  it('writes the UTC day and time of an instant, whatever the local zone', () => {
    const at = new Date('2026-11-26T23:52:09.120Z');
    expect(utcDate(at)).toBe('2026-11-26');
    expect(utcHoursMinutes(at)).toBe('23:52');
    expect(formatUtcDateTime(at)).toBe('2026-11-26 23:52 UTC');
  });

  it('pads to two digits', () => {
    expect([0, 7, 12, 123].map(twoDigits)).toEqual(['00', '07', '12', '123']);
  });
});
