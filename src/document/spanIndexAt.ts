/**
 * Index of the span covering `offset` in spans sorted by start and not overlapping (tokens,
 * sentences, paragraphs), by binary search; -1 when the offset falls between or outside them.
 */
export function spanIndexAt(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
