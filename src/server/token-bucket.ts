/**
 * Updates per token: a token bucket that refills at `perSecond` and holds at most `burst`, so a page may send a
 * burst (a restore, a reconnection) but no token can flood the server for long.
 */
export interface TokenBucket {
  /** Takes one update's worth; false when the bucket is empty. */
  take(): boolean;
  /** Milliseconds until one update's worth is back. */
  waitMs(): number;
}

export function createTokenBucket(
  perSecond: number,
  burst: number,
  now: () => number = Date.now,
): TokenBucket {
  let tokens = burst;
  let last = now();
  const refill = () => {
    const time = now();
    tokens = Math.min(burst, tokens + ((time - last) / 1000) * perSecond);
    last = time;
  };
  return {
    take() {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    waitMs() {
      refill();
      return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / perSecond) * 1000);
    },
  };
}
