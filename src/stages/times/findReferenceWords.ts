import { REFERENCE_WORDS } from "../../lexicons/en/tenseCues.js";
import { TIME_UNITS } from "../../lexicons/en/timeUnits.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import { tokenIndexAt, type TimeContext } from "./TimeContext.js";

const KEYS = Object.keys(REFERENCE_WORDS).sort((a, b) => b.length - a.length);
/** Any reference phrase as whole words; a hyphen after it ("now-defunct") or before it is a compound. */
const REFERENCE = new RegExp(String.raw`(?<![a-z-])(${KEYS.map((k) => k.replace(/ /g, "\\s+").replace(/-/g, "\\-")).join("|")})(?![a-z-])`, "g");
/** Parts of speech after "the past" / "the future" that make it a modifier ("the past week", "the future king"). */
const MODIFIED = new Set(["NOUN", "PROPN", "NUM", "ADJ"]);
const COUNT_AFTER = /^\s+(?:few|several|couple|many|\d)/;
/** "current" counts only as an adjective before a word, and not in these compounds. */
const CURRENT_AFTER = /^\s+(?!(?:account|accounts|affairs|flows?|assets|liabilities|ratio)\b)[a-z]/;

/**
 * Reference to the present, past or future as a whole: "now", "currently", "recently",
 * "current (market conditions)", "in the past", "the foreseeable future" → DATE `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`
 * (TIMEX3). "the past three years" is a duration (see `findDurations`), so "the past" and "the
 * future" count only when no noun, number or adjective follows; "the future of …" is a topic,
 * not a time.
 */
export function findReferenceWords(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const lower = ctx.lower;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(lower); m; m = REFERENCE.exec(lower)) {
    const key = m[1].replace(/\s+/g, " ");
    const value = REFERENCE_WORDS[key];
    const start = m.index;
    const end = start + m[0].length;
    if (key === "current") {
      const k = tokenIndexAt(ctx, start);
      const prev = ctx.tokens[k - 1];
      // "a strong current near the shore": a noun after an article or adjective.
      if (prev && (prev.pos === "ADJ" || prev.pos === "ADV" || prev.norm === "a" || prev.norm === "an")) continue;
      if (ctx.tokens[k]?.pos !== "ADJ" || !CURRENT_AFTER.test(lower.slice(end, end + 16)) || lower.slice(Math.max(0, start - 5), start) === "then ") continue;
    }
    if (key.startsWith("the ")) {
      const k = tokenIndexAt(ctx, end);
      const next = ctx.tokens[k];
      const nextWord = next ? lower.slice(next.start, next.end) : "";
      if (next && next.start <= end + 1 && (MODIFIED.has(next.pos) || nextWord in TIME_UNITS || nextWord === "of")) continue;
      if (COUNT_AFTER.test(lower.slice(end, end + 8))) continue;
    }
    out.push(makeCandidate(ctx, start, end, {
      type: "DATE",
      value,
      anchor: "none",
      method: `pattern:reference:${key.replace(/ /g, "-")}`,
      confidence: 0.7,
      priority: 0,
    }));
  }
  return out;
}
