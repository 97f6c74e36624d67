import type { QuoteDraft } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { isCueWord, tokenAt, trimContent } from "./QuoteContext.js";
import { segmentWords } from "./quoteSegments.js";

/**
 * A quotation with no attribution of its own, in the sentence right before a quotation whose
 * attribution trails it in the same paragraph: “The gunmen also “threw a grenade …” They then
 * “allegedly fled …,” the news agency said.” The trailing attribution covers both sentences
 * (newswire convention), so the earlier quotation is the same speaker's: a direct quote when it
 * is the whole sentence, else a mixed quote of the sentence. Only before a quotation (not "The
 * “special military operation” began in 2022. It was a mistake, he said."). Adds drafts for quotations no draft
 * holds and attributes unattributed ones; the sentence must hold no cue of its own.
 */
export function speakerFromNextSentence(ctx: QuoteContext, drafts: QuoteDraft[]): QuoteDraft[] {
  const out = [...drafts];
  for (const seg of ctx.segments) {
    if (seg.close < 0 || segmentWords(ctx.text, seg) < 3) continue;
    const si = ctx.tokens[tokenAt(ctx, seg.open)]?.sentence ?? -1;
    const s = ctx.sentences[si];
    const nextS = ctx.sentences[si + 1];
    if (!s || !nextS || nextS.paragraph !== s.paragraph || seg.closeEnd > s.end + 1) continue;
    const holder = out.find((d) => d.content.start < seg.end && seg.start < d.content.end);
    if (holder && holder.method !== "pattern:unattributed") continue;
    // the next sentence's quote, attributed after its quotation ("“…,” the agency said")
    const next = out.find((d) => d.sentence === si + 1 && d.type !== "indirect" && d.speaker && d.cue && d.cue.start >= d.content.end && d.method !== "pattern:unattributed");
    if (!next) continue;
    let ownCue = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !ownCue; k++) if (!(ctx.tokens[k].start >= seg.start && ctx.tokens[k].end <= seg.end) && isCueWord(ctx, k)) ownCue = true;
    if (ownCue) continue;
    const whole = seg.open <= s.start + 1;
    const content = whole ? trimContent(ctx.text, seg.start, seg.end, false) : trimContent(ctx.text, s.start, s.end, true);
    const draft: QuoteDraft = holder ?? { type: "direct", np: null, speaker: null, cue: null, content, continues: null, method: "", confidence: 0, sentence: si, segment: seg };
    draft.type = whole ? "direct" : "mixed";
    draft.content = content;
    draft.speaker = next.speaker;
    draft.np = next.np;
    draft.method = "pattern:next-sentence-speaker";
    draft.confidence = 0.55;
    if (!holder) out.push(draft);
  }
  return out;
}
