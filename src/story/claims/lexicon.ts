/**
 * Small data tables for claims: which quantity a number measures and which event a date is
 * about. Written for dossier from common newswire usage. Matching is on normalised words.
 */

export interface QuantityRule {
  key: string;
  /** Words that, in the figure's unit or next to the number, say what it counts. */
  cues: string[];
}

/** Quantity keys, most specific first. A number maps to the first rule with a cue nearby. */
export const QUANTITY_RULES: QuantityRule[] = [
  { key: "magnitude", cues: ["magnitude", "richter"] },
  { key: "deaths", cues: ["killed", "dead", "deaths", "death", "died", "fatalities", "lives", "death toll", "killing", "slain"] },
  { key: "injuries", cues: ["injured", "wounded", "injuries", "hurt", "casualties"] },
  { key: "displaced", cues: ["displaced", "refugees", "fled", "homeless", "evacuated"] },
  { key: "arrests", cues: ["arrested", "detained", "arrests", "detentions", "held"] },
  { key: "missing", cues: ["missing"] },
  { key: "rescued", cues: ["rescued", "pulled alive", "saved"] },
  { key: "prisoners", cues: ["prisoners", "detainees", "prisoner"] },
  { key: "hostages", cues: ["hostages", "captives", "hostage", "abductees"] },
  { key: "monitors", cues: ["monitors", "observers", "peacekeepers"] },
  { key: "troops", cues: ["troops", "soldiers", "forces"] },
  { key: "votes", cues: ["votes", "voted", "ballots"] },
];

/** Event words: a date or a duration in a clause with one of these is about that event. */
export const EVENT_TRIGGERS: Record<string, string[]> = {
  signing: ["sign", "signs", "signed", "signing", "inked", "initialled", "initialed"],
  meeting: ["met", "meet", "meets", "meeting", "meetings", "talks", "negotiations", "summit", "session", "discussions"],
  arrival: ["arrived", "arrive", "arrives", "arrival", "landed"],
  departure: ["departed", "departure"],
  visit: ["visit", "visited", "visiting", "trip", "tour"],
  vote: ["vote", "voted", "votes", "election", "referendum", "ballot"],
  attack: ["attack", "attacked", "strike", "struck", "shelling", "shelled", "bombing", "raid"],
  release: ["released", "freed", "release"],
  start: ["began", "begin", "begins", "started", "start", "launched", "broke"],
  end: ["ended", "ends", "end", "concluded"],
  fighting: ["fighting", "war", "conflict", "clashes", "offensive", "hostilities"],
  debate: ["debate", "debated", "debating", "argued", "deliberated", "deliberations", "hearing", "sitting"],
};

/** Only these events give a duration a comparable quantity key ("meeting duration"). */
export const DURATION_EVENTS = new Set(["meeting", "visit", "fighting", "debate"]);

/** Words that mark a clause as planned / future, kept apart from past events. */
export const PLANNED_CUES = new Set(["will", "would", "expected", "scheduled", "plans", "planned", "set", "due", "next", "to"]);

/** Qualifiers before a number or a duration, mapped to `Approx`. */
export const APPROX_CUES: [RegExp, "more than" | "at least" | "about" | "nearly" | "less than" | "at most"][] = [
  [/\b(?:more than|over|upwards of|in excess of|exceeding)\s*$/i, "more than"],
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s*$/i, "at least"],
  [/\b(?:about|around|some|roughly|approximately|an estimated|estimated|nearly|almost|close to)\s*$/i, "about"],
  [/\b(?:less than|under|fewer than|below)\s*$/i, "less than"],
  [/\b(?:up to|at most|no more than)\s*$/i, "at most"],
];

/**
 * Quantities that grow while a story unfolds (tolls, arrests, offers of help): a later, larger
 * value is an update, not a disagreement. Other quantities (a magnitude, a depth, a hall's seats,
 * a suspect's age) have one true value: two incompatible values are a disagreement whenever they
 * were stated.
 */
export const GROWING_QUANTITIES = new Set([
  "deaths", "injuries", "displaced", "arrests", "missing", "rescued", "building", "country", "aftershock",
]);

/** Words before a number (in its clause) that say it is a death toll: "the death toll … rose to 143". */
export const TOLL_CUES = ["death toll", "toll", "number of dead", "number of deaths", "number of victims", "number of fatalities"];

/** Words before a length that say what it measures. */
export const LENGTH_MEASURES: [string, string][] = [
  ["depth", "depth"],
  ["deep", "depth"],
  ["epicentre", "epicentre distance"],
  ["epicenter", "epicentre distance"],
  ["centered", "epicentre distance"],
  ["centred", "epicentre distance"],
];

/** Length units, folded, with their factor to kilometres. */
export const LENGTH_UNITS: Record<string, number> = {
  km: 1, kms: 1, kilometer: 1, kilometers: 1, kilometre: 1, kilometres: 1,
  mile: 1.609344, miles: 1.609344, mi: 1.609344,
  m: 0.001, meter: 0.001, meters: 0.001, metre: 0.001, metres: 0.001,
};

/** Clause words marking a second event of the same kind ("a second quake of magnitude 7.5"). */
export const SECOND_EVENT_CUES = ["second", "another", "aftershock", "later"];

/** Words that name a part of a country held by one side, for figure scopes (folded words). */
export const AREA_SCOPES: Map<string, string> = new Map([
  ["northwest", "opposition-held areas"], ["north-west", "opposition-held areas"],
  ["opposition-held", "opposition-held areas"], ["opposition-controlled", "opposition-held areas"],
  ["rebel-held", "opposition-held areas"], ["rebel-controlled", "opposition-held areas"],
  ["government-held", "government-held areas"], ["government-controlled", "government-held areas"],
]);

/**
 * Phrases (folded words) that name a held area without a held-area word, checked before the single
 * words of `AREA_SCOPES`; a denial first ("the government does not control" is the opposition's).
 */
export const AREA_PHRASES: [string, string][] = [
  ["government does not control", "opposition-held areas"],
  ["not under government control", "opposition-held areas"],
  ["outside government control", "opposition-held areas"],
  ["under government control", "government-held areas"],
  ["controlled by the government", "government-held areas"],
  ["held by the government", "government-held areas"],
  ["controlled by the opposition", "opposition-held areas"],
  ["held by the opposition", "opposition-held areas"],
  ["under opposition control", "opposition-held areas"],
  ["controlled by rebels", "opposition-held areas"],
  ["held by rebels", "opposition-held areas"],
  ["under rebel control", "opposition-held areas"],
];
