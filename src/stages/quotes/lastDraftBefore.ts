import type { QuoteDraft } from "./QuoteCandidate.js";
import { draftIndex, firstDraftAround, firstStartAfter } from "./DraftIndex.js";

/**
 * The accepted quote whose content starts last before `offset` (the first accepted of several
 * starting there); with `topLevel`, one nested inside another's content ("he told me that …"
 * inside a quotation) gives way to the one around it. `drafts` is an append-only list.
 */
export function lastDraftBefore(drafts: readonly QuoteDraft[], offset: number, topLevel = false): QuoteDraft | null {
  const x = draftIndex(drafts);
  let i = firstStartAfter(x.byStart, offset - 1) - 1;
  if (i < 0) return null;
  while (i > 0 && x.byStart[i - 1].content.start === x.byStart[i].content.start) i--;
  const best = x.byStart[i];
  if (topLevel) {
    const b = best;
    const around = firstDraftAround(drafts, b.content.start, b.content.end, 0, (o) => o !== b && o.content.end - o.content.start > b.content.end - b.content.start);
    if (around) return around;
  }
  return best;
}
