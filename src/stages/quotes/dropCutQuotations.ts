import type { QuoteDraft } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";

/**
 * Drops quotes without a cue of their own whose quotation opens the last paragraph and is still
 * open where the text stops: an excerpt cut inside a quotation (`“Nobody wants Europe t`) does
 * not show who says it, the next paragraph's speaker nor the previous one's. The gold guidelines
 * (test/gold/README.md) leave such quotations unannotated; a quote whose attribution is visible
 * ("“…”, Blinken sai", "X said: “We will …") keeps its cue and stays.
 */
export function dropCutQuotations(ctx: QuoteContext, drafts: QuoteDraft[]): QuoteDraft[] {
  const last = ctx.paragraphs[ctx.paragraphs.length - 1];
  if (!last) return drafts;
  const cut = (d: QuoteDraft): boolean => {
    const sg = d.segment;
    if (d.cue || !sg || sg.close !== -1 || sg.paragraph !== last.index) return false;
    return ctx.text.slice(last.start, sg.open).trim() === "" && ctx.text.slice(sg.end).trim() === "";
  };
  return drafts.some(cut) ? drafts.filter((d) => !cut(d)) : drafts;
}
