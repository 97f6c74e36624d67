import type { QuoteDraft } from "./QuoteCandidate.js";

/** Drafts grouped by their sentence index, each group in the drafts' order. */
export function draftsBySentence(drafts: readonly QuoteDraft[]): Map<number, QuoteDraft[]> {
  const bySentence = new Map<number, QuoteDraft[]>();
  for (const d of drafts) {
    const l = bySentence.get(d.sentence);
    if (l) l.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  return bySentence;
}
