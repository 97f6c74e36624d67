import type { Token } from "../../types.js";
import type { Approx } from "../../types.js";
import { HYPHEN_NON_UNITS, HYPHEN_PASS_THROUGH, HYPHEN_TAIL_WORDS } from "../../lexicons/en/figureUnits.js";
import { isGluedHyphen, isWord } from "./tokenHelpers.js";
import { pluralize } from "./pluralize.js";

/** The result of looking for "-unit" right after a number. */
export type HyphenUnit =
  /** "three-hour" → unit "hours"; "12-year-old" → "years old". */
  | { type: "unit"; last: number; unit: string }
  /** "2,000-strong", "40-odd", "300-plus": the unit comes from the next noun. */
  | { type: "pass"; last: number; approx: Approx | null }
  /** "one-on-one", "one-off": not a figure. */
  | { type: "reject" };

/**
 * Reads a hyphenated unit glued to the number ending at token `k - 1`, or returns null when
 * there is none. The unit is plural unless the value is 1, as a reader would say it
 * ("a three-hour meeting" → 3 hours).
 */
export function readHyphenUnit(tokens: readonly Token[], k: number, end: number, value: number): HyphenUnit | null {
  if (!isGluedHyphen(tokens, k, end)) return null;
  const wt = tokens[k + 1];
  if (!isWord(wt)) return null;
  const w = wt.norm;
  if (HYPHEN_NON_UNITS.has(w)) return { type: "reject" };
  const pass = HYPHEN_PASS_THROUGH[w];
  if (pass !== undefined) return { type: "pass", last: k + 1, approx: pass === "exact" ? null : pass };
  const parts = [value === 1 ? w : pluralize(w)];
  let last = k + 1;
  while (isGluedHyphen(tokens, last + 1, end) && HYPHEN_TAIL_WORDS.has(tokens[last + 2].norm)) {
    parts.push(tokens[last + 2].norm);
    last += 2;
  }
  return { type: "unit", last, unit: parts.join(" ") };
}
