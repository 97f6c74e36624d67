/**
 * Words of descriptions outlets put next to a name ("union leader Tomas Brann", "the container
 * ship Dali", "the warship Vigil", "hardline Interior Minister"), for telling what a description
 * says apart from how specific it is. Written for dossier from common newswire usage; all lower
 * case. Role words of `titles.ts` and loaded terms of `loadedTerms.ts` are heads as well.
 */

/** Nouns that end a description of a person placed before the name ("agitator", "researcher"). */
export const PERSON_HEADS: readonly string[] = [
  "activist", "agitator", "ally", "analyst", "attorney", "billionaire", "blogger", "businessman", "businesswoman",
  "campaigner", "candidate", "captain", "cleric", "critic", "dissident", "economist", "engineer", "executive", "expert",
  "firebrand", "founder", "hardliner", "imam", "journalist", "judge", "lawyer", "loyalist", "magnate", "mogul", "nominee",
  "official", "officer", "opponent", "pilot", "preacher", "president-elect", "prosecutor", "rapper", "researcher",
  "scientist", "singer", "star", "trader", "veteran", "contractor", "builder", "developer", "owner", "operator", "driver",
  "gunman", "rebel", "fighter", "commander", "kingpin", "ringleader", "provocateur", "demagogue", "populist",
];

/**
 * Nouns that end a description of a thing or a body placed before or after its name ("the
 * container ship Dali", "the BlackLoom hacker group"): vessels, vehicles, organisations.
 */
export const THING_HEADS: readonly string[] = [
  "ship", "vessel", "boat", "freighter", "tanker", "warship", "frigate", "destroyer", "carrier", "ferry", "trawler",
  "yacht", "barge", "tug", "tugboat", "submarine", "cruiser", "liner", "containership", "cutter", "gunboat",
  "plane", "aircraft", "jet", "airliner", "helicopter", "drone", "train", "satellite", "rocket", "missile",
  "group", "gang", "organisation", "organization", "movement", "militia", "outfit", "party", "company", "firm",
  "broadcaster", "newspaper", "network", "regime", "junta", "cartel", "syndicate", "cell", "sect", "cult",
];

/**
 * Plural nouns for the members of a group, after its name ("the BlackLoom cyber-terrorists",
 * "the Wagner mercenaries").
 */
export const MEMBER_HEADS: readonly string[] = [
  "hackers", "cybercriminals", "cyber-criminals", "cyber-terrorists", "cyberterrorists", "terrorists", "militants",
  "fighters", "rebels", "insurgents", "jihadists", "extremists", "mercenaries", "gunmen", "activists", "protesters",
];

/**
 * Modifiers that make a description more specific without judging: an office's department, a
 * rank, a time in office ("Interior Minister" = "Minister", "former leader" = "leader").
 */
export const NEUTRAL_QUALIFIERS: ReadonlySet<string> = new Set([
  "interior", "home", "health", "foreign", "defence", "defense", "finance", "justice", "economy", "economic", "trade",
  "energy", "education", "transport", "transportation", "labour", "labor", "agriculture", "environment", "culture",
  "deputy", "acting", "former", "chief", "senior", "vice", "top", "union", "opposition", "party", "national",
  "regional", "local", "general", "prime", "executive", "presidential", "federal", "city", "county", "provincial",
  "state", "emergency", "rescue", "ruling", "outgoing", "incoming", "then", "current", "longtime", "long-time",
  "assistant", "associate", "principal", "managing", "lead", "head", "news", "press", "public", "security",
  "government", "military", "army", "police", "fire", "department", "ministry", "office", "council", "first",
]);

/** Modifiers ending in -ed or -ing that are adjectives before a name, not verbs ("embattled", "ruling"). */
export const PARTICIPLE_MODIFIERS: ReadonlySet<string> = new Set([
  "embattled", "beleaguered", "disgraced", "jailed", "ousted", "exiled", "detained", "indicted", "convicted", "elected",
  "appointed", "retired", "sacked", "fired", "suspended", "celebrated", "renowned", "acclaimed", "alleged", "accused",
  "wanted", "besieged", "isolated", "sanctioned", "ruling", "leading", "outgoing", "incoming", "governing", "acting",
  "reigning", "sitting", "founding", "managing", "longstanding", "long-standing", "unelected", "armed", "banned",
  "outlawed", "designated", "flagged", "owned", "chartered", "operated", "registered",
]);

/**
 * Evaluative modifiers: a judgement of the actor or the event ("hardline", "self-proclaimed",
 * "rigged", "state-controlled"). Besides these, words ending in -backed, -controlled, -run,
 * -sponsored, -aligned, -linked, -funded and starting with pro- or anti- judge an allegiance.
 */
export const EVALUATIVE_MODIFIERS: ReadonlySet<string> = new Set([
  "hardline", "hard-line", "embattled", "beleaguered", "disgraced", "self-proclaimed", "self-styled", "self-declared",
  "so-called", "controversial", "notorious", "infamous", "radical", "extremist", "far-right", "far-left",
  "ultranationalist", "ultra-nationalist", "authoritarian", "brutal", "corrupt", "rogue", "puppet", "illegitimate",
  "unelected", "rigged", "sham", "fraudulent", "stolen", "disputed", "contested", "illegal", "bogus", "farcical",
  "cowardly", "heinous", "barbaric", "senseless", "despicable", "evil", "murderous", "bloodthirsty", "fanatical",
  "firebrand", "maverick", "populist", "autocratic", "dictatorial", "strongman", "defiant", "outspoken", "fiery",
  "shadowy", "secretive", "criminal", "terrorist", "militant", "rebel", "breakaway", "separatist", "hostile",
]);

/** Whether a modifier judges an allegiance by its form ("state-backed", "Kremlin-controlled", "pro-Russian"). */
export function isAllegianceModifier(word: string): boolean {
  return /^[\p{L}]+-(?:backed|controlled|run|sponsored|aligned|linked|funded|leaning|friendly|installed|appointed)$/u.test(word) || /^(?:pro|anti)-[\p{L}]+$/u.test(word);
}
