/**
 * Half-open intervals `{start, end}` indexed for overlap queries: sorted by start, with the
 * running maximum of `end`, so a query visits only the intervals that can overlap it (for
 * non-overlapping intervals such as mentions or spans of one layer: a binary search and the
 * matches). Replaces `all.filter((x) => overlaps(x, q))` scans that made large documents
 * quadratic.
 *
 * ```ts
 * const idx = new IntervalIndex(mentions);
 * idx.overlapping({ start: 10, end: 20 }); // every mention with start < 20 and end > 10, by start
 * idx.any({ start: 10, end: 20 });         // whether there is one
 * ```
 */
export class IntervalIndex<T extends { start: number; end: number }> {
  private readonly items: T[];
  /** `maxEnd[i]` = max end of `items[0..i]`. */
  private readonly maxEnd: Float64Array;

  constructor(intervals: Iterable<T>) {
    this.items = [...intervals].sort((a, b) => a.start - b.start);
    this.maxEnd = new Float64Array(this.items.length);
    let m = -Infinity;
    this.items.forEach((x, i) => {
      m = Math.max(m, x.end);
      this.maxEnd[i] = m;
    });
  }

  get size(): number {
    return this.items.length;
  }

  /** Index of the first item whose running max end exceeds `start` (items before it end at or before `start`). */
  private firstCandidate(start: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.maxEnd[mid] > start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Items overlapping `q` (`x.start < q.end && q.start < x.end`), in start order. */
  overlapping(q: { start: number; end: number }): T[] {
    const out: T[] = [];
    for (let i = this.firstCandidate(q.start); i < this.items.length && this.items[i].start < q.end; i++) {
      const x = this.items[i];
      if (q.start < x.end) out.push(x);
    }
    return out;
  }

  /** Whether any item overlaps `q`. */
  any(q: { start: number; end: number }): boolean {
    for (let i = this.firstCandidate(q.start); i < this.items.length && this.items[i].start < q.end; i++) {
      if (q.start < this.items[i].end) return true;
    }
    return false;
  }
}
