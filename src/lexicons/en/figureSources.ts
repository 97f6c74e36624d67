/**
 * Cues that credit a figure to a source inside a sentence ("according to local health
 * authorities", "the ministry said", "figures from the UN"). Source: written for dossier from
 * newswire usage. Lower case; multi-word cues are space-joined.
 */

/** Prepositional cues followed by the source: "according to X", "as per X". */
export const SOURCE_PREPOSITIONS = ["according to", "as per", "citing", "quoting"];

/** Data nouns that introduce a source with "from"/"by": "figures from X", "data released by X". */
export const DATA_NOUNS = new Set([
  "figures", "figure", "data", "statistics", "stats", "numbers", "estimates", "estimate", "tally",
  "count", "toll", "report", "reports", "records", "record", "census", "survey", "tallies",
]);

/** Words linking a data noun to its source ("figures released by X"). */
export const DATA_LINKS = new Set(["from", "by", "of", "released", "compiled", "published", "provided", "issued", "collected", "gathered"]);

/** Reporting verbs whose subject (or inverted object) is credited: "X said", "said X". */
export const SOURCE_VERBS = new Set([
  "said", "says", "say", "told", "tells", "reported", "reports", "report", "estimated", "estimates",
  "estimate", "announced", "announces", "stated", "states", "confirmed", "confirms", "added", "adds",
  "noted", "notes", "documented", "put", "puts", "showed", "show", "shows", "measured", "recorded", "disclosed",
]);

/**
 * Verbs that credit only an agent: "AFAD measured the magnitude at 7.4", "the ministry put the
 * toll at 412"; but "the quake measured 7.8" and "other estimates put the toll at 800" credit no
 * one. The subject must name an authority (a proper name, not a day, or an authority noun).
 */
export const AGENT_ONLY_VERBS = new Set(["put", "puts", "showed", "show", "shows", "measured", "recorded"]);

/** Participles that credit the noun phrase after "with": "with the New York Times reporting …". */
export const WITH_PARTICIPLES = new Set(["reporting", "saying", "confirming", "estimating", "announcing", "stating", "citing"]);

/** Prepositional cues naming the source a relay cites: "according to Reuters, citing AFAD" credits AFAD. */
export const RELAY_PREPOSITIONS = ["citing", "quoting"];

/** Forms of "be" before a participle that make a reporting verb passive ("deaths had been reported"). */
export const PASSIVE_BE = new Set(["be", "been", "being", "is", "are", "was", "were", "'s"]);

/** Time words that are not sources though capitalised ("the toll from Friday night's attack"). */
export const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning",
  "evening", "afternoon", "weekend", "today", "yesterday", "tonight",
]);

/** Head nouns that name an authority; "figures from X" needs one of these or a proper name in X. */
export const AUTHORITY_NOUNS = new Set([
  "authorities", "authority", "officials", "official", "ministry", "agency", "office", "government",
  "police", "army", "military", "department", "organisation", "organization", "commission", "council",
  "committee", "monitors", "monitor", "observers", "sources", "hospital", "hospitals", "doctors",
  "medics", "workers", "spokesperson", "spokesman", "spokeswoman", "group", "groups", "bureau",
  "service", "services", "institute", "observatory", "watchdog", "researchers", "analysts",
  "company", "companies", "firm", "operator", "owner", "owners", "insurer", "insurers", "court",
  "union", "airline", "bank", "carrier", "manufacturer", "regulator", "utility", "board", "party",
  "campaign", "coalition", "university", "charity", "investigators", "prosecutors", "coroner",
]);

/** Words that end a source name when scanning forward ("according to the UN on Monday"). */
export const SOURCE_STOP_WORDS = new Set([
  "on", "in", "at", "as", "which", "who", "that", "while", "when", "after", "before", "since",
  "last", "this", "earlier", "later", "yesterday", "today", "and", "but", "or", "with", "to", "from",
]);
