import { PARTS_OF_DAY } from "../../lexicons/en/partsOfDay.js";
import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import { tokenIndexAt, type TimeContext } from "./TimeContext.js";

/** "the evening", "that morning" (not "the evening of …", which names its own date). */
const THE_PART = /\b(?:the|that)\s+(morning|afternoon|evening|night)\b(?!\s+of\b)/g;

/** Parts of day that take their day from context ("early in the evening" after "July 28").
 * Their date is filled in later (see `resolveContextDays`). */
export function findPartsOfDay(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  THE_PART.lastIndex = 0;
  for (let m = THE_PART.exec(ctx.lower); m; m = THE_PART.exec(ctx.lower)) {
    const end = m.index + m[0].length;
    const k = tokenIndexAt(ctx, end);
    const next = ctx.tokens[k];
    // "the evening news", "the night sky": a modifier of a noun.
    if (next && next.start === end + 1 && next.pos === "NOUN") continue;
    const part = PARTS_OF_DAY[m[1]];
    out.push(makeCandidate(ctx, m.index, end, {
      type: "TIME",
      value: `XXXX-XX-XXT${part}`,
      anchor: "none",
      method: "pattern:part-of-day",
      confidence: 0.6,
      priority: 0,
      partOfDay: part,
    }));
  }
  return out;
}
