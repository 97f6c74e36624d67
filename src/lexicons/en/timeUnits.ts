/**
 * Calendar and clock units for durations and frequencies, with their TIMEX3 duration letters.
 * Source: written for dossier; the letters (Y, M, W, D, H, M, S, DE, CE) follow the ISO 8601
 * duration format as used by TIMEX3.
 */
import { lookupTable } from "../lookupTable.js";

export interface TimeUnit {
  /** Duration designator: "Y", "M", "W", "D", "DE", "CE" for dates; "H", "M", "S" for clock time. */
  code: string;
  /** True for clock units, which take the "T" prefix (PT3H). */
  clock: boolean;
}

/** Unit word (singular or plural, lower case) → unit. */
export const TIME_UNITS: Record<string, TimeUnit> = lookupTable({
  second: { code: "S", clock: true }, seconds: { code: "S", clock: true },
  minute: { code: "M", clock: true }, minutes: { code: "M", clock: true },
  hour: { code: "H", clock: true }, hours: { code: "H", clock: true },
  day: { code: "D", clock: false }, days: { code: "D", clock: false },
  week: { code: "W", clock: false }, weeks: { code: "W", clock: false },
  fortnight: { code: "W", clock: false },
  month: { code: "M", clock: false }, months: { code: "M", clock: false },
  year: { code: "Y", clock: false }, years: { code: "Y", clock: false },
  decade: { code: "DE", clock: false }, decades: { code: "DE", clock: false },
  century: { code: "CE", clock: false }, centuries: { code: "CE", clock: false },
});

/** Units whose count is multiplied when read ("a fortnight" = two weeks). */
export const UNIT_MULTIPLIERS: Record<string, number> = lookupTable({ fortnight: 2 });

/** Counting words that are not in the cardinal list ("a", "an", "a dozen"). */
export const EXTRA_COUNT_WORDS: Record<string, number> = lookupTable({ a: 1, an: 1, dozen: 12, "a dozen": 12, "a couple of": 2, "a couple": 2 });

/** Vague quantities before a plural unit that give an unknown count ("several days" → PXD). */
export const VAGUE_COUNTS = ["several", "a few", "few", "many", "some", "multiple", "recent", "countless"];

/**
 * Frequency adverbs and adjectives that make a SET expression, with their TIMEX3 period
 * ("daily" → P1D). "daily" and "weekly" are also nouns for newspapers; the matcher checks that.
 * "annual" is left out: TempEval-3 training annotators never tag it ("the annual meeting").
 */
export const FREQUENCY_WORDS: Record<string, string> = lookupTable({
  hourly: "PT1H",
  daily: "P1D",
  nightly: "P1D",
  weekly: "P1W",
  fortnightly: "P2W",
  monthly: "P1M",
  quarterly: "P3M",
  yearly: "P1Y",
  annually: "P1Y",
  biannually: "P6M",
});
