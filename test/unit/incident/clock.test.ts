import { describe, expect, it } from 'vitest';
import { formatUtc } from '../../../src/lib/time/format-time.ts';
import { formatLocalTime } from '../../../src/lib/time/local-time.ts';
import {
  describeClock,
  elapsedMs,
  formatClock,
  formatDuration,
  msUntilNextSecond,
} from '../../../src/lib/incident/clock.ts';

const ms = (hours: number, minutes = 0, seconds = 0) =>
  ((hours * 60 + minutes) * 60 + seconds) * 1000;

describe('elapsed time', () => {
  it('is computed from the stored start, so a reload hours later shows the right time at once', () => {
    const startedAt = '2026-11-26T10:00:00.000Z';
    expect(formatClock(elapsedMs(startedAt, new Date('2026-11-26T10:00:07.400Z')))).toBe(
      '00:00:07',
    );
    // The tab was closed (or the laptop slept) and opens again five and a half hours later.
    expect(formatClock(elapsedMs(startedAt, new Date('2026-11-26T15:30:05.000Z')))).toBe(
      '05:30:05',
    );
  });

  it('runs across midnight', () => {
    expect(
      formatClock(elapsedMs('2026-11-26T23:50:00.000Z', new Date('2026-11-27T00:10:30.000Z'))),
    ).toBe('00:20:30');
    // 23:50 in New York is 04:50 UTC the next day: the arithmetic never sees the local date.
    expect(
      formatClock(elapsedMs('2026-11-27T04:50:00.000Z', new Date('2026-11-27T05:10:00.000Z'))),
    ).toBe('00:20:00');
  });

  it('counts real time across a daylight-saving change, not wall-clock time', () => {
    // Berlin, 29 March 2026: 01:30 CET to 03:30 CEST on the wall is one hour.
    const startedAt = new Date('2026-03-29T01:30:00+01:00').toISOString();
    expect(formatClock(elapsedMs(startedAt, new Date('2026-03-29T03:30:00+02:00')))).toBe(
      '01:00:00',
    );
  });

  it('does not count backwards: a start in the future (another device’s clock) or an unreadable one reads 0', () => {
    expect(elapsedMs('2026-11-26T10:00:00.000Z', new Date('2026-11-26T09:59:00.000Z'))).toBe(0);
    expect(elapsedMs('not a date', new Date())).toBe(0);
  });

  it('wakes on the next second boundary of the clock, whatever the start’s milliseconds', () => {
    expect(
      msUntilNextSecond('2026-11-26T10:00:00.250Z', new Date('2026-11-26T10:00:05.000Z')),
    ).toBe(250);
    expect(
      msUntilNextSecond('2026-11-26T10:00:00.000Z', new Date('2026-11-26T10:00:05.000Z')),
    ).toBe(1000);
  });
});

describe('formatClock', () => {
  it.each([
    [0, '00:00:00'],
    [ms(0, 12, 3), '00:12:03'],
    [ms(9, 59, 59) + 999, '09:59:59'],
    [ms(26), '26:00:00'],
    [ms(123, 4, 5), '123:04:05'],
    [-5000, '00:00:00'],
  ])('%i ms → %s', (value, face) => expect(formatClock(value)).toBe(face));
});

describe('describeClock', () => {
  it.each([
    [0, '0 seconds'],
    [ms(0, 1, 1), '1 minute 1 second'],
    [ms(2, 0, 5), '2 hours 5 seconds'],
  ])('%i ms → %s', (value, spoken) => expect(describeClock(value)).toBe(spoken));
});

describe('formatDuration', () => {
  it.each([
    [ms(0, 0, 59), 'less than a minute'],
    [ms(0, 12, 59), '12 min'],
    [ms(1, 5), '1 h 05 min'],
    [ms(23, 59, 59), '23 h 59 min'],
    [ms(51, 5), '2 d 3 h 05 min'],
  ])('%i ms → %s', (value, duration) => expect(formatDuration(value)).toBe(duration));
});

describe('the start time beside the clock, in the reader’s time zone', () => {
  const startedAt = '2026-11-27T04:50:00.000Z';
  const now = new Date('2026-11-27T05:10:00.000Z');

  it('shows the date once the local day has changed (a run across midnight in New York)', () => {
    expect(formatLocalTime(startedAt, now, 'America/New_York')).toBe('26 Nov, 23:50');
    expect(
      formatLocalTime(startedAt, new Date('2026-11-27T04:59:00.000Z'), 'America/New_York'),
    ).toBe('23:50');
    expect(formatClock(elapsedMs(startedAt, now))).toBe('00:20:00');
  });

  it('shows the same instant in each zone, and the same UTC for everyone', () => {
    expect(formatLocalTime(startedAt, now, 'Asia/Tokyo')).toBe('13:50');
    expect(formatLocalTime(startedAt, now, 'Asia/Kolkata')).toBe('10:20');
    expect(formatLocalTime(startedAt, now, 'UTC')).toBe('04:50');
    expect(formatUtc(startedAt)).toBe('2026-11-27 04:50 UTC');
  });

  it('reads the wall clock right across a daylight-saving change', () => {
    const beforeChange = new Date('2026-03-29T01:30:00+01:00').toISOString();
    expect(
      formatLocalTime(beforeChange, new Date('2026-03-29T03:30:00+02:00'), 'Europe/Berlin'),
    ).toBe('01:30');
    expect(
      formatLocalTime(
        new Date('2026-03-29T03:30:00+02:00').toISOString(),
        new Date('2026-03-29T04:00:00+02:00'),
        'Europe/Berlin',
      ),
    ).toBe('03:30');
  });
});
