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
  { key: "trapped", cues: ["trapped", "stranded"] },
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
  debate: ["debate", "debated", "debating", "argued", "deliberated", "deliberations", "sitting"],
  // Events that follow an incident or a charge: a court hearing or appeal, a sentence, a trial, a rescue.
  hearing: ["hearing", "hearings", "heard", "appeal", "arraignment", "arraigned"],
  sentence: ["sentenced", "jailed", "sentence", "prison", "jail", "imprisonment", "condemned", "imprisoned"],
  trial: ["trial"],
  rescue: ["rescue", "rescuers", "rescued", "recovery"],
  // Time held by kidnappers: "freed after 41 days in captivity", "40 days of captivity".
  captivity: ["captivity", "abducted", "kidnapped", "abduction", "kidnapping"],
};

/** Only these events give a duration a comparable quantity key ("meeting duration"). */
export const DURATION_EVENTS = new Set(["meeting", "visit", "fighting", "debate", "sentence", "trial", "rescue", "captivity"]);

/** Durations of these events belong to one person ("Vale was jailed for 12 years"): keyed by the person the sentence names. */
export const PERSONAL_EVENTS = new Set(["sentence"]);

/** Words that mark a clause as planned / future, kept apart from past events. */
export const PLANNED_CUES = new Set(["will", "would", "expected", "scheduled", "plans", "planned", "set", "due", "next", "to", "could", "can", "may", "might"]);

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
  "deaths", "injuries", "displaced", "arrests", "missing", "rescued", "trapped", "building", "country", "aftershock",
  // A fire's burnt area and its containment change from day to day (containment may also fall).
  "area", "containment",
]);

/** Quantities a role word after any counted noun gives ("14 miners trapped", "eight workers were rescued"), not only after a people word. */
export const ROLE_QUANTITIES = new Set(["deaths", "injuries", "displaced", "missing", "rescued", "trapped"]);

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
  // "trapped 400 metres underground", "some 1,300 feet below the surface" (words after the length).
  ["underground", "depth"],
  ["below", "depth"],
  ["beneath", "depth"],
];

/**
 * Lengths an aircraft's height is given in, by the words right before them: "cracked at 34,000
 * feet", "at a height of 10,400 metres" (altitude); "plunged about 9,000 feet", "dropped 2,700
 * metres" (descent). "descended to 10,000 feet" is neither: where it went, not where it was.
 */
export const FLIGHT_LENGTHS: [RegExp, string][] = [
  [/\b(?:at|at an? (?:height|altitude) of|(?:cruising )?altitude of)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$/i, "altitude"],
  [/\b(?:plunged|plummeted|dropped|fell|descended|dived|dove)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more than\s+)?$/i, "descent"],
];

/** Units an aircraft's height is given in (not km or miles: "at 10 km" is a depth or a distance). */
export const FLIGHT_LENGTH_UNITS = new Set(["feet", "ft", "foot", "metres", "meters", "metre", "meter", "m"]);

/** Length units, folded, with their factor to kilometres. */
export const LENGTH_UNITS: Record<string, number> = {
  km: 1, kms: 1, kilometer: 1, kilometers: 1, kilometre: 1, kilometres: 1,
  mile: 1.609344, miles: 1.609344, mi: 1.609344,
  m: 0.001, meter: 0.001, meters: 0.001, metre: 0.001, metres: 0.001,
  ft: 0.0003048, feet: 0.0003048, foot: 0.0003048, yard: 0.0009144, yards: 0.0009144,
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

/** Area units, folded, with their factor to hectares ("12,400 acres" = "5,020 hectares"); "square" takes the length word after it. */
export const AREA_UNITS: Record<string, number> = {
  acre: 0.404686, acres: 0.404686, hectare: 1, hectares: 1, ha: 1,
};
export const SQUARE_UNITS: Record<string, number> = {
  km: 100, kilometres: 100, kilometers: 100, kilometre: 100, kilometer: 100, miles: 258.999, mile: 258.999, metres: 0.0001, meters: 0.0001,
};

/** Words right after a percentage that say what it measures ("10% contained"), or right before it in its clause ("containment fell to 5%"). */
export const PERCENT_ROLES: Record<string, string> = { contained: "containment", containment: "containment" };

/** Mass units, folded, with their factor to tonnes ("ton" is taken as the US short ton; see MASS_SLACK). */
export const MASS_UNITS: Record<string, number> = {
  tonne: 1, tonnes: 1, t: 1, ton: 0.907185, tons: 0.907185, kg: 0.001, kgs: 0.001, kilogram: 0.001, kilograms: 0.001,
  kilogramme: 0.001, kilogrammes: 0.001, lb: 0.000453592, lbs: 0.000453592,
};

/** Share of a value a "ton" may be off by (short, long or metric ton): widens its interval. */
export const MASS_SLACK: Record<string, number> = { ton: 0.12, tons: 0.12 };

/** Speed units, folded, with their factor to km/h ("km" and "miles" count as speeds only before "/h", "per hour", "an hour"). */
export const SPEED_UNITS: Record<string, number> = {
  mph: 1.609344, kph: 1, kmph: 1, "km/h": 1, kmh: 1, knots: 1.852, knot: 1.852, kn: 1.852,
};

/** Words after a size ("3 miles long", "a 1.2-mile-long train") and the dimension they name. */
export const DIMENSION_WORDS: Record<string, string> = {
  long: "length", wide: "width", high: "height", tall: "height", deep: "depth", heavy: "weight",
  length: "length", width: "width", height: "height", depth: "depth", weight: "weight", mass: "weight",
};

/** Verbs between a thing and its size: "the train had a length of", "the machine weighs", "the ship measures". */
export const MEASURE_VERBS = new Set([
  "is", "was", "are", "were", "has", "had", "weighs", "weighed", "weighing", "measures", "measured", "measuring",
  "stretches", "stretched", "stretching", "spans", "spanned", "spanning",
]);

/**
 * What an amount of money is (in its clause, right before it or right after it): "fined him
 * £2.5m", "a £3 million fine", "the cleanup would cost about $20 million". Amounts with no such
 * word stay one `amount (CUR)` quantity.
 */
export const MONEY_ROLES: Record<string, string> = {
  fine: "fine", fined: "fine", fines: "fine", penalty: "fine",
  cost: "cost", costs: "cost", costing: "cost",
  damages: "damages", compensation: "damages", settlement: "damages", payout: "damages",
  bail: "bail", ransom: "ransom", reward: "reward", bounty: "reward",
  salary: "salary", wages: "salary", bonus: "bonus",
  price: "price", bid: "price", offer: "price", valuation: "price", valued: "price", takeover: "price", acquisition: "price", deal: "price",
  loss: "loss", losses: "loss", revenue: "revenue", revenues: "revenue", profit: "profit", profits: "profit",
};
