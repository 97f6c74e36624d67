/**
 * Words that show whether a clause talks about the past or the future, used to resolve a bare
 * weekday or month against the publication date ("will visit Egypt on Tuesday" → the coming
 * Tuesday; "concluded on Friday" → the last one). Source: written for dossier from English
 * grammar (modal auxiliaries, "be + to"-style scheduling phrases) and the irregular-verb table
 * of ordinary English; no external list copied.
 */

/** Auxiliaries that mark the future (or future-in-the-past, which news resolves forward). */
export const FUTURE_AUXILIARIES = new Set(["will", "'ll", "shall", "would", "wo", "'d"]);

/** Heads that mark the future when followed by "to" + verb ("expected to visit", "set to meet"). */
export const FUTURE_BEFORE_TO = new Set([
  "expected", "scheduled", "set", "due", "slated", "poised", "plans", "plan", "planned", "planning",
  "intends", "intend", "intended", "going", "hopes", "hope", "hoped", "aims", "aim", "aiming",
  "prepares", "preparing", "expects", "expect", "likely", "unlikely", "ready", "hoping", "wants",
]);

/** Single words that mark the future on their own ("scheduled for Tuesday", "upcoming talks"). */
export const FUTURE_WORDS = new Set(["scheduled", "upcoming", "tomorrow", "later", "next", "coming", "soon", "ahead", "forthcoming"]);

/** Single words that mark the past on their own ("earlier", "ago"). */
export const PAST_WORDS = new Set(["ago", "yesterday", "earlier", "previously", "already", "last"]);

/** Auxiliaries and copulas in the past tense. */
export const PAST_AUXILIARIES = new Set(["was", "were", "had", "did", "'d", "has", "have", "been"]);

/** Present-tense auxiliaries and copulas. */
export const PRESENT_AUXILIARIES = new Set(["is", "are", "am", "'s", "'re", "'m", "do", "does", "can", "may", "must"]);

/** Common irregular past-tense (and past participle) forms. */
export const IRREGULAR_PAST = new Set([
  "said", "met", "held", "told", "went", "gone", "came", "left", "began", "begun", "took", "taken",
  "gave", "given", "made", "saw", "seen", "sent", "spoke", "spoken", "broke", "broken", "brought",
  "bought", "built", "caught", "chose", "chosen", "drew", "drawn", "drove", "driven", "fell", "fallen",
  "felt", "fought", "found", "flew", "flown", "forgot", "forgotten", "froze", "frozen", "got",
  "gotten", "grew", "grown", "heard", "hid", "hidden", "hit", "hurt", "kept", "knew", "known", "laid",
  "led", "lent", "let", "lost", "meant", "paid", "put", "quit", "ran", "rode", "ridden", "rose",
  "risen", "sat", "sold", "shot", "shut", "slept", "spent", "split", "spread", "stood", "stole",
  "stolen", "struck", "swore", "sworn", "taught", "thought", "threw", "thrown", "understood",
  "woke", "woken", "won", "wore", "worn", "wrote", "written", "withdrew", "withdrawn", "set",
  "read", "sought", "fled", "beat", "beaten", "bore", "borne", "bound", "bled", "dealt", "dug",
  "fed", "forbade", "forgave", "forgiven", "hung", "overtook", "overtaken", "oversaw", "overseen",
  "upheld", "withheld", "undertook", "undertaken", "shook", "shaken", "sank", "sunk", "stuck",
  "swept", "tore", "torn", "wove", "woven", "became", "become", "arose", "arisen",
  "cast", "cut", "rang", "rung", "sang", "sung", "slid", "span",
]);

/** Words ending in "-ed" that are not past-tense verb forms. */
export const ED_NOT_PAST = new Set([
  "need", "feed", "seed", "speed", "breed", "bleed", "proceed", "succeed", "exceed", "heed", "weed",
  "deed", "greed", "reed", "bed", "red", "wed", "indeed", "creed", "embed",
]);

/**
 * Words and phrases that refer to the present, past or future as a whole, with their TIMEX3
 * values (DATE `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`). Kept to the ones TempEval-3 training
 * annotators tag most of the time (counted on TimeBank/AQUAINT train: "now" 70%, "currently"
 * 63%, "recently" 65%, "the future" 67%, adjective "current" about 45% but a net gain there); "former", "once", "already", "soon" and "previously"
 * are tagged under 30% of the time and are left out. Keys are lower case, single-spaced.
 */
export const REFERENCE_WORDS: Record<string, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF"> = {
  now: "PRESENT_REF",
  "right now": "PRESENT_REF",
  "just now": "PRESENT_REF",
  currently: "PRESENT_REF",
  current: "PRESENT_REF",
  "these days": "PRESENT_REF",
  nowadays: "PRESENT_REF",
  recently: "PAST_REF",
  "more recently": "PAST_REF",
  "most recently": "PAST_REF",
  "the past": "PAST_REF",
  "the future": "FUTURE_REF",
  "the near future": "FUTURE_REF",
  "the foreseeable future": "FUTURE_REF",
  "the distant future": "FUTURE_REF",
  "the not-too-distant future": "FUTURE_REF",
};
