import type { Sentence, Token } from "../../types.js";
import type { QuoteCandidate } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { negated, segmentsIn, tokenSpan, trimContent } from "./QuoteContext.js";
import { nounPhraseEndingAt, skipLeftAdverbs } from "./speakerPhrase.js";
import { FIGURE_VERBS, NON_SPEAKER_HEADS, STATEMENT_NOUNS_THAT, TALLY_NOUNS } from "../../lexicons/en/quoteWords.js";

/**
 * Statements without a reporting verb: a figure someone states ("The agency put the toll at
 * 412", "Officials raised the death toll to 1,200": the object and its figure are the content)
 * and a statement noun after a possessive speaker ("the minister's announcement that the border
 * would reopen": the "that" clause is the content).
 */
export function findNominalQuotes(ctx: QuoteContext): QuoteCandidate[] {
  const T = ctx.tokens;
  const out: QuoteCandidate[] = [];
  for (const s of ctx.sentences) {
    for (let k = s.tokenStart + 1; k < s.tokenEnd - 2; k++) {
      const c = FIGURE_VERBS[T[k].norm] && T[k].pos === "VERB" ? figureStatement(ctx, s, k) : STATEMENT_NOUNS_THAT[T[k].norm] && T[k + 1].norm === "that" ? nominalStatement(ctx, s, k) : null;
      if (c) out.push(c);
    }
  }
  return out;
}

function candidate(ctx: QuoteContext, s: Sentence, k: number, np: { from: number; to: number }, start: number, end: number, method: string): QuoteCandidate | null {
  const content = trimContent(ctx.text, start, end, true);
  if (content.end - content.start < 4) return null;
  const segs = segmentsIn(ctx, content.start, content.end);
  return { type: segs.length ? "mixed" : "indirect", np, cue: tokenSpan(ctx, k, k + 1), cueToken: k, content, claims: segs, rejectIf: "any", method, confidence: [0.7, 0.55], sentence: s.index, order: [1, s.index, 1, k] };
}

/** "The agency put the toll at 412": a subject, the verb, a tally noun phrase, "at"/"to" and a number. */
function figureStatement(ctx: QuoteContext, s: Sentence, k: number): QuoteCandidate | null {
  const T = ctx.tokens;
  // the object runs to the "at"/"to" before the number ("the number of dead at 412")
  let p = k + 1;
  while (p < s.tokenEnd && p < k + 9 && T[p].norm !== "at" && T[p].norm !== "to" && T[p].pos !== "VERB" && T[p].pos !== "PUNCT") p++;
  if ((T[p]?.norm !== "at" && T[p]?.norm !== "to") || p === k + 1 || !T.slice(k + 1, p).some((t) => TALLY_NOUNS[t.norm])) return null;
  const obj = { from: k + 1, to: p };
  // "at 412", "at more than 400", "at about $2 billion"
  let q = p + 1;
  while (q < s.tokenEnd && q < p + 4 && T[q].pos !== "NUM") q++;
  if (T[q]?.pos !== "NUM") return null;
  while (q + 1 < s.tokenEnd && (T[q + 1].pos === "NUM" || T[q + 1].pos === "NOUN" || T[q + 1].pos === "PROPN")) q++;
  const e = skipLeftAdverbs(T, k - 1, s.tokenStart);
  if (negated(ctx, k, s.tokenStart)) return null;
  const np = nounPhraseEndingAt(T, e, s.tokenStart);
  if (!np || np.from !== skipDeterminerStart(T, s, np.from) || NON_SPEAKER_HEADS[T[np.to - 1].norm] || !/^(NOUN|PROPN|PRON)$/.test(T[np.to - 1].pos)) return null;
  p = q + 1;
  return candidate(ctx, s, k, np, T[obj.from].start, T[p - 1].end, "pattern:figure-statement");
}

/** The speaker phrase must start the clause: at the sentence start or after a comma. */
function skipDeterminerStart(T: readonly Token[], s: Sentence, from: number): number {
  return from === s.tokenStart || T[from - 1]?.text === "," ? from : -1;
}

/** "the minister's announcement that the border would reopen surprised traders". */
function nominalStatement(ctx: QuoteContext, s: Sentence, k: number): QuoteCandidate | null {
  const T = ctx.tokens;
  // the possessive right before the noun (an adjective may come between: "the ministry's surprise announcement")
  let poss = k - 1;
  if (T[poss]?.pos === "ADJ") poss--;
  if (!/^('s|\u2019s|')$/.test(T[poss]?.norm ?? "")) return null;
  const np = nounPhraseEndingAt(T, poss - 1, s.tokenStart);
  if (!np || NON_SPEAKER_HEADS[T[np.to - 1].norm]) return null;
  const c = k + 2;
  const end = clauseEnd(T, c, s.tokenEnd);
  if (end - c < 3) return null;
  return candidate(ctx, s, k, np, T[c].start, T[end - 1].end, "pattern:nominal-statement");
}

const COPULAS = new Set(["be", "is", "are", "was", "were", "been", "being", "remain", "remains", "remained", "seem", "seems", "seemed", "become", "becomes", "became", "stay", "stays", "stayed", "appear", "appears", "appeared", "get", "gets", "got", "look", "looks", "looked"]);

/**
 * Where a "that" clause used inside a noun phrase ends: at a comma, or at the main clause's verb
 * (a verb after the clause's own verb chain: "that the border would reopen | surprised traders").
 */
function clauseEnd(T: readonly Token[], from: number, max: number): number {
  let seenVerb = false;
  let lastVerb = false;
  for (let i = from; i < max; i++) {
    const t = T[i];
    if (t.text === "," || t.text === ";" || /^[\u201C\u201D"]$/.test(t.text)) return i;
    // ("would reopen surprised traders": a participle read as an adjective after a finished verb, not after a copula)
    if (seenVerb && lastVerb && t.pos === "ADJ" && /ed$/.test(t.norm) && T[i - 1].pos === "VERB" && !COPULAS.has(T[i - 1].norm)) return i;
    if (t.pos === "VERB" || t.pos === "AUX") {
      const linked = /^(to|and|or|that|who|which|not|n't)$/.test(T[i - 1]?.norm ?? "");
      if (seenVerb && lastVerb && !linked && t.pos === "VERB" && T[i - 1].pos === "VERB") return i;
      if (seenVerb && !lastVerb && !linked) return i;
      if (t.pos === "VERB") seenVerb = true;
      lastVerb = true;
    } else if (t.pos !== "ADV" && t.pos !== "PART") lastVerb = false;
  }
  return max;
}
