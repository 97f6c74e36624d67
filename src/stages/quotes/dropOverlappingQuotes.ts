import type { QuoteDraft } from "./QuoteCandidate.js";

/**
 * Drops a quote whose content overlaps one kept before it (by start, longer first), keeping
 * the more confident of the two. Returns the kept quotes sorted by start.
 */
export function dropOverlappingQuotes(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const ds = [...drafts].sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  const kept: QuoteDraft[] = [];
  for (const d of ds) {
    const clash = kept.find((k) => d.content.start < k.content.end && k.content.start < d.content.end);
    if (!clash) {
      kept.push(d);
      continue;
    }
    if (d.confidence > clash.confidence) kept.splice(kept.indexOf(clash), 1, d);
  }
  return kept.sort((a, b) => a.content.start - b.content.start);
}
