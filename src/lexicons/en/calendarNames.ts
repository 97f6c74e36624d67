/**
 * English month and weekday names with the abbreviations news copy uses (AP style "Aug.",
 * "Sept.", plus the common three-letter forms). Source: written for dossier from the Gregorian
 * calendar and AP/Reuters abbreviation habits; no external list copied.
 * Keys are lower case and carry no trailing period; matchers allow an optional "." after them.
 */

/** Month name or abbreviation → month number 1..12. */
export const MONTH_NAMES: Record<string, number> = {
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
};

/**
 * Month names that are also ordinary English words ("May I", "march on", "a Jan"), so a bare
 * occurrence needs date-like context before it counts.
 */
export const AMBIGUOUS_MONTHS = new Set(["may", "march", "mar", "jan", "jun", "dec", "sep", "oct", "aug"]);

/** Weekday name → ISO weekday number (Monday = 1 … Sunday = 7). */
export const WEEKDAY_NAMES: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Words that turn a weekday into a name, not a date ("Black Friday", "Bloody Sunday"). */
export const WEEKDAY_NAME_PREFIXES = new Set(["black", "good", "bloody", "super", "cyber", "holy", "palm", "easter", "ash", "maundy", "shrove"]);

/** Words after a capitalised weekday that make it part of a name ("the Sunday Times"). */
export const WEEKDAY_NAME_SUFFIXES = new Set([
  "times", "telegraph", "mail", "express", "post", "herald", "mirror", "observer", "tribune", "independent",
  "star", "sport", "league", "club", "school", "schools", "mass", "service", "agreement", "group",
]);
