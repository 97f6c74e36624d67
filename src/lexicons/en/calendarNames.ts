/**
 * English month and weekday names with the abbreviations news copy uses (AP style "Aug.",
 * "Sept.", plus the common three-letter forms). Source: written for dossier from the Gregorian
 * calendar and AP/Reuters abbreviation habits; no external list copied.
 * Keys are lower case and carry no trailing period; matchers allow an optional "." after them.
 */
import { lookupTable } from "../lookupTable.js";

/** Month name or abbreviation → month number 1..12. */
export const MONTH_NAMES: Record<string, number> = lookupTable({
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
});

/**
 * Month names that are also ordinary English words ("May I", "march on", "a Jan"), so a bare
 * occurrence needs date-like context before it counts.
 */
export const AMBIGUOUS_MONTHS = new Set(["may", "march", "mar", "jan", "jun", "dec", "sep", "oct", "aug"]);

/** Weekday name → ISO weekday number (Monday = 1 … Sunday = 7). */
export const WEEKDAY_NAMES: Record<string, number> = lookupTable({
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
});

/** Words that turn a weekday into a name, not a date ("Black Friday", "Bloody Sunday"). */
export const WEEKDAY_NAME_PREFIXES = new Set(["black", "good", "bloody", "super", "cyber", "holy", "palm", "easter", "ash", "maundy", "shrove"]);

/** Words after a capitalised weekday that make it part of a name ("the Sunday Times"). */
export const WEEKDAY_NAME_SUFFIXES = new Set([
  "times", "telegraph", "mail", "express", "post", "herald", "mirror", "observer", "tribune", "independent",
  "star", "sport", "league", "club", "school", "schools", "mass", "service", "agreement", "group",
]);

/**
 * Holidays with a rule for their date (TIMEX3 DATE values): a fixed month and day, the n-th
 * weekday of a month (`nth` −1 = the last), or an offset from Western Easter. Source: the
 * Gregorian civil and Western church calendars; US federal holidays by their statutory rules.
 * Keys are lower case; the matcher wants them capitalised in the text.
 */
export type HolidayRule =
  | { month: number; day: number }
  | { month: number; weekday: number; nth: number }
  | { easter: number };

export const HOLIDAYS: Record<string, HolidayRule> = lookupTable({
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  "st. patrick's day": { month: 3, day: 17 },
  "st patrick's day": { month: 3, day: 17 },
  "independence day": { month: 7, day: 4 },
  "the fourth of july": { month: 7, day: 4 },
  halloween: { month: 10, day: 31 },
  "veterans day": { month: 11, day: 11 },
  "christmas eve": { month: 12, day: 24 },
  "christmas day": { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  "boxing day": { month: 12, day: 26 },
  "martin luther king day": { month: 1, weekday: 1, nth: 3 },
  "presidents day": { month: 2, weekday: 1, nth: 3 },
  "memorial day": { month: 5, weekday: 1, nth: -1 },
  "labor day": { month: 9, weekday: 1, nth: 1 },
  "thanksgiving day": { month: 11, weekday: 4, nth: 4 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  "good friday": { easter: -2 },
  "easter sunday": { easter: 0 },
  easter: { easter: 0 },
  "easter monday": { easter: 1 },
  "palm sunday": { easter: -7 },
});
