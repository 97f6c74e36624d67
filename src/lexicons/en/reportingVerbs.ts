/**
 * Reporting (speech) verbs that introduce attributed statements, by lemma with their
 * inflected forms. Source: written for dossier from newswire usage (AP/Reuters style guides list
 * "said" as the default; the others are common alternatives seen in news prose).
 */
import { lookupTable } from "../lookupTable.js";

export const REPORTING_VERBS: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  add: ["add", "adds", "added", "adding"],
  state: ["state", "states", "stated", "stating"],
  note: ["note", "notes", "noted", "noting"],
  warn: ["warn", "warns", "warned", "warning"],
  argue: ["argue", "argues", "argued", "arguing"],
  claim: ["claim", "claims", "claimed", "claiming"],
  insist: ["insist", "insists", "insisted", "insisting"],
  announce: ["announce", "announces", "announced", "announcing"],
  declare: ["declare", "declares", "declared", "declaring"],
  explain: ["explain", "explains", "explained", "explaining"],
  clarify: ["clarify", "clarifies", "clarified"],
  stress: ["stress", "stresses", "stressed", "stressing"],
  emphasize: ["emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "emphasising"],
  reiterate: ["reiterate", "reiterates", "reiterated", "reiterating"],
  confirm: ["confirm", "confirms", "confirmed", "confirming"],
  deny: ["deny", "denies", "denied", "denying"],
  acknowledge: ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
  admit: ["admit", "admits", "admitted", "admitting"],
  write: ["write", "writes", "wrote", "writing"],
  tweet: ["tweet", "tweets", "tweeted"],
  post: ["posted"],
  urge: ["urge", "urges", "urged", "urging"],
  ask: ["ask", "asks", "asked", "asking"],
  reply: ["reply", "replies", "replied"],
  respond: ["respond", "responds", "responded"],
  comment: ["comment", "comments", "commented"],
  observe: ["observe", "observes", "observed"],
  remark: ["remark", "remarks", "remarked"],
  suggest: ["suggest", "suggests", "suggested", "suggesting"],
  predict: ["predict", "predicts", "predicted", "predicting"],
  promise: ["promise", "promises", "promised", "promising"],
  pledge: ["pledge", "pledges", "pledged", "pledging"],
  vow: ["vow", "vows", "vowed", "vowing"],
  threaten: ["threaten", "threatens", "threatened", "threatening"],
  accuse: ["accuse", "accuses", "accused", "accusing"],
  allege: ["allege", "alleges", "alleged"],
  report: ["report", "reports", "reported", "reporting"],
  recall: ["recall", "recalls", "recalled"],
  caution: ["caution", "cautions", "cautioned", "cautioning"],
  concede: ["concede", "concedes", "conceded", "conceding"],
  maintain: ["maintain", "maintains", "maintained", "maintaining"],
  contend: ["contend", "contends", "contended"],
  assert: ["assert", "asserts", "asserted", "asserting"],
  underline: ["underline", "underlines", "underlined"],
  underscore: ["underscore", "underscores", "underscored"],
  highlight: ["highlight", "highlights", "highlighted"],
  indicate: ["indicate", "indicates", "indicated", "indicating"],
  believe: ["believes"],
  charge: ["charged"],
  demand: ["demand", "demands", "demanded", "demanding"],
  call: ["call", "calls", "called", "calling"],
  complain: ["complain", "complains", "complained", "complaining"],
  agree: ["agreed"],
  estimate: ["estimate", "estimates", "estimated"],
  quip: ["quip", "quips", "quipped"],
  conclude: ["concluded"],
  hint: ["hinted", "hinting"],
  signal: ["signaled", "signalled"],
  reveal: ["reveal", "reveals", "revealed", "revealing"],
  disclose: ["disclosed"],
  describe: ["described"],
  welcome: ["welcomed"],
  continue: ["continued"],
  // British, Indian and translated-press usage ("informed the House that", "opined that",
  // "averred that", "the bench held that", "counsel submitted that")
  inform: ["inform", "informs", "informed", "informing"],
  opine: ["opine", "opines", "opined", "opining"],
  aver: ["aver", "avers", "averred", "averring"],
  affirm: ["affirm", "affirms", "affirmed", "affirming"],
  assure: ["assure", "assures", "assured", "assuring"],
  remind: ["remind", "reminds", "reminded", "reminding"],
  mention: ["mention", "mentions", "mentioned", "mentioning"],
  reckon: ["reckons", "reckoned"],
  retort: ["retort", "retorts", "retorted", "retorting"],
  counter: ["countered", "counters"],
  lament: ["lament", "laments", "lamented", "lamenting"],
  convey: ["conveyed", "conveys"],
  submit: ["submitted", "submits"],
  hold: ["held", "holds"],
  point: ["pointed", "points", "pointing"],
  exclaim: ["exclaimed", "exclaims"],
  boast: ["boasted", "boasts", "boasting"],
  joke: ["joked", "jokes", "joking"],
  testify: ["testified", "testifies", "testifying"],
  reason: ["reasoned", "reasons"],
  elaborate: ["elaborated"],
  brief: ["briefed"],
  insinuate: ["insinuate", "insinuates", "insinuated", "insinuating"],
  imply: ["implied", "implies", "implying"],
  // a court's statement: "The court ruled that …" (with "that" only: "ruled out", "ruled the country")
  rule: ["ruled", "rules"],
};

