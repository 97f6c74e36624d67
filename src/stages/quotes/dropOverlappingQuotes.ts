import type { QuoteDraft } from "./QuoteCandidate.js";

/**
 * Drops a quote whose content overlaps one kept before it (by start, longer first), keeping
 * the more confident of the two; a quote nested in a kept one's quotation stays. Returns the
 * kept quotes sorted by start (an outer quote before the one nested in it).
 *
 * Only kept quotes that end after the current start can clash with it or any later one (starts
 * only grow), so they alone are searched, in the order of `kept`: linear in the number of quotes
 * on a long text, where searching every kept quote was quadratic.
 */
export function dropOverlappingQuotes(drafts: readonly QuoteDraft[]): QuoteDraft[] {
  const ds = drafts.filter((d) => !d.nestedIn).sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
  const kept: QuoteDraft[] = [];
  /** Positions in `kept` of the quotes that may still clash, ascending. */
  let open: number[] = [];
  for (const d of ds) {
    open = open.filter((i) => kept[i].content.end > d.content.start);
    const at = open.find((i) => d.content.start < kept[i].content.end && kept[i].content.start < d.content.end);
    if (at === undefined) {
      open.push(kept.length);
      kept.push(d);
      continue;
    }
    if (d.confidence > kept[at].confidence) kept[at] = d;
  }
  // (reported speech inside a kept quote's quotation stays beside it)
  const outer = new Set(kept);
  for (const d of drafts) {
    if (d.nestedIn && outer.has(d.nestedIn)) {
      kept.push(d);
      outer.add(d);
    }
  }
  return kept.sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end);
}
