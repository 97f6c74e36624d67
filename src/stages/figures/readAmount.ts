import type { Token } from "../../types.js";
import { CURRENCY_CODES_UPPER_ONLY, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, PERCENT_SUFFIXES } from "../../lexicons/en/figureUnits.js";
import { adjacent, isUpperCode } from "./tokenHelpers.js";

/** {@link CURRENCY_PREFIXES} as a map: looked up for every token, and never through the object prototype. */
const PREFIX_CODES = new Map(Object.entries(CURRENCY_PREFIXES));

/** A currency code written before an amount at token `i` ("$", "US$", "NIS"), or null. */
export function currencyPrefix(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  const code = PREFIX_CODES.get(t.norm);
  if (code === undefined) return null;
  if (CURRENCY_CODES_UPPER_ONLY.has(t.norm) && !isUpperCode(t)) return null;
  return code;
}

/** A unit written after an amount: currency words or percent marks. */
export interface AmountSuffix {
  last: number;
  unit: string;
  kind: "currency" | "percent";
}

/**
 * Reads a currency word ("euros", "US dollars", "Egyptian pounds") or percent mark ("%",
 * "per cent", "percentage points") at token `k`, or returns null.
 */
export function readAmountSuffix(tokens: readonly Token[], k: number, end: number): AmountSuffix | null {
  if (k >= end) return null;
  const t = tokens[k];
  const w = t.norm;
  if (w === "%") return { last: k, unit: "percent", kind: "percent" };
  if (k + 1 < end) {
    const two = PERCENT_SUFFIXES[w + " " + tokens[k + 1].norm];
    if (two !== undefined) return { last: k + 1, unit: two, kind: "percent" };
  }
  const p = PERCENT_SUFFIXES[w];
  if (p !== undefined) return { last: k, unit: p, kind: "percent" };
  // "US dollars", "U.S. dollars"
  if ((w === "us" || w === "u.s." || w === "american") && k + 1 < end && (tokens[k + 1].norm === "dollars" || tokens[k + 1].norm === "dollar")) {
    return { last: k + 1, unit: "USD", kind: "currency" };
  }
  if (w === "egyptian" && k + 1 < end && tokens[k + 1].norm.startsWith("pound")) return { last: k + 1, unit: "EGP", kind: "currency" };
  if (w === "pounds" || w === "pound") {
    if (k + 1 < end && tokens[k + 1].norm === "sterling") return { last: k + 1, unit: "GBP", kind: "currency" };
    return null; // weight or money: leave it to the noun search
  }
  const c = CURRENCY_SUFFIXES[w];
  if (c !== undefined) {
    if (CURRENCY_CODES_UPPER_ONLY.has(w) && !isUpperCode(t)) return null;
    return { last: k, unit: c, kind: "currency" };
  }
  return null;
}

/** True when a "+" is glued to the token before it ("5,000+"). */
export function gluedPlus(tokens: readonly Token[], k: number, end: number): boolean {
  return k < end && tokens[k].text === "+" && adjacent(tokens[k - 1], tokens[k]);
}
