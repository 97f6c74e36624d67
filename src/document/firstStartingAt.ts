/**
 * Index of the first span starting at or after `offset` in spans sorted by start (tokens,
 * sentences), by binary search; `spans.length` when none does.
 */
export function firstStartingAt(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
