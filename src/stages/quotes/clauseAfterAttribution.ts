import type { Token } from "../../types.js";
import type { CandidateFields } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { insideSegment, segmentsIn, trimContent } from "./QuoteContext.js";
import { finiteClause, ownAttribution } from "./phraseShapes.js";
import type { FoundCue } from "./reportedClause.js";
import { accordingCueAt } from "./findAccordingTo.js";
import { CLAUSE_ENDING_PARTICIPLES } from "../../lexicons/en/reportingVerbs.js";

/** Parts of speech of a short adverbial after a cue ("said on Monday", "said by telephone"). */
const TAIL_POS = new Set(["ADP", "DET", "NOUN", "PROPN", "NUM", "ADV", "ADJ"]);

/**
 * A reported clause coordinated after a reverse attribution: "Road closures made it hard to
 * reach the area, he said, and there was a shortage of rescuers." The clause after ", and" (with
 * a subject and a finite verb, or "that") is the same speaker's too, a quote of its own without
 * a cue. Not a verb phrase of the speaker's ("…, she said, and left the room"), nor a clause with
 * a reporting verb of its own (", and officials said …", which is that clause's attribution).
 * The clause ends at a participle clause of the writer's (", killing …") or "according to".
 */
export function clauseAfterAttribution(ctx: QuoteContext, f: Pick<FoundCue, "s" | "np" | "to">, method: string): CandidateFields | null {
  const T = ctx.tokens;
  const s = f.s;
  let k = f.to;
  while (k < s.tokenEnd && k < f.to + 6 && TAIL_POS.has(T[k].pos)) k++;
  if (T[k]?.text !== "," || T[k + 1]?.norm !== "and" || T[k + 1].pos !== "CCONJ" || insideSegment(ctx, T[k].start)) return null;
  let c = k + 2;
  const that = T[c]?.norm === "that";
  if (that) c++;
  if (c >= s.tokenEnd - 2) return null;
  const end = clauseEnd(T, c, s.tokenEnd);
  const rest = T.slice(c, end);
  if (!that && !finiteClause(rest)) return null;
  if (ownAttribution(ctx, c, end)) return null;
  const content = trimContent(ctx.text, T[c].start, T[end - 1].end, true);
  const claims = segmentsIn(ctx, content.start, content.end);
  return { type: claims.length ? "mixed" : "indirect", np: f.np, cue: null, cueToken: -1, content, claims, rejectIf: "any", method, confidence: [0.7, 0.55], sentence: s.index };
}

/** The token ending a clause that starts at `c`: a comma before a participle of the writer's (an adverb may come between) or "according to", else `max`. */
function clauseEnd(T: readonly Token[], c: number, max: number): number {
  for (let k = c + 2; k < max - 1; k++) {
    if (T[k].text !== ",") continue;
    const next = T[k + 1].pos === "ADV" ? k + 2 : k + 1;
    if (CLAUSE_ENDING_PARTICIPLES.has(T[next]?.norm ?? "") || accordingCueAt(T, k + 1)) return k;
  }
  return max;
}