/**
 * Lemmas that report a statement as a clause ("said it had foiled", "announced the two sides
 * reached"), as opposed to acts with other objects ("agreed to", "vowed to", "called for",
 * "signalled no breakthrough", "claimed responsibility"). The model refiner adds a quote of the
 * model's own only with one of these (or "according to").
 */
export const CLAUSE_REPORTING_LEMMAS = new Set([
  "say", "tell", "add", "state", "note", "warn", "argue", "claim", "insist", "announce", "declare", "explain", "stress",
  "emphasize", "reiterate", "confirm", "deny", "acknowledge", "admit", "write", "report", "allege", "assert", "maintain",
  "contend", "suggest", "indicate", "reveal", "disclose", "inform", "affirm", "assure", "remind", "mention", "concede",
  "recall", "predict", "testify", "opine", "aver", "observe", "remark", "reply", "respond", "retort", "counter", "tweet",
  "post", "clarify", "insinuate",
]);

/** Verbs that may only introduce speech when followed by "on"/"for" ("called on the mediators"). */
export const PARTICLE_VERBS: Record<string, string[]> = {
  call: ["on", "upon", "for"],
  point: ["out"],
};

/** Verbs that need a complement clause ("that …", a quote) to count as speech, not alone. */
export const CLAUSE_ONLY_LEMMAS = new Set([
  "confirm", "deny", "acknowledge", "admit", "indicate", "believe", "agree", "estimate", "conclude",
  "reveal", "disclose", "describe", "welcome", "report", "demand", "recall", "highlight", "suggest", "predict",
  "promise", "pledge", "vow", "threaten", "accuse", "charge", "signal", "hint", "maintain", "post",
  "urge", "ask", "announce", "declare", "state", "write", "comment", "observe", "respond", "reply", "clarify",
  "continue",
  "inform", "affirm", "assure", "remind", "mention", "reckon", "counter", "lament", "convey", "submit", "hold",
  "boast", "joke", "testify", "reason", "elaborate", "brief", "insinuate", "imply", "rule",
]);

/**
 * Verbs whose addressee comes before the reported clause, which may then go without "that":
 * "told reporters the group had …", "informed the House the bridge would reopen", "assured
 * residents the water was safe", "reminded the council the budget was tight".
 */
export const ADDRESSEE_LEMMAS = new Set(["tell", "inform", "assure", "remind", "brief"]);

/** Nouns that head a statement ("A statement by X said", "in a statement"). */
export const STATEMENT_NOUNS = [
  "statement", "communique", "communiqué", "release", "press release", "letter", "report", "post",
  "tweet", "message", "readout", "declaration", "announcement", "spokesperson", "spokesman", "spokeswoman",
];

/**
 * Documents and tallies that are issued by someone ("a statement released by X", "figures
 * compiled by X"), and the participles that name their issuer. The quote stage reads "according to
 * a statement released by X" as X, and passes over "reported by" after one when looking for a cue.
 */
export const ISSUED_DOCUMENTS = [
  "statement", "statements", "report", "readout", "communique", "communiqué", "announcement", "release", "letter", "post",
  "tally", "figures", "data", "count", "estimate", "estimates",
];
export const ISSUING_PARTICIPLES = ["released", "issued", "published", "posted", "sent", "made", "compiled", "provided", "shared"];

/** Content words after a cue that mean a greeting or thanks, not a statement. */
export const PHATIC_CONTENT = ["thank you", "thanks", "hello", "goodbye", "good morning", "good evening", "congratulations", "welcome"];

