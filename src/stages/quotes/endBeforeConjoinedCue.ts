import type { Token } from "../../types.js";
import type { QuoteContext } from "./QuoteContext.js";
import { insideSegment } from "./QuoteContext.js";
import { REPORTING_LEMMA } from "./cueLexicon.js";
import { CONJOINED_LEMMAS } from "../../lexicons/en/quoteWords.js";

/** Past forms that do not end in "-ed". */
const IRREGULAR_PAST = new Set(["said", "told", "spoke", "wrote"]);

/**
 * Is `t` a speech verb of `CONJOINED_LEMMAS` in the same tense as the cue form `cue` ("said …
 * and warned", "says … and adds")?
 */
function conjoinedCue(cue: string, t: Token | undefined): boolean {
  if (!t || t.pos !== "VERB" || !CONJOINED_LEMMAS[REPORTING_LEMMA.get(t.norm) ?? ""]) return false;
  const past = (w: string) => /ed$/.test(w) || IRREGULAR_PAST.has(w);
  const present = (w: string) => /[^s]s$/.test(w);
  return (past(cue) && past(t.norm)) || (present(cue) && present(t.norm));
}

/**
 * Where the reported clause of the cue at token `cue`, running over tokens `[from, end)`, ends
 * when a second speech verb of the same speaker follows it: "said the toll had jumped to 172 and
 * warned that …", "told media there was no scope for a new poll and denied allegations …" — an
 * "and" with a speech verb in the cue's tense and no subject of its own. That verb's own clause,
 * if any, is the conjoined quote of findIndirectQuotes. Returns `end` when there is none.
 */
export function endBeforeConjoinedCue(ctx: QuoteContext, cue: number, from: number, end: number): number {
  const T = ctx.tokens;
  for (let k = from + 2; k < end - 1; k++) {
    if (T[k].norm === "and" && T[k].pos === "CCONJ" && conjoinedCue(T[cue].norm, T[k + 1]) && !insideSegment(ctx, T[k].start)) return k;
  }
  return end;
}
