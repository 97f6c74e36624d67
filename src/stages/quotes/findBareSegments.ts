import type { QuoteCandidate } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { tokenAt, trimContent } from "./QuoteContext.js";
import { segmentWords } from "./quoteSegments.js";

/**
 * Every quotation as a quote of its own, last in line: those no other quote holds become
 * continuations, the previous speaker's or unattributed (`attachContinuations` decides).
 */
export function findBareSegments(ctx: QuoteContext): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  ctx.segments.forEach((seg, index) => {
    const content = trimContent(ctx.text, seg.start, seg.end, false);
    if (content.end <= content.start) return;
    const para = ctx.paragraphs[seg.paragraph];
    out.push({
      type: "direct",
      np: null,
      cue: null,
      cueToken: -1,
      content,
      claims: [seg],
      rejectIf: "any",
      method: "pattern:unattributed",
      confidence: [0.3, 0.3],
      sentence: ctx.tokens[tokenAt(ctx, seg.start)]?.sentence ?? -1,
      segment: seg,
      order: [3, index],
      bare: { words: segmentWords(ctx.text, seg), startsParagraph: seg.open <= para.start + 1, afterColon: ctx.text.slice(para.start, seg.open).trim().endsWith(":") },
      notInsideAnother: true,
    });
  });
  return out;
}
