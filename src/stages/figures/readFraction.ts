import type { Token } from "../../types.js";
import { CARDINAL_WORDS, FRACTION_WORDS } from "../../lexicons/en/numberWords.js";
import { isGluedHyphen } from "./tokenHelpers.js";

/** A fraction: "two-thirds", "a quarter of", "half of". The counted noun is found after it ("of the buildings"). */
export interface FractionPhrase {
  first: number;
  last: number;
  value: number;
}

const HALF_FOLLOWERS = new Set(["of", "the", "its", "their", "his", "her", "our", "all", "a"]);
const HALF_BLOCKERS = new Set(["the", "a", "an", "first", "second", "in", "and", "by", "this", "that", "one", "other"]);

/** Reads a fraction starting at token `i`, or returns null. */
export function readFraction(tokens: readonly Token[], i: number, end: number): FractionPhrase | null {
  const w = tokens[i].norm;
  const num = w === "a" || w === "an" ? 1 : CARDINAL_WORDS[w];
  if (num !== undefined && num >= 1 && num <= 10) {
    // "two-thirds", "one-quarter"
    if (w !== "a" && w !== "an" && isGluedHyphen(tokens, i + 1, end)) {
      const d = FRACTION_WORDS[tokens[i + 2].norm];
      if (d !== undefined && num < d) return { first: i, last: i + 2, value: num / d };
      return null;
    }
    // "a third of", "two thirds of", "one quarter of"
    if (i + 2 < end && tokens[i + 2].norm === "of") {
      const fw = tokens[i + 1].norm;
      const d = FRACTION_WORDS[fw];
      if (d !== undefined && num < d && (num === 1 ? !fw.endsWith("s") || fw === "halves" : fw.endsWith("s"))) {
        if (fw === "halves") return null;
        return { first: i, last: i + 1, value: num / d };
      }
    }
    return null;
  }
  if (w === "half" && i + 1 < end && HALF_FOLLOWERS.has(tokens[i + 1].norm)) {
    if (i > 0 && HALF_BLOCKERS.has(tokens[i - 1].norm)) return null;
    // "half a million" is a cardinal, read elsewhere.
    if (tokens[i + 1].norm === "a") return null;
    return { first: i, last: i, value: 0.5 };
  }
  return null;
}
