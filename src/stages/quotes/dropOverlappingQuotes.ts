import type { QuoteDraft } from "./QuoteCandidate.js";

/**
 * Drops a quote whose content overlaps one kept before it (by start, longer first), keeping
 * the more confident of the two; a quote nested in a kept one's quotation stays. Returns the
 * kept quotes sorted by start (an outer quote before the one nested in it).
 */
export function dropOverlappingQuotes(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const ds = drafts.filter((d) => !d.nestedIn).sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  const kept: QuoteDraft[] = [];
  for (const d of ds) {
    const clash = kept.find((k) => d.content.start < k.content.end && k.content.start < d.content.end);
    if (!clash) {
      kept.push(d);
      continue;
    }
    if (d.confidence > clash.confidence) kept.splice(kept.indexOf(clash), 1, d);
  }
  // (reported speech inside a kept quote's quotation stays beside it)
  for (const d of drafts) if (d.nestedIn && kept.includes(d.nestedIn)) kept.push(d);
  return kept.sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
}
