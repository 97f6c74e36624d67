/**
 * Words the quote stage reads around cues, speakers and reported clauses. Written for dossier
 * from newswire usage (the cue verbs themselves are in `reportingVerbs.ts`).
 */
import { wordTable } from "../lookupTable.js";

/** Subordinators that open an adverbial clause ("When the talks resume, she said, …"; "a day after Tehran announced …"). */
export const CLAUSE_OPENERS = wordTable(["after", "before", "since", "until", "as", "while", "because", "once", "when", "although", "though", "if", "unless", "whereas"]);

/** Forms of "speak" ("spoke of “slow but steady progress”"). */
export const SPEAK_FORMS = wordTable(["speak", "speaks", "spoke", "speaking", "spoken"]);

/** Speech verbs that take the subject of an earlier conjoined verb ("… and said …"); lemmas, finite forms only. */
export const CONJOINED_LEMMAS = wordTable(["say", "tell", "add", "state", "note", "warn", "announce", "declare", "stress", "insist", "confirm", "claim", "explain", "reiterate", "acknowledge", "admit", "deny", "argue", "emphasize"]);

/** Forms of "call" ("called the draft a “low-grade provocation”"), and the particles that make it a directive ("called for", "called on"). */
export const CALL_FORMS = wordTable(["call", "calls", "called", "calling"]);
export const CALL_PARTICLES = wordTable(["for", "on", "upon", "off", "up", "out", "in", "back"]);

/** Prepositions that end the head of a person description ("secretary of state", "negotiator in the talks"). */
export const HEAD_ENDING_PREPOSITIONS = wordTable(["of", "in", "for", "at", "on", "to", "from", "with"]);

/** Dashes that introduce a speaker after a quotation (“…” — Ana Lima). */
export const ATTRIBUTION_DASHES = wordTable(["\u2014", "\u2013", "-", "\u2015"]);

/** Words that open a short adverbial between a cue and its clause ("said on Sunday that", "said in a statement"). */
export const ADVERBIAL_STARTS = wordTable(["in", "on", "at", "during", "late", "early", "earlier", "later", "after", "before", "yesterday", "today", "tonight", "this", "last", "via", "through", "over", "while", "when", "again", "also", "then", "separately", "recently", "publicly", "previously", "further", "repeatedly", "shortly", "afterwards", "afterward", "privately", "once", "too"]);

/** Verbs of sending words to someone: "emailed supporters saying: “…”". */
export const SENDING_VERBS = wordTable(["emailed", "texted", "messaged", "wrote", "sent", "released", "issued", "posted", "published", "tweeted", "told", "informed", "briefed", "addressed"]);

/** Words that open a clause used as a noun: "Whatever progress he has made, officials said, could …". */
export const FREE_RELATIVES = wordTable(["what", "whatever", "whoever", "whichever", "whether"]);

/** Words that make a following "to" + cue a refusal ("declined to comment"). */
export const REFUSALS = wordTable(["declined", "refused", "failed", "unwilling", "reluctant"]);

