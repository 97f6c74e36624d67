/**
 * Word lists the figures stage uses to tell what a number counts and which numbers are not
 * figures at all. Source: written for dossier from newswire usage; currency codes follow ISO 4217.
 * Everything is lower case unless noted; callers match token `norm`s.
 */
import { lookupTable } from "../lookupTable.js";

/** Currency symbols and codes written before an amount ("$1.5 billion", "NIS 100"). */
export const CURRENCY_PREFIXES: Record<string, string> = lookupTable({
  "$": "USD", "us$": "USD", "usd": "USD",
  "€": "EUR", "eur": "EUR",
  "£": "GBP", "gbp": "GBP",
  "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
  "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR",
  "₽": "RUB", "rub": "RUB",
  "₺": "TRY", "try": "TRY",
  "₪": "ILS", "nis": "ILS", "ils": "ILS",
  "c$": "CAD", "cad": "CAD", "a$": "AUD", "aud": "AUD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD",
  "chf": "CHF", "sar": "SAR", "aed": "AED", "qar": "QAR", "egp": "EGP",
});

/** Currency codes that are also ordinary words, accepted only in upper case ("TRY 5", not "try 5"). */
export const CURRENCY_CODES_UPPER_ONLY = new Set(["try", "rub", "sar", "aud", "cad", "eur", "usd", "gbp", "inr", "chf", "aed", "qar", "egp", "cny", "jpy", "ils", "nis", "rmb"]);

/** Currency words written after an amount ("50 billion euros"). */
export const CURRENCY_SUFFIXES: Record<string, string> = lookupTable({
  dollar: "USD", dollars: "USD", usd: "USD",
  euro: "EUR", euros: "EUR", eur: "EUR",
  sterling: "GBP", gbp: "GBP",
  yen: "JPY", yuan: "CNY", renminbi: "CNY",
  rouble: "RUB", roubles: "RUB", ruble: "RUB", rubles: "RUB",
  shekel: "ILS", shekels: "ILS",
  lira: "TRY", liras: "TRY",
  rupee: "INR", rupees: "INR",
  riyal: "SAR", riyals: "SAR", dirham: "AED", dirhams: "AED",
  pound: "EGP", pounds: "GBP", // refined by context: "Egyptian pounds" / "pounds sterling"
});

/** Percent markers after a number; value is the unit recorded. Multi-word keys are space-joined. */
export const PERCENT_SUFFIXES: Record<string, string> = lookupTable({
  "%": "percent",
  "percent": "percent",
  "per cent": "percent",
  "pct": "percent",
  "percentage points": "percentage points",
  "percentage point": "percentage points",
});

/**
 * Words after a hyphen that do not make "N-word" a counted unit: "one-on-one", "one-off",
 * "two-way", "one-sided". Such numbers are not figures.
 */
export const HYPHEN_NON_UNITS = new Set([
  "on", "off", "way", "sided", "liner", "liners", "upmanship", "size", "fits", "and", "or", "to",
  "time", "timer", "timers", "of", "a", "all", "nil",
]);

/** Words after a hyphen that qualify the number and let the unit come from the next noun. */
export const HYPHEN_PASS_THROUGH: Record<string, "exact" | "about" | "more than"> = {
  strong: "exact",
  odd: "about",
  plus: "more than",
};

/** Words after an ordinal's hyphen that make a fixed expression, not a rank ("first-hand"). */
export const ORDINAL_HYPHEN_NON_UNITS = new Set(["hand", "class", "rate", "degree", "time", "string", "generation", "tier", "person"]);

/** Trailing words of a hyphen chain that join the unit ("12-year-old" → "years old"). */
export const HYPHEN_TAIL_WORDS = new Set(["old", "long", "wide", "high", "deep", "tall", "strong"]);

/** Irregular plurals for units made from a hyphenated singular ("three-man" → "men"). */
export const IRREGULAR_PLURALS: Record<string, string> = lookupTable({
  man: "men", woman: "women", child: "children", person: "people", foot: "feet", tooth: "teeth",
  mouse: "mice", goose: "geese", storey: "storeys", day: "days", key: "keys", way: "ways",
  series: "series", species: "species", sheep: "sheep", aircraft: "aircraft", km: "km", kg: "kg",
  mph: "mph", mm: "mm", cm: "cm", ha: "ha",
});

/** Words before a number that make it an identifier, not a figure ("Resolution 2334", "Flight 17"). */
export const IDENTIFIER_PREFIXES = new Set([
  "resolution", "resolutions", "no.", "nos.", "article", "articles", "section", "chapter", "route",
  "flight", "boeing", "airbus", "page", "pages", "p.", "pp.", "room", "highway", "interstate",
  "paragraph", "clause", "protocol", "platform", "gate", "channel", "apollo", "version", "v.",
  "vol.", "amendment", "terminal", "pier", "berth", "precinct", "covid", "sars", "mig", "su", "#",
  "windows", "iphone", "galaxy", "apt.", "apartment", "suite", "exit", "bus", "docket",
]);

