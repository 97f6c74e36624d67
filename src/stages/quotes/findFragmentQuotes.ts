import type { QuoteCandidate } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { namesSomeone, negated, tokenAt, tokenSpan, trimContent } from "./QuoteContext.js";
import { appositionPhrase, openingComma, speakerLike } from "./phraseShapes.js";
import { REPORTING_FORMS } from "./cueLexicon.js";
import { nounPhraseEndingAt, nounPhraseStartingAt, skipLeftAdverbs, type TokenRange } from "./speakerPhrase.js";
import { FRAGMENT_CUES } from "../../lexicons/en/reportingVerbs.js";
import { CALL_FORMS, CALL_PARTICLES, SPEAK_FORMS } from "../../lexicons/en/quoteWords.js";

/**
 * Quoted fragments after a describing verb: "described the talks as “…”", "called the draft a
 * “low-grade provocation”", "spoke of “slow but steady progress”". Only quotations no other
 * quote holds (they come after the direct and indirect finders).
 */
export function findFragmentQuotes(ctx: QuoteContext): QuoteCandidate[] {
  const T = ctx.tokens;
  const out: QuoteCandidate[] = [];
  ctx.segments.forEach((seg, index) => {
    if (seg.close < 0) return;
    const first = tokenAt(ctx, seg.open);
    const s = ctx.sentences[T[first]?.sentence ?? -1];
    if (!s || s.paragraph !== seg.paragraph) return;
    let cue = -1;
    let cueEnd = -1;
    for (let k = first - 1; k >= Math.max(s.tokenStart, first - 10); k--) {
      const t = T[k];
      if (/^[\u201C\u201D"\u00AB\u00BB.;]$/.test(t.text)) break;
      if (FRAGMENT_CUES.has(t.norm) && (t.pos === "VERB" || /ing$/.test(t.norm))) {
        cue = k;
        break;
      }
      // "called the draft a “low-grade provocation”" (not the directives "called for/on …")
      if (CALL_FORMS[t.norm] && t.pos === "VERB" && !CALL_PARTICLES[T[k + 1]?.norm ?? ""]) {
        cue = k;
        break;
      }
      // "spoke of “slow but steady progress”"
      if (SPEAK_FORMS[t.norm] && T[k + 1]?.norm === "of") {
        cue = k;
        cueEnd = k + 2;
        break;
      }
      if (REPORTING_FORMS.has(t.norm) && t.pos === "VERB") break;
    }
    if (cue < 0 || negated(ctx, cue, s.tokenStart)) return;
    let np: TokenRange | null = null;
    const participle = /ing$/.test(T[cue].norm);
    let subject: QuoteCandidate["subject"];
    if (participle) {
      // the speaker of the sentence's quote, else its subject when it names someone
      const subj = nounPhraseStartingAt(T, s.tokenStart, cue);
      subject = { needsNp: true, withHost: null, alone: subj && (namesSomeone(ctx, subj) || /^(he|she|it|they)$/.test(T[subj.from].norm)) ? subj : null };
    } else {
      let e = skipLeftAdverbs(T, cue - 1, s.tokenStart);
      while (e > s.tokenStart && (T[e].norm === "has" || T[e].norm === "have" || T[e].norm === "had")) e--;
      if (T[e]?.text === ",") {
        // "The Russian ambassador to Vienna, Mikhail Ulyanov, spoke of “…”": the apposition
        const c2 = openingComma(T, e, s);
        np = c2 >= 0 ? appositionPhrase(T, c2, e) : null;
        // ("Sir John Hale, the chairman of the committee, described …": the name before a description)
        if ((!np || !namesSomeone(ctx, np)) && c2 > s.tokenStart) np = nounPhraseEndingAt(T, c2 - 1, s.tokenStart);
      } else np = nounPhraseEndingAt(T, e, s.tokenStart);
      // ("planning what they call “protective” ballots": a name given to a thing, the quoted word
      // a modifier of the noun after it, is a quoted term, not speech)
      const after = T[tokenAt(ctx, seg.closeEnd)];
      if (np && (T[np.from].norm === "what" || T[np.from - 1]?.norm === "what") && CALL_FORMS[T[cue].norm] && after?.sentence === s.index && after.pos === "NOUN") return;
      // ("left what residents described as “…”": a free relative's subject speaks)
      if (np && T[np.from].norm === "what" && np.to - np.from > 1) np = { from: np.from + 1, to: np.to };
      // (a noun that can speak, or a statement speaking for its issuer: "The joint statement also
      // expressed hope for “…”")
      if (np && !speakerLike(ctx, np) && !/^(he|she|it|they)$/.test(T[np.from].norm)) np = null;
      if (!np) return;
    }
    const content = trimContent(ctx.text, seg.start, seg.end, false);
    if (content.end <= content.start) return;
    out.push({
      type: "direct",
      np,
      cue: tokenSpan(ctx, cue, cueEnd > cue ? cueEnd : cue + 1),
      cueToken: -1,
      content,
      claims: [seg],
      rejectIf: "any",
      method: "pattern:fragment",
      confidence: [0.7, 0.7],
      sentence: s.index,
      segment: seg,
      order: [2, index],
      subject,
      notInsideAnother: true,
    });
  });
  return out;
}
