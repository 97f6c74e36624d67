import type { QuoteDraft } from "./QuoteCandidate.js";

/**
 * The accepted quote whose content starts last before `offset`; with `topLevel`, one nested
 * inside another's content ("he told me that …" inside a quotation) gives way to the one around it.
 */
export function lastDraftBefore(drafts: readonly QuoteDraft[], offset: number, topLevel = false): QuoteDraft | null {
  let best: QuoteDraft | null = null;
  for (const d of drafts) if (d.content.start < offset && (!best || d.content.start > best.content.start)) best = d;
  if (best && topLevel) {
    const b = best;
    const around = drafts.find((o) => o !== b && o.content.start <= b.content.start && b.content.end <= o.content.end && o.content.end - o.content.start > b.content.end - b.content.start);
    if (around) return around;
  }
  return best;
}