/** Identifier prefixes that only count when capitalised ("Phase 2", "Day 3", "No 10", "Group of 20"). */
export const IDENTIFIER_PREFIXES_CAPITALISED = new Set([
  "no", "number", "level", "stage", "phase", "week", "day", "round", "game", "match", "line", "track",
  "order", "case", "file", "code", "rule", "bill", "law", "decree", "table", "figure", "item", "lot",
  "plot", "unit", "block", "building", "camp", "tower", "model", "type", "mark", "mk", "act", "ward",
  "district", "category", "grade", "issue", "season", "episode", "volume", "division", "corps",
  "brigade", "battalion", "squadron", "floor", "cop", "war", "ww", "formula", "part", "vol",
]);

/**
 * Verbs, adjectives and nouns that say what happened to what is counted ("killed 40 people",
 * "12 people were injured", "the death of 9,000 people"), mapped to the word added to the unit.
 */
export const CASUALTY_WORDS: Record<string, string> = lookupTable({
  kill: "killed", kills: "killed", killed: "killed", killing: "killed", slain: "killed", martyred: "killed",
  injure: "injured", injures: "injured", injured: "injured", injuring: "injured", hurt: "injured",
  wound: "wounded", wounds: "wounded", wounded: "wounded", wounding: "wounded",
  displace: "displaced", displaces: "displaced", displaced: "displaced", displacing: "displaced",
  arrest: "arrested", arrests: "arrested", arrested: "arrested", arresting: "arrested",
  detain: "detained", detains: "detained", detained: "detained", detaining: "detained",
  dead: "dead", die: "dead", dies: "dead", died: "dead", dying: "dead",
  abduct: "abducted", abducted: "abducted", abducting: "abducted",
  kidnap: "kidnapped", kidnapped: "kidnapped", kidnapping: "kidnapped",
  missing: "missing",
  evacuate: "evacuated", evacuated: "evacuated", evacuating: "evacuated",
  flee: "fled", fled: "fled", fleeing: "fled",
});

/** Nouns that, in "the N of 9,000 people", say what happened ("the death of", "the displacement of"). */
export const CASUALTY_NOUNS: Record<string, string> = lookupTable({
  death: "killed", deaths: "killed", killing: "killed", killings: "killed",
  displacement: "displaced", arrest: "arrested", arrests: "arrested", detention: "detained",
  injury: "injured", injuries: "injured", abduction: "abducted", evacuation: "evacuated",
});

/** Auxiliaries and adverbs allowed between a counted noun and its casualty verb ("were reportedly killed"). */
export const CASUALTY_GAP_WORDS = new Set([
  "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also",
  "already", "now", "since", "all", "allegedly", "later", "subsequently", "so", "far", "thus",
]);

/** Plural head nouns that end a counted noun phrase ("2.3 million residents face famine" → "residents"). */
export const HEAD_PLURALS = new Set(["people", "children", "men", "women", "police", "personnel", "staff", "cattle", "livestock"]);

/** Month names. "may" and "march" are only months when capitalised; the caller checks. */
export const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.",
  "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.",
  "nov", "nov.", "dec", "dec.",
]);

/** Weekday names and other time words that never serve as a counted unit. */
export const NON_UNIT_NOUNS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "today", "yesterday", "tonight", "tomorrow",
]);

/** Words after a number that make it a clock time ("10 a.m.", "1500 GMT"). */
export const CLOCK_SUFFIXES = new Set([
  "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "est", "edt", "bst", "cet", "cest", "hrs", "hours gmt",
]);

/** Words before a four-digit number that make it a year ("in 2023", "the 2015 deal"). */
export const YEAR_CUES = new Set([
  "in", "since", "by", "of", "until", "till", "from", "to", "through", "during", "after", "before",
  "the", "early", "late", "mid", "mid-", "year", "summer", "winter", "spring", "autumn", "fall",
  "'s", "’s", "its", "his", "her", "their", "our", "this", "that", "between",
  "fiscal", "fy", "around", "circa", "c.", "beginning", "end", "start",
]);

/**
 * Nouns that, after "one", make an idiom rather than a count ("at one point", "one way or
 * another", "on one hand").
 */
export const ONE_IDIOM_NOUNS = new Set([
  "point", "way", "hand", "thing", "another", "time", "day", "moment", "stage", "occasion", "sense",
  "respect", "example", "instance", "side", "kind", "sort", "reason", "level", "piece", "voice",
  "go", "bit", "step", "hundred", "thousand", "million", "billion",
]);

/** Words before "one" that make it a pronoun ("no one", "the one", "each one"). */
export const ONE_PRONOUN_BEFORE = new Set([
  "no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "only", "another",
  "one", "such", "last", "little", "big", "new", "old", "right", "wrong", "first", "loved",
]);

/** Set phrases that start with "first"/"second" and are not ranks ("first lady", "at first"). */
export const ORDINAL_IDIOM_NEXT = new Set([
  "lady", "minister", "aid", "responders", "responder", "amendment", "of", "person", "hand", "class",
  "things", "place", "glance", "sight", "light", "name", "names", "half", "world",
]);

/** Collective nouns a number after "of" counts the members of ("a crew of 22", "a population of 5,000"). */
export const COLLECTIVE_NOUNS = new Set([
  "crew", "staff", "workforce", "population", "contingent", "delegation", "fleet", "garrison", "audience", "crowd",
  "membership", "turnout", "congregation", "squad", "team",
]);
