import type { QuoteDraft } from "./QuoteCandidate.js";
import { draftsBySentence } from "./draftsBySentence.js";

/**
 * "…,” X said, according to The Times of Israel": in a sentence with another attributed quote,
 * the "according to" source is that quote's `via`, not a quote of its own.
 */
export function accordingToAsVia(drafts: QuoteDraft[]): QuoteDraft[] {
  const bySentence = draftsBySentence(drafts);
  const dropped = new Set<QuoteDraft>();
  for (const list of bySentence.values()) {
    const acc = list.filter((d) => d.method.startsWith("pattern:according-to"));
    const others = list.filter((d) => !d.method.startsWith("pattern:according-to") && d.cue);
    if (!acc.length || !others.length) continue;
    for (const a of acc) {
      others[0].via = { name: a.speaker?.name ?? "", span: a.speaker?.mention ?? a.cue! };
      dropped.add(a);
    }
  }
  return dropped.size ? drafts.filter((d) => !dropped.has(d)) : drafts;
}