/** Words between the speaker and the cue that make the speech negated or hypothetical. */
export const NEGATION_OR_MODAL = new Set([
  "not", "n't", "never", "no", "would", "could", "might", "may", "should", "declined", "refused", "unwilling",
  "wouldn't", "couldn't", "didn't", "doesn't", "don't", "won't", "cannot", "can't", "if", "declined", "refused", "failed", "unwilling", "reluctant",
]);

/**
 * Verbs that introduce a quoted fragment rather than a clause: "described the talks as “…”",
 * "expressed hope for “…”", "describing “…”". The fragment inside the marks is the quote.
 */
export const FRAGMENT_CUES = new Set([
  "describe", "describes", "described", "describing",
  "term", "terms", "termed", "terming",
  "dub", "dubs", "dubbed", "dubbing",
  "hail", "hails", "hailed", "hailing",
  "brand", "brands", "branded", "branding",
  "label", "labels", "labelled", "labeled", "labelling", "labeling",
  "express", "expresses", "expressed", "expressing",
  "voice", "voices", "voiced", "voicing",
  "characterize", "characterizes", "characterized", "characterizing", "characterise", "characterised",
  "accuse", "accuses", "accused", "accusing",
]);

/**
 * Directive and commissive speech acts ("urged X to …", "called for …", "vowed to …"): speech
 * only when they carry quoted words.
 */
export const DIRECTIVE_LEMMAS = new Set(["call", "urge", "ask", "demand", "promise", "pledge", "vow", "threaten"]);

/**
 * How a directive or accusation states its content without quoted words: an object and a "to"
 * infinitive ("urged residents to leave", "called on both sides to return to talks", "asked the
 * court to suspend the ruling"), a "to" infinitive ("vowed to rebuild"), a noun phrase
 * ("demanded the release of …", "called for a ceasefire"), or an object and "of" ("accused the
 * council of ignoring warnings").
 */
export const DIRECTIVE_COMPLEMENTS: Record<string, readonly ("object-to" | "to" | "object" | "object-of")[]> = lookupTable({
  urge: ["object-to"],
  ask: ["object-to"],
  call: ["object-to", "object"],
  demand: ["object", "to"],
  promise: ["to"],
  pledge: ["to"],
  vow: ["to"],
  threaten: ["to"],
  accuse: ["object-of"],
});

/** Participles that report speech after a comma: "…, adding that …", "…, declaring …". */
export const REPORTING_PARTICIPLES = new Set([
  "adding", "saying", "noting", "stressing", "warning", "insisting", "arguing", "explaining", "declaring",
  "stating", "claiming", "announcing", "asserting", "affirming", "reiterating", "acknowledging", "confirming",
  "telling", "emphasizing", "emphasising", "arguing", "cautioning", "recalling",
  "suggesting", "implying", "indicating", "revealing", "predicting", "signalling", "signaling", "hinting", "admitting",
  "conceding", "complaining", "maintaining", "opining", "informing", "assuring", "reminding", "lamenting", "averring", "retorting", "boasting", "joking", "testifying", "insinuating", "pointing",
  "accusing", "urging", "demanding", "vowing", "pledging", "promising", "threatening", "calling", "asking",
]);

/**
 * Reporting participles that only a speaker does (unlike "suggesting", "indicating", "signalling",
 * which data and events do too): after a statement whose subject is any noun that can speak, that
 * subject speaks ("Residents have criticised the response, saying rescuers were slow").
 */
export const SPEECH_ONLY_PARTICIPLES = new Set([
  "saying", "adding", "telling", "stressing", "insisting", "arguing", "explaining", "declaring", "stating",
  "claiming", "asserting", "complaining", "noting", "acknowledging", "admitting", "conceding", "lamenting", "reiterating",
]);

/** Participles of the writer's that end a reported clause: "…, describing …", "…, setting the stage …". */
export const CLAUSE_ENDING_PARTICIPLES = new Set([
  "describing", "saying", "adding", "calling", "noting", "stressing", "warning", "offering", "setting",
  "citing", "prompting", "raising", "signalling", "signaling", "urging", "declaring", "insisting", "stating",
  "claiming", "announcing", "asserting", "reiterating", "acknowledging", "confirming", "sparking", "paving",
  "taking", "bringing", "leaving", "marking", "putting", "pushing", "triggering", "underscoring", "highlighting",
  "fuelling", "fueling", "deepening", "heightening", "dealing", "pointing", "making", "increasing", "lifting",
]);
