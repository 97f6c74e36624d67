/**
 * English number words: cardinals, ordinals, scale words, vague plural counts and fractions.
 * Source: written for dossier from ordinary English number grammar (no external list copied).
 * All keys are lower case; callers match token `norm`s.
 */
import { lookupTable } from "../lookupTable.js";

/** Cardinal words below one hundred. */
export const CARDINAL_WORDS: Record<string, number> = lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers that follow a number ("3.4 million", "two hundred", "$2bn"). */
export const SCALE_WORDS: Record<string, number> = lookupTable({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  trn: 1e12,
  lakh: 1e5,
  crore: 1e7,
});

/** Scale abbreviations that only mean a multiplier next to a currency ("£3m", "$10k"). */
export const CURRENCY_ONLY_SCALES: Record<string, number> = lookupTable({ m: 1e6, k: 1e3, b: 1e9 });

/** Ordinal words. */
export const ORDINAL_WORDS: Record<string, number> = lookupTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
});

/**
 * Plural scale words used as vague counts ("hundreds of people", "tens of thousands").
 * The value recorded is the scale itself with approx "at least" — "hundreds" means at least one
 * hundred; it does not guess a midpoint.
 */
export const VAGUE_PLURALS: Record<string, number> = lookupTable({
  dozens: 12,
  scores: 20,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
});

/** Vague plurals that need a following "of" to count ("scores of people", not "test scores"). */
export const VAGUE_NEEDS_OF = new Set(["dozens", "scores", "tens"]);

/** Words that make a scale word vague: "several hundred", "a few thousand". Value = the scale. */
export const VAGUE_MODIFIERS = new Set(["several", "few", "many"]);

/** Fraction nouns ("two-thirds", "a quarter of", "half of"), by denominator value. */
export const FRACTION_WORDS: Record<string, number> = lookupTable({
  half: 2, halves: 2,
  third: 3, thirds: 3,
  quarter: 4, quarters: 4,
  fifth: 5, fifths: 5,
  sixth: 6, sixths: 6,
  tenth: 10, tenths: 10,
});

/** Unicode vulgar fractions and slash fractions that can follow a whole number ("1½", "3 1/2"). */
export const FRACTION_GLYPHS: Record<string, number> = lookupTable({
  "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3,
  "1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "1/3": 1 / 3, "2/3": 2 / 3,
});
