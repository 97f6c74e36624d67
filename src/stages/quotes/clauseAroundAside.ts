import type { CandidateFields } from "./QuoteCandidate.js";
import type { QuoteContext } from "./QuoteContext.js";
import { DATELINE, segmentsIn, tokenSpan, trimContent } from "./QuoteContext.js";
import { CLAUSE_OPENERS } from "../../lexicons/en/quoteWords.js";
import { finiteClause, onlyTrailing, ownAttribution } from "./phraseShapes.js";
import type { FoundCue } from "./reportedClause.js";

/**
 * "That was compounded, he said, by continued softness in the Asian market.": a clause before the
 * aside that runs on after it with a prepositional complement is reported whole; not a trailing
 * time or occasion ("…, he said, in a statement.") nor a subordinator, whose clause is usually
 * the writer's ("…, Erdogan noted, as he made his first visit"). `close` is the
 * token after the aside's tail. Null for any other shape.
 */
export function clauseAroundAside(ctx: QuoteContext, f: FoundCue, close: number): CandidateFields | null {
  const T = ctx.tokens;
  const { s, np } = f;
  const next = T[close + 1];
  if (T[close]?.text !== "," || !next || next.sentence !== s.index || next.pos !== "ADP" || next.norm === "according" || next.norm === "of" || CLAUSE_OPENERS[next.norm]) return null;
  const before = T.slice(s.tokenStart, np.from - 1);
  // (a demonstrative "That was …" opens a clause too)
  const clause = finiteClause(before) || (before[0]?.norm === "that" && /^(is|was|were|are|has|had|will|would)$/.test(before[1]?.norm ?? ""));
  if (onlyTrailing(ctx, close + 1, s) || !clause) return null;
  // (another attribution after the aside ends nothing here: leave the sentence to the other readings)
  if (ownAttribution(ctx, close + 1, s.tokenEnd)) return null;
  let from = T[s.tokenStart].start;
  const dateline = DATELINE.exec(ctx.text.slice(from, T[np.from - 1].start));
  if (dateline) from += dateline[0].length;
  const content = trimContent(ctx.text, from, s.end, true);
  const segs = segmentsIn(ctx, content.start, content.end);
  return { type: segs.length ? "mixed" : "indirect", np, cue: tokenSpan(ctx, f.from, f.to), cueToken: f.from, content, claims: segs, rejectIf: "any", method: f.method.replace("speaker-said", "speaker-said-parenthetical"), confidence: [0.75, 0.6], sentence: s.index };
}
