import type { QuoteDraft } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";

/**
 * A run of whole-paragraph quotations without attribution, ended by a paragraph quotation that
 * has one ("“…,” he said."): the run is the same speaker's (newswire convention). Changes the
 * drafts in place.
 */
export function speakerFromNextParagraph(ctx: QuoteContext, drafts: QuoteDraft[]): QuoteDraft[] {
  const ds = [...drafts].sort((a, b) => b.content.start - a.content.start);
  let next: QuoteDraft | null = null;
  for (const d of ds) {
    const para = ctx.sentences[d.sentence]?.paragraph ?? -1;
    const nextPara = next ? ctx.sentences[next.sentence]?.paragraph ?? -1 : -1;
    if (d.method === "pattern:unattributed" && next && next.speaker && next.type === "direct" && nextPara === para + 1 && next.segment && next.segment.open <= ctx.paragraphs[nextPara].start + 1 && d.segment && (d.segment.close < 0 || d.segment.close >= ctx.paragraphs[para].end - 2)) {
      d.speaker = next.speaker;
      d.np = next.np;
      d.method = "pattern:next-speaker";
      d.confidence = 0.55;
    }
    next = d;
  }
  return drafts;
}
