import type { TimeCandidate } from "./TimeCandidate.js";

/**
 * Keeps non-overlapping candidates: longer spans first, then higher priority, then earlier.
 * Returns them sorted by start.
 */
export function dropOverlaps(cands: readonly TimeCandidate[], textLength: number): TimeCandidate[] {
  const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken = new Uint8Array(textLength + 1);
  const kept: TimeCandidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
