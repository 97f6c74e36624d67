import type { QuoteCandidate } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { isCueWord, negated, tokenSpan, trimContent } from "./QuoteContext.js";
import { onlyTrailing, speakerLike } from "./phraseShapes.js";
import { nounPhraseStartingAt } from "./speakerPhrase.js";

/**
 * An attribution standing as a sentence of its own after the statement it credits, the full
 * stop put where a comma belongs: "The death toll has risen to 143 people. The Investigative
 * Committee of Russia reported." The sentence before (same paragraph, no cue of its own) is an
 * indirect quote of the speaker. Less sure than any other reading: a quote the rules found in
 * that sentence wins the overlap ("“…,” X said. Russian media reported." is a relay).
 */
export function findAttributionSentences(ctx: QuoteContext): QuoteCandidate[] {
  const T = ctx.tokens;
  const out: QuoteCandidate[] = [];
  for (let si = 1; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si];
    const prev = ctx.sentences[si - 1];
    if (prev.paragraph !== s.paragraph || s.tokenEnd - s.tokenStart > 14) continue;
    const np = nounPhraseStartingAt(T, s.tokenStart, s.tokenEnd);
    if (!np || np.to - np.from < 1 || !speakerLike(ctx, np) || /^(he|she|it|they|we|i|you)$/.test(T[np.from].norm)) continue;
    let cue = np.to;
    while (cue < s.tokenEnd && T[cue].pos === "ADV") cue++;
    if (cue >= s.tokenEnd || !isCueWord(ctx, cue) || negated(ctx, cue, s.tokenStart) || /ing$/.test(T[cue].norm)) continue;
    if (!onlyTrailing(ctx, cue + 1, s)) continue;
    // the statement: a sentence of a few words with no cue of its own
    if (prev.tokenEnd - prev.tokenStart < 4) continue;
    let own = false;
    for (let k = prev.tokenStart; k < prev.tokenEnd && !own; k++) own = isCueWord(ctx, k) || T[k].norm === "according";
    if (own) continue;
    const content = trimContent(ctx.text, prev.start, prev.end, true);
    if (content.end - content.start < 12) continue;
    out.push({
      type: "indirect",
      np,
      cue: tokenSpan(ctx, cue, cue + 1),
      cueToken: cue,
      content,
      claims: [],
      rejectIf: "none",
      method: "pattern:attribution-sentence",
      confidence: [0.5, 0.45],
      sentence: si - 1,
      order: [1, si, 2, cue],
    });
  }
  return out;
}