/** Finite auxiliaries and modals that mark a clause ("it had sent envoys", "talks would start"). */
export const FINITE_AUX = wordTable(["would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "can", "should", "may", "might", "must", "did", "does", "do"]);

/** Clause-only verbs that also take a complement clause without "that": "confirmed it had sent envoys". */
export const THATLESS_LEMMAS = wordTable(["confirm", "deny", "acknowledge", "admit", "indicate", "believe", "agree", "estimate", "reveal", "announce", "declare", "state", "predict", "warn", "signal", "hint", "maintain", "respond", "reply", "suggest", "inform", "assure", "remind", "affirm", "reckon", "mention", "counter", "convey", "testify", "report", "insinuate"]);

/** Auxiliaries between a subject and "quoted as saying" ("was quoted as saying"). */
export const LINK_AUX = wordTable(["was", "is", "has", "had", "been", "were", "are", "have"]);

/**
 * Occasions of speech that follow a speaker in an adverbial, not part of the speaker's name:
 * "said Mayor Ann Lee in a statement", "told reporters at a news conference".
 */
export const SPEECH_OCCASIONS = wordTable(["statement", "interview", "speech", "briefing", "conference", "post", "video", "letter", "address", "tweet", "message", "meeting", "hearing", "rally", "broadcast", "podcast", "op-ed", "email", "call", "session", "summit", "remarks", "comments", "news", "press"]);

/** Prepositions and time words that open a time or occasion adverbial after a speaker ("on Monday", "late Friday", "last week"). */
export const ADVERBIAL_OPENERS = wordTable(["on", "in", "at", "during", "late", "early", "earlier", "later", "last", "this", "next", "over", "via"]);

/**
 * Adverbs and auxiliaries between a speaker and the cue ("Ana Lima has long insisted", "The
 * union meanwhile said"); the speaker phrase ends before them.
 */
export const ADVERBS_BEFORE_CUE = wordTable([
  "also", "later", "previously", "earlier", "then", "again", "repeatedly", "once", "has", "had", "have", "reportedly", "further",
  "separately", "recently", "publicly", "openly", "quickly", "just", "however", "now", "already", "specifically", "explicitly",
  "often", "long", "always", "still", "since", "frequently",
  "meanwhile", "meantime", "nevertheless", "nonetheless", "instead", "subsequently", "likewise", "similarly", "too", "initially",
  "first", "finally", "ultimately", "immediately", "soon", "yet", "thus", "therefore", "alone", "themselves", "himself", "herself", "itself",
]);

/** Adverbs set off by commas between a speaker and the cue: "Officials, however, told reporters …". */
export const ASIDE_ADVERBS = wordTable(["however", "meanwhile", "meantime", "nevertheless", "nonetheless", "instead", "too", "also", "though", "moreover", "likewise", "similarly", "separately", "though", "in turn", "for example", "for instance", "for their part", "for its part", "for his part", "for her part", "in response", "in contrast", "by contrast", "in a statement", "in an interview"]);

/**
 * Heads of noun phrases that name a text or an arrangement, not someone who speaks: "The
 * agreement calls for Israeli forces to withdraw" is no quote.
 */
export const NON_SPEAKER_HEADS = wordTable(["agreement", "deal", "plan", "proposal", "resolution", "law", "bill", "treaty", "accord", "framework", "draft", "text", "measure", "ceasefire", "truce", "legislation", "rule", "rules", "order", "decree", "constitution", "document", "deals", "agreements", "plans", "proposals", "resolutions", "laws", "bills", "budget", "policy", "strategy", "guidance", "guidelines", "program", "programme", "initiative"]);

/** Verbs that state a figure as someone's estimate: "The agency put the toll at 412", "raised the death toll to 1,200". */
export const FIGURE_VERBS = wordTable(["put", "puts", "putting", "placed", "places", "placing", "estimated", "estimates", "raised", "raises", "revised", "revises", "pegged", "pegs", "set", "sets", "lowered", "lowers", "updated", "updates"]);

/** Nouns of a tally that such a verb sets: "the toll", "the number of dead", "the cost". */
export const TALLY_NOUNS = wordTable(["toll", "tally", "number", "figure", "count", "estimate", "cost", "costs", "damage", "damages", "losses", "casualties", "dead", "deaths", "injured", "bill", "value", "total"]);

/** Nouns of a statement that take a "that" clause after a possessive speaker: "the minister's announcement that …". */
export const STATEMENT_NOUNS_THAT = wordTable(["announcement", "statement", "claim", "claims", "assertion", "warning", "warnings", "insistence", "admission", "denial", "pledge", "promise", "suggestion", "argument", "allegation", "allegations", "contention", "prediction", "declaration", "confirmation", "threat", "vow", "assurance", "assurances", "acknowledgment", "acknowledgement", "revelation", "complaint", "accusation", "accusations", "remark", "remarks"]);

/**
 * Phrases that credit the rest of a sentence to the noun phrase after them, like "according to
 * X": "as per the ministry" (Indian and Gulf English), "as reported by", "as stated by",
 * "as announced by". Lower-case words, space-separated; the phrase is the cue.
 */
export const ACCORDING_CUES: readonly (readonly string[])[] = [
  ["according", "to"],
  ["as", "per"],
  ["as", "reported", "by"],
  ["as", "stated", "by"],
  ["as", "announced", "by"],
  ["as", "confirmed", "by"],
];

/** Verbs that relay someone's words: "IRNA quoted Kanaani as saying", "was cited as saying". */
export const QUOTING_VERBS = wordTable(["quoted", "quotes", "quoting", "cited", "cites", "citing"]);

/**
 * Verbs of going on that put a speech verb in the infinitive: "he continues to insinuate that",
 * "went on to say that"; the subject before them speaks (an optional "on" follows some).
 */
export const CATENATIVES = wordTable(["continue", "continues", "continued", "went", "go", "goes", "proceeded", "proceeds"]);

/**
 * Auxiliaries of the progressive and of "keep" before a speech verb's -ing form: "was saying
 * that", "has been insisting", "kept saying", "are telling reporters" — a finite cue then, not a
 * participle.
 */
export const PROGRESSIVE_AUX = wordTable(["was", "is", "were", "are", "am", "been", "be", "kept", "keeps", "keep", "keeping"]);

/**
 * Words before "to" + a speech verb whose subject is the speaker: "is expected to announce that",
 * "is due to tell", "is reported to have said", "was set to say", "would go on to say" (an
 * auxiliary before them, except for the verbs of going on in `CATENATIVES`).
 */
export const RAISING_BEFORE_TO = wordTable(["expected", "due", "set", "going", "poised", "scheduled", "likely", "reported", "believed", "understood", "known", "alleged", "supposed", "thought", "said", "quick", "eager", "keen", "happy", "ready", "able", "quoted"]);

/** Narrative adverbs after "would" that make it past-in-the-future, not hypothetical: "would later say". */
export const NARRATIVE_WOULD = wordTable(["later", "subsequently", "eventually", "afterwards", "afterward", "soon"]);

/** Forms of "be" before an adjective of manner: "The minister was blunt: “…”". */
export const COPULAS = wordTable(["was", "is", "were", "are", "has been", "had been"]);

/** Nouns for what someone said, whose possessor speaks: "Lima's message was clear: “…”". */
export const SPEECH_NOUNS = wordTable(["words", "message", "response", "reply", "answer", "verdict", "reaction", "warning", "advice", "view", "position", "stance", "comments", "remarks", "tone"]);

/**
 * Heads of a tally or a report with no one behind it: "according to preliminary data", "according
 * to the latest figures", "according to unconfirmed reports" credit no one (a noun or a name before
 * the head, or an issuer after it, does: "according to health ministry data", "figures from X").
 */
export const SOURCELESS_HEADS = wordTable(["data", "figures", "estimates", "statistics", "information", "reports", "results", "numbers", "calculations", "count", "counts", "tally", "tallies", "findings", "records"]);

/**
 * Verbs of appeal and outcry that introduce the speaker's words after a colon though they are no
 * reporting verbs: "This resident begs rescue teams to come: “…”", "The crowd chanted: “…”".
 */
export const APPEAL_VERBS = wordTable([
  "beg", "begs", "begged", "begging", "plead", "pleads", "pleaded", "pled", "pleading", "appeal", "appeals", "appealed",
  "implore", "implores", "implored", "shout", "shouts", "shouted", "cry", "cries", "cried", "chant", "chants", "chanted",
  "scream", "screams", "screamed", "yell", "yells", "yelled", "sob", "sobbed", "sobs",
]);

/**
 * Heads of a description of one office-holder that an appositive name may follow ("the head of the
 * Election Commission, K.M. Nurul Huda, told", "said the prefect of Aude, Alain Thirion"), beyond
 * the role words of `titles.ts` and the person nouns of `descriptors.ts`.
 */
export const APPOSITION_ROLE_HEADS = wordTable([
  "head", "prefect", "director", "administrator", "coordinator", "manager", "chair", "spokesman", "spokeswoman",
  "spokesperson", "commissioner", "superintendent", "inspector", "secretary-general", "director-general", "registrar",
  "rector", "dean", "president", "vice-president", "ceo", "cfo", "founder", "co-founder", "editor", "mayor", "governor",
]);
