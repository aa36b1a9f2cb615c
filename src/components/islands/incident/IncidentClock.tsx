import { useEffect, useState } from 'react';
import {
  describeClock,
  elapsedMs,
  formatClock,
  msUntilNextSecond,
} from '../../../lib/incident/clock.ts';

/**
 * Time since the incident started, read from the stored start on every tick, so it is right after
 * a reload or a sleeping laptop. A resolved incident shows its duration.
 */
export function IncidentClock({
  startedAt,
  resolvedAt,
}: {
  startedAt: string;
  resolvedAt?: string | undefined;
}) {
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    if (resolvedAt) return undefined;
    let timer: number | undefined;
    const tick = () => {
      const current = new Date();
      setNow(current);
      timer = window.setTimeout(tick, msUntilNextSecond(startedAt, current));
    };
    tick();
    // Timers of a hidden tab are slowed down: read the clock again as soon as it is back.
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      window.clearTimeout(timer);
      tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [startedAt, resolvedAt]);

  const elapsed = elapsedMs(startedAt, resolvedAt ? new Date(resolvedAt) : now);
  return (
    <p className="incident-clock">
      <span className="incident-clock-label">{resolvedAt ? 'Duration' : 'Elapsed'}</span>
      <span className="incident-clock-face" role="timer" aria-label={describeClock(elapsed)}>
        {formatClock(elapsed)}
      </span>
    </p>
  );
}
