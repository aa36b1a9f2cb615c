import { describe, expect, it } from 'vitest';
import {
  formatUtc,
  formatUtcDateTime,
  formatUtcTime,
  localIsoDate,
  twoDigits,
  utcDate,
  utcHoursMinutes,
} from '../../../src/lib/time/format-time.ts';

describe('formatUtc', () => {
  it('writes the UTC date and time to the minute, and says so when the time cannot be read', () => {
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
