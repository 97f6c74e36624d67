/**
 * A fixed-window request counter per client key (the peer address): at most `max` requests per
 * `windowMs`. `take(key)` returns 0 when the request may go on, else the seconds until the
 * window resets (for `Retry-After`). Memory is bounded: windows are dropped once they expire.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(readonly max: number, readonly windowMs = 60_000) {}

  take(key: string, now = Date.now()): number {
    if (this.max <= 0) return 0;
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count > this.max ? Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)) : 0;
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
