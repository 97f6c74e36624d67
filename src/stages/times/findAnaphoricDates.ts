import { makeCandidate, type TimeCandidate } from "./TimeCandidate.js";
import type { TimeContext } from "./TimeContext.js";
import { lookupTable } from "../../lexicons/lookupTable.js";

const A = { EDGE: 1, PHRASE: 2 } as const;
/**
 * "that year", "the following year", "later that year", "that same day", "earlier that day":
 * dates that point at one mentioned before. `(earlier|later) ` is part of the expression, as in
 * the TimeML training data.
 */
const ANAPHORIC = /\b(?:(earlier|later)\s+)?(that\s+(?:same\s+)?(?:year|day)|the\s+(?:same|following)\s+(?:year|day)|the\s+(?:previous|preceding)\s+(?:year|day))\b(?!\s+(?:of|in|when|that|after|before)\b|-)/g;

const CENTURY_ORDINALS: Record<string, number> = lookupTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21,
});
/** "the 20th century", "the twentieth century", "this century", "the last century", "the 11th-century temple". */
const CENTURY = new RegExp(String.raw`\b(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)|(?:the\s+)?(${Object.keys(CENTURY_ORDINALS).join("|")})|(this|last|next|the\s+last|the\s+next|the\s+past)|(?:the\s+)?(early|mid|late)[\s-]+(\d{1,2})(?:st|nd|rd|th))[\s-]century\b`, "g");

/**
 * Dates that refer back to the last one mentioned ("that year", "the following day"; resolved by
 * `resolveAnaphoricDates`, the value here being the publication-based fallback) and centuries
 * ("the 20th century" → `19`, "this century" → the publication year's).
 */
export function findAnaphoricDates(ctx: TimeContext): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  const lower = ctx.lower;
  const a = ctx.anchor;

  ANAPHORIC.lastIndex = 0;
  for (let m = ANAPHORIC.exec(lower); m; m = ANAPHORIC.exec(lower)) {
    const phrase = m[A.PHRASE].replace(/\s+/g, " ");
    const unit = phrase.endsWith("day") || phrase.startsWith("the day") ? "D" : "Y";
    const shift = /following/.test(phrase) ? 1 : /previous|preceding|before/.test(phrase) ? -1 : 0;
    out.push(makeCandidate(ctx, m.index, m.index + m[0].length, {
      type: "DATE",
      value: unit === "Y" ? "XXXX" : "XXXX-XX-XX",
      anchor: "none",
      method: `pattern:anaphoric:${phrase.replace(/ /g, "-")}`,
      confidence: 0.6,
      priority: 1,
      refersBack: { unit, shift },
    }));
  }

  CENTURY.lastIndex = 0;
  for (let m = CENTURY.exec(lower); m; m = CENTURY.exec(lower)) {
    let n: number | null = null;
    if (m[1]) n = +m[1];
    else if (m[2]) n = CENTURY_ORDINALS[m[2]];
    else if (m[5]) n = +m[5];
    else if (a) {
      const rel = m[3].replace(/\s+/g, " ");
      if (rel === "the past" || rel === "the last" || rel === "the next") continue; // durations ("the past century")
      n = Math.floor(a.y / 100) + 1 + (rel === "last" ? -1 : rel === "next" ? 1 : 0);
    }
    if (n === null || n < 1 || n > 22) continue;
    out.push(makeCandidate(ctx, m.index, m.index + m[0].length, {
      type: "DATE",
      value: String(n - 1).padStart(2, "0"),
      anchor: m[3] ? "published" : "absolute",
      method: "pattern:century",
      confidence: 0.8,
      priority: 1,
    }));
  }
  return out;
}
