/**
 * Half-open intervals `{start, end}` that can be added one at a time and queried for overlap:
 * each interval is listed in every fixed-width bucket of the text it touches, so a query
 * visits only the intervals near it. For sets that grow while they are queried (the quotes
 * kept so far), where {@link IntervalIndex} is built once; replaces `kept.some(…overlap…)`
 * scans that made large documents quadratic.
 */
export class SpanBuckets<T extends { start: number; end: number }> {
  private readonly buckets = new Map<number, T[]>();
  private count = 0;

  constructor(private readonly width = 2048) {}

  get size(): number {
    return this.count;
  }

  add(x: T): void {
    this.count++;
    const last = Math.max(x.start, x.end - 1);
    for (let b = Math.floor(x.start / this.width); b <= Math.floor(last / this.width); b++) {
      const list = this.buckets.get(b);
      if (list) list.push(x);
      else this.buckets.set(b, [x]);
    }
  }

  /**
   * Every added interval `x` near `q` for which `test(x)` holds, each once: all the intervals
   * overlapping `q` (`x.start < q.end && q.start < x.end`) are among those visited, and so are
   * empty ones at its ends.
   */
  some(q: { start: number; end: number }, test: (x: T) => boolean): boolean {
    const last = Math.max(q.start, q.end - 1);
    const seen = new Set<T>();
    for (let b = Math.floor(q.start / this.width); b <= Math.floor(last / this.width); b++) {
      for (const x of this.buckets.get(b) ?? []) {
        if (seen.has(x)) continue;
        seen.add(x);
        if (test(x)) return true;
      }
    }
    return false;
  }
}
