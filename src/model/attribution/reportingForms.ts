/**
 * The reporting-verb forms the attribution model's features read (`features.ts`), frozen with
 * the shipped model: a copy of `src/lexicons/en/reportingVerbs.ts` as it was when
 * `models/attribution.bin.gz` was trained, so that growing the rule lexicon does not change the
 * model's inputs. Change it only together with a retrained model (and a new `FEATURE_VERSION`).
 */
export const MODEL_REPORTING_FORMS: readonly string[] = [
  "accuse", "accused", "accuses", "acknowledge", "acknowledged", "acknowledges", "acknowledging",
  "add", "added", "adding", "adds", "admit", "admits", "admitted", "admitting", "agreed", "allege",
  "alleged", "alleges", "announce", "announced", "announces", "announcing", "argue", "argued",
  "argues", "arguing", "ask", "asked", "asks", "assert", "asserted", "asserts", "believes", "call",
  "called", "calls", "caution", "cautioned", "cautions", "charged", "claim", "claimed", "claiming",
  "claims", "comment", "commented", "comments", "complain", "complained", "complains", "concede",
  "conceded", "concedes", "concluded", "confirm", "confirmed", "confirming", "confirms", "contend",
  "contended", "contends", "declare", "declared", "declares", "declaring", "demand", "demanded",
  "demands", "denied", "denies", "deny", "denying", "described", "disclosed", "emphasise",
  "emphasised", "emphasises", "emphasising", "emphasize", "emphasized", "emphasizes",
  "emphasizing", "estimate", "estimated", "estimates", "explain", "explained", "explaining",
  "explains", "highlight", "highlighted", "highlights", "hinted", "indicate", "indicated",
  "indicates", "insist", "insisted", "insisting", "insists", "maintain", "maintained", "maintains",
  "note", "noted", "notes", "noting", "observe", "observed", "observes", "pledge", "pledged",
  "pledges", "posted", "predict", "predicted", "predicts", "promise", "promised", "promises",
  "quip", "quipped", "quips", "recall", "recalled", "recalls", "reiterate", "reiterated",
  "reiterates", "reiterating", "remark", "remarked", "remarks", "replied", "replies", "reply",
  "report", "reported", "reports", "respond", "responded", "responds", "reveal", "revealed",
  "reveals", "said", "say", "saying", "says", "signaled", "signalled", "state", "stated", "states",
  "stating", "stress", "stressed", "stresses", "stressing", "suggest", "suggested", "suggests",
  "tell", "telling", "tells", "threaten", "threatened", "threatens", "told", "tweet", "tweeted",
  "tweets", "underline", "underlined", "underlines", "underscore", "underscored", "underscores",
  "urge", "urged", "urges", "urging", "vow", "vowed", "vows", "warn", "warned", "warning", "warns",
  "welcomed", "write", "writes", "writing", "wrote",
];
