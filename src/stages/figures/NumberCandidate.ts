import type { Approx } from "../../types.js";

/** How a number expression was read. */
export type NumberKind = "digits" | "words" | "ordinal" | "vague" | "fraction";

/** Where an intrinsic unit came from: a currency mark, a percent mark or a hyphenated noun. */
export type UnitKind = "currency" | "percent" | "hyphen";

/**
 * A number expression found in a sentence, before filtering and refinement. Token indices are
 * into `layers.tokens`; `start`/`end` are character offsets of the whole expression (currency
 * mark, scale word, percent mark and hyphenated unit included; qualifiers such as "more than"
 * excluded). A range token such as "10-15" yields two candidates inside one token.
 */
export interface NumberCandidate {
  first: number;
  last: number;
  start: number;
  end: number;
  /** Offsets of the number proper, without currency or unit words (checked against the times layer). */
  coreStart: number;
  coreEnd: number;
  value: number;
  kind: NumberKind;
  ordinal: boolean;
  /** Largest scale word multiplied in ("million" → 1e6), 1 when none. */
  scale: number;
  unit: string | null;
  unitKind: UnitKind | null;
  /** Approximation carried by the expression itself ("hundreds" → "at least", "40-odd" → "about"). */
  approx: Approx | null;
  /** Token where the search for what is counted begins. */
  next: number;
  /** The expression is the single word "one" (checked for pronoun use). */
  isOne: boolean;
  /** Partner in a range written as one token ("10-15"): "low" or "high". */
  tokenRange?: "low" | "high";
  method: string;
  confidence: number;
}
